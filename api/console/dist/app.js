(()=>{var De,U,lt,Nn,ce,st,ut,pt,We,Te,be,mt,Ze,Ye,Ke,ht,Ce={},Re=[],kn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Pe=Array.isArray;function de(t,e){for(var i in e)t[i]=e[i];return t}function ze(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function J(t,e,i){var n,r,o,a={};for(o in e)o=="key"?n=e[o]:o=="ref"?r=e[o]:a[o]=e[o];if(arguments.length>2&&(a.children=arguments.length>3?De.call(arguments,2):i),typeof t=="function"&&t.defaultProps!=null)for(o in t.defaultProps)a[o]===void 0&&(a[o]=t.defaultProps[o]);return Ae(t,a,n,r,null)}function Ae(t,e,i,n,r){var o={type:t,props:e,key:i,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++lt,__i:-1,__u:0};return r==null&&U.vnode!=null&&U.vnode(o),o}function Ne(t){return t.children}function Se(t,e){this.props=t,this.context=e}function le(t,e){if(e==null)return t.__?le(t.__,t.__i+1):null;for(var i;e<t.__k.length;e++)if((i=t.__k[e])!=null&&i.__e!=null)return i.__e;return typeof t.type=="function"?le(t):null}function On(t){if(t.__P&&t.__d){var e=t.__v,i=e.__e,n=[],r=[],o=de({},e);o.__v=e.__v+1,U.vnode&&U.vnode(o),Je(t.__P,o,e,t.__n,t.__P.namespaceURI,32&e.__u?[i]:null,n,i??le(e),!!(32&e.__u),r),o.__v=e.__v,o.__.__k[o.__i]=o,vt(n,o,r),e.__e=e.__=null,o.__e!=i&&$t(o)}}function $t(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),$t(t)}function Qe(t){(!t.__d&&(t.__d=!0)&&ce.push(t)&&!we.__r++||st!=U.debounceRendering)&&((st=U.debounceRendering)||ut)(we)}function we(){try{for(var t,e=1;ce.length;)ce.length>e&&ce.sort(pt),t=ce.shift(),e=ce.length,On(t)}finally{ce.length=we.__r=0}}function ft(t,e,i,n,r,o,a,s,c,l,u){var $,d,h,f,m,p,g=n&&n.__k||Re,E=e.length;for(c=Ln(i,e,g,c,E),$=0;$<E;$++)(h=i.__k[$])!=null&&(d=h.__i!=-1&&g[h.__i]||Ce,h.__i=$,p=Je(t,h,d,r,o,a,s,c,l,u),f=h.__e,h.ref&&d.ref!=h.ref&&(d.ref&&Xe(d.ref,null,h),u.push(h.ref,h.__c||f,h)),m==null&&f!=null&&(m=f),4&h.__u?(c=gt(h,c,t),d.__e&&(d.__e=null)):typeof h.type=="function"&&p!==void 0?c=p:f&&(c=f.nextSibling),h.__u&=-7);return i.__e=m,c}function Ln(t,e,i,n,r){var o,a,s,c,l,u=i.length,$=u,d=0;for(t.__k=new Array(r),o=0;o<r;o++)(a=e[o])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=t.__k[o]=Ae(null,a,null,null,null):Pe(a)?a=t.__k[o]=Ae(Ne,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=t.__k[o]=Ae(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):t.__k[o]=a,c=o+d,a.__=t,a.__b=t.__b+1,s=null,(l=a.__i=xn(a,i,c,$))!=-1&&($--,(s=i[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(r>u?d--:r<u&&d++),typeof a.type!="function"&&(a.__u|=4)):l!=c&&(l==c-1?d--:l==c+1?d++:(l>c?d--:d++,a.__u|=4))):t.__k[o]=null;if($)for(o=0;o<u;o++)(s=i[o])!=null&&(2&s.__u)==0&&(s.__e==n&&(n=le(s)),_t(s,s));return n}function gt(t,e,i){var n,r;if(typeof t.type=="function"){for(n=t.__k,r=0;n&&r<n.length;r++)n[r]&&(n[r].__=t,e=gt(n[r],e,i));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=le(t)),e=i.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function xn(t,e,i,n){var r,o,a,s=t.key,c=t.type,l=e[i],u=l!=null&&(2&l.__u)==0;if(l===null&&s==null||u&&s==l.key&&c==l.type)return i;if(n>(u?1:0)){for(r=i-1,o=i+1;r>=0||o<e.length;)if((l=e[a=r>=0?r--:o++])!=null&&(2&l.__u)==0&&s==l.key&&c==l.type)return a}return-1}function dt(t,e,i){e[0]=="-"?t.setProperty(e,i??""):t[e]=i==null?"":typeof i!="number"||kn.test(e)?i:i+"px"}function Ie(t,e,i,n,r){var o,a;e:if(e=="style")if(typeof i=="string")t.style.cssText=i;else{if(typeof n=="string"&&(t.style.cssText=n=""),n)for(e in n)i&&e in i||dt(t.style,e,"");if(i)for(e in i)n&&i[e]==n[e]||dt(t.style,e,i[e])}else if(e[0]=="o"&&e[1]=="n")o=e!=(e=e.replace(mt,"$1")),a=e.toLowerCase(),e=a in t||e=="onFocusOut"||e=="onFocusIn"?a.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+o]=i,i?n?i[be]=n[be]:(i[be]=Ze,t.addEventListener(e,o?Ke:Ye,o)):t.removeEventListener(e,o?Ke:Ye,o);else{if(r=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=i??"";break e}catch{}typeof i=="function"||(i==null||i===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&i==1?"":i))}}function ct(t){return function(e){if(this.l){var i=this.l[e.type+t];if(e[Te]==null)e[Te]=Ze++;else if(e[Te]<i[be])return;return i(U.event?U.event(e):e)}}}function Je(t,e,i,n,r,o,a,s,c,l){var u,$,d,h,f,m,p,g,E,_,I,S,b,y,C,T,P=e.type;if(e.constructor!==void 0)return null;128&i.__u&&(c=!!(32&i.__u),o=[s=e.__e=i.__e]),(u=U.__b)&&u(e);e:if(typeof P=="function"){$=a.length;try{if(E=e.props,_=P.prototype&&P.prototype.render,I=(u=P.contextType)&&n[u.__c],S=u?I?I.props.value:u.__:n,i.__c?g=(d=e.__c=i.__c).__=d.__E:(_?e.__c=d=new P(E,S):(e.__c=d=new Se(E,S),d.constructor=P,d.render=Mn),I&&I.sub(d),d.state||(d.state={}),d.__n=n,h=d.__d=!0,d.__h=[],d._sb=[]),_&&d.__s==null&&(d.__s=d.state),_&&P.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=de({},d.__s)),de(d.__s,P.getDerivedStateFromProps(E,d.__s))),f=d.props,m=d.state,d.__v=e,h)_&&P.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),_&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(_&&P.getDerivedStateFromProps==null&&E!==f&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(E,S),e.__v==i.__v||!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(E,d.__s,S)===!1){e.__v!=i.__v&&(d.props=E,d.state=d.__s,d.__d=!1),e.__e=i.__e,e.__k=i.__k,e.__k.some(function(F){F&&(F.__=e)}),Re.push.apply(d.__h,d._sb),d._sb=[],d.__h.length&&a.push(d),s=le(i);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(E,d.__s,S),_&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(f,m,p)})}if(d.context=S,d.props=E,d.__P=t,d.__e=!1,b=U.__r,y=0,_)d.state=d.__s,d.__d=!1,b&&b(e),u=d.render(d.props,d.state,d.context),Re.push.apply(d.__h,d._sb),d._sb=[];else do d.__d=!1,b&&b(e),u=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++y<25);d.state=d.__s,d.getChildContext!=null&&(n=de(de({},n),d.getChildContext())),_&&!h&&d.getSnapshotBeforeUpdate!=null&&(p=d.getSnapshotBeforeUpdate(f,m)),C=u!=null&&u.type===Ne&&u.key==null?yt(u.props.children):u,s=ft(t,Pe(C)?C:[C],e,i,n,r,o,a,s,c,l),d.base=e.__e,e.__u&=-161,d.__h.length&&a.push(d),g&&(d.__E=d.__=null)}catch(F){if(a.length=$,e.__v=null,c||o!=null){if(F.then){for(e.__u|=c?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;o!=null&&(o[o.indexOf(s)]=null),e.__e=s}else if(o!=null)for(T=o.length;T--;)ze(o[T])}else e.__e=i.__e;e.__k==null&&(e.__k=i.__k||[]),F.then||bt(e),U.__e(F,e,i)}}else o==null&&e.__v==i.__v?(e.__k=i.__k,e.__e=i.__e):s=e.__e=Fn(i.__e,e,i,n,r,o,a,c,l);return(u=U.diffed)&&u(e),128&e.__u?void 0:s}function bt(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(bt))}function vt(t,e,i){for(var n=0;n<i.length;n++)Xe(i[n],i[++n],i[++n]);U.__c&&U.__c(e,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(o){o.call(r)})}catch(o){U.__e(o,r.__v)}})}function yt(t){return typeof t!="object"||t==null||t.__b>0?t:Pe(t)?t.map(yt):t.constructor!==void 0?null:de({},t)}function Fn(t,e,i,n,r,o,a,s,c){var l,u,$,d,h,f,m,p=i.props||Ce,g=e.props,E=e.type;if(E=="svg"?r="http://www.w3.org/2000/svg":E=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),o!=null){for(l=0;l<o.length;l++)if((h=o[l])&&"setAttribute"in h==!!E&&(E?h.localName==E:h.nodeType==3)){t=h,o[l]=null;break}}if(t==null){if(E==null)return document.createTextNode(g);t=document.createElementNS(r,E,g.is&&g),s&&(U.__m&&U.__m(e,o),s=!1),o=null}if(E==null)p===g||s&&t.data==g||(t.data=g);else{if(o=E=="textarea"&&g.defaultValue!=null?null:o&&De.call(t.childNodes),!s&&o!=null)for(p={},l=0;l<t.attributes.length;l++)p[(h=t.attributes[l]).name]=h.value;for(l in p)h=p[l],l=="dangerouslySetInnerHTML"?$=h:l=="children"||l in g||l=="value"&&"defaultValue"in g||l=="checked"&&"defaultChecked"in g||Ie(t,l,null,h,r);for(l in g)h=g[l],l=="children"?d=h:l=="dangerouslySetInnerHTML"?u=h:l=="value"?f=h:l=="checked"?m=h:s&&typeof h!="function"||p[l]===h||Ie(t,l,h,p[l],r);if(u)s||$&&(u.__html==$.__html||u.__html==t.innerHTML)||(t.innerHTML=u.__html),e.__k=[];else if($&&(t.innerHTML=""),ft(e.type=="template"?t.content:t,Pe(d)?d:[d],e,i,n,E=="foreignObject"?"http://www.w3.org/1999/xhtml":r,o,a,o?o[0]:i.__k&&le(i,0),s,c),o!=null)for(l=o.length;l--;)ze(o[l]);s&&E!="textarea"||(l="value",E=="progress"&&f==null?t.removeAttribute("value"):f!=null&&(f!==t[l]||E=="progress"&&!f||E=="option"&&f!=p[l])&&Ie(t,l,f,p[l],r),l="checked",m!=null&&m!=t[l]&&Ie(t,l,m,p[l],r))}return t}function Xe(t,e,i){try{if(typeof t=="function"){var n=typeof t.__u=="function";n&&t.__u(),n&&e==null||(t.__u=t(e))}else t.current=e}catch(r){U.__e(r,i)}}function _t(t,e,i){var n,r;if(U.unmount&&U.unmount(t),(n=t.ref)&&(n.current&&n.current!=t.__e||Xe(n,null,e)),(n=t.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){U.__e(o,e)}n.base=n.__P=n.__n=null}if(n=t.__k)for(r=0;r<n.length;r++)n[r]&&_t(n[r],e,i||typeof t.type!="function");i||ze(t.__e),t.__c=t.__=t.__e=void 0}function Mn(t,e,i){return this.constructor(t,i)}function Et(t,e,i){var n,r,o,a;e==document&&(e=document.documentElement),U.__&&U.__(t,e),r=(n=typeof i=="function")?null:i&&i.__k||e.__k,o=[],a=[],Je(e,t=(!n&&i||e).__k=J(Ne,null,[t]),r||Ce,Ce,e.namespaceURI,!n&&i?[i]:r?null:e.firstChild?De.call(e.childNodes):null,o,!n&&i?i:r?r.__e:e.firstChild,n,a),vt(o,t,a),t.props.children=null}function It(t){function e(i){var n,r;return this.getChildContext||(n=new Set,(r={})[e.__c]=this,this.getChildContext=function(){return r},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(a){a.__e=!0,Qe(a)})},this.sub=function(o){n.add(o);var a=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),a&&a.call(o)}}),i.children}return e.__c="__cC"+ht++,e.__=t,e.Provider=e.__l=(e.Consumer=function(i,n){return i.children(n)}).contextType=e,e}De=Re.slice,U={__e:function(t,e,i,n){for(var r,o,a;e=e.__;)if((r=e.__c)&&!r.__)try{if((o=r.constructor)&&o.getDerivedStateFromError!=null&&(r.setState(o.getDerivedStateFromError(t)),a=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(t,n||{}),a=r.__d),a)return r.__E=r}catch(s){t=s}throw t}},lt=0,Nn=function(t){return t!=null&&t.constructor===void 0},Se.prototype.setState=function(t,e){var i;i=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=de({},this.state),typeof t=="function"&&(t=t(de({},i),this.props)),t&&de(i,t),t!=null&&this.__v&&(e&&this._sb.push(e),Qe(this))},Se.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),Qe(this))},Se.prototype.render=Ne,ce=[],ut=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,pt=function(t,e){return t.__v.__b-e.__v.__b},we.__r=0,We=Math.random().toString(8),Te="__d"+We,be="__a"+We,mt=/(PointerCapture)$|Capture$/i,Ze=0,Ye=ct(!1),Ke=ct(!0),ht=0;var me,H,et,Tt,ve=0,Nt=[],K=U,At=K.__b,St=K.__r,Ct=K.diffed,Rt=K.__c,wt=K.unmount,Dt=K.__;function Oe(t,e){K.__h&&K.__h(H,t,ve||e),ve=0;var i=H.__H||(H.__H={__:[],__h:[]});return t>=i.__.length&&i.__.push({}),i.__[t]}function v(t){return ve=1,Un(xt,t)}function Un(t,e,i){var n=Oe(me++,2);if(n.t=t,!n.__c&&(n.__=[i?i(e):xt(void 0,e),function(s){var c=n.__N?n.__N[0]:n.__[0],l=n.t(c,s);c!==l&&(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=H,!H.__f)){var r=function(s,c,l){if(!n.__c.__H)return!0;var u=!1,$=n.__c.props!==s;if(n.__c.__H.__.some(function(h){if(h.__N){u=!0;var f=h.__[0];h.__=h.__N,h.__N=void 0,f!==h.__[0]&&($=!0)}}),o){var d=o.call(this,s,c,l);return u?d||$:d}return!u||$};H.__f=!0;var o=H.shouldComponentUpdate,a=H.componentWillUpdate;H.componentWillUpdate=function(s,c,l){if(this.__e){var u=o;o=void 0,r(s,c,l),o=u}a&&a.call(this,s,c,l)},H.shouldComponentUpdate=r}return n.__N||n.__}function M(t,e){var i=Oe(me++,3);!K.__s&&Lt(i.__H,e)&&(i.__=t,i.u=e,H.__H.__h.push(i))}function ie(t){return ve=5,kt(function(){return{current:t}},[])}function kt(t,e){var i=Oe(me++,7);return Lt(i.__H,e)&&(i.__=t(),i.__H=e,i.__h=t),i.__}function ye(t,e){return ve=8,kt(function(){return t},e)}function Ot(t){var e=H.context[t.__c],i=Oe(me++,9);return i.c=t,e?(i.__==null&&(i.__=!0,e.sub(H)),e.props.value):t.__}function Bn(){for(var t;t=Nt.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(ke),e.__h.some(tt),e.__h=[]}catch(i){e.__h=[],K.__e(i,t.__v)}}}K.__b=function(t){H=null,At&&At(t)},K.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),Dt&&Dt(t,e)},K.__r=function(t){St&&St(t),me=0;var e=(H=t.__c).__H;e&&(et===H?(e.__h=[],H.__h=[],e.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})):(e.__h.some(ke),e.__h.some(tt),e.__h=[],me=0)),et=H},K.diffed=function(t){Ct&&Ct(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(Nt.push(e)!==1&&Tt===K.requestAnimationFrame||((Tt=K.requestAnimationFrame)||Hn)(Bn)),e.__H.__.some(function(i){i.u&&(i.__H=i.u,i.u=void 0)})),et=H=null},K.__c=function(t,e){e.some(function(i){try{i.__h.some(ke),i.__h=i.__h.filter(function(n){return!n.__||tt(n)})}catch(n){e.some(function(r){r.__h&&(r.__h=[])}),e=[],K.__e(n,i.__v)}}),Rt&&Rt(t,e)},K.unmount=function(t){wt&&wt(t);var e,i=t.__c;i&&i.__H&&(i.__H.__.some(function(n){try{ke(n)}catch(r){e=r}}),i.__H=void 0,e&&K.__e(e,i.__v))};var Pt=typeof requestAnimationFrame=="function";function Hn(t){var e,i=function(){clearTimeout(n),Pt&&cancelAnimationFrame(e),setTimeout(t)},n=setTimeout(i,35);Pt&&(e=requestAnimationFrame(i))}function ke(t){var e=H,i=t.__c;typeof i=="function"&&(t.__c=void 0,i()),H=e}function tt(t){var e=H;t.__c=t.__(),H=e}function Lt(t,e){return!t||t.length!==e.length||e.some(function(i,n){return i!==t[n]})}function xt(t,e){return typeof e=="function"?e(t):e}var Mt=function(t,e,i,n){var r;e[0]=0;for(var o=1;o<e.length;o++){var a=e[o++],s=e[o]?(e[0]|=a?1:2,i[e[o++]]):e[++o];a===3?n[0]=s:a===4?n[1]=Object.assign(n[1]||{},s):a===5?(n[1]=n[1]||{})[e[++o]]=s:a===6?n[1][e[++o]]+=s+"":a?(r=t.apply(s,Mt(t,s,i,["",null])),n.push(r),s[0]?e[0]|=2:(e[o-2]=0,e[o]=r)):n.push(s)}return n},Ft=new Map;function X(t){var e=Ft.get(this);return e||(e=new Map,Ft.set(this,e)),(e=Mt(this,e.get(t)||(e.set(t,e=(function(i){for(var n,r,o=1,a="",s="",c=[0],l=function(d){o===1&&(d||(a=a.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,d,a):o===3&&(d||a)?(c.push(3,d,a),o=2):o===2&&a==="..."&&d?c.push(4,d,0):o===2&&a&&!d?c.push(5,0,!0,a):o>=5&&((a||!d&&o===5)&&(c.push(o,0,a,r),o=6),d&&(c.push(o,d,0,r),o=6)),a=""},u=0;u<i.length;u++){u&&(o===1&&l(),l(u));for(var $=0;$<i[u].length;$++)n=i[u][$],o===1?n==="<"?(l(),c=[c],o=3):a+=n:o===4?a==="--"&&n===">"?(o=1,a=""):a=n+a[0]:s?n===s?s="":a+=n:n==='"'||n==="'"?s=n:n===">"?(l(),o=1):o&&(n==="="?(o=5,r=a,a=""):n==="/"&&(o<5||i[u][$+1]===">")?(l(),o===3&&(c=c[0]),o=c,(c=c[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(l(),o=2):a+=n),o===3&&a==="!--"&&(o=4,c=c[0])}return l(),c})(t)),e),arguments,[])).length>1?e:e[0]}var Vn={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u673A\u6784\uFF08\u793E\u4F1A\u7EC4\u7EC7 ID\uFF09",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received"},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third party (organisation id)",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id"},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"}}};function _e(t,e,i={}){let n=e.split(".").reduce((o,a)=>o?.[a],Vn[t]);return(typeof n=="string"?n:e).replace(/\{(\w+)\}/g,(o,a)=>(i[a]??`{${a}}`).toString())}function Ut(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}var nt="civic-ledger.token",Bt="civic-ledger.lang";function Le(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let i=e[1].replace(/-/g,"+").replace(/_/g,"/"),n=i+"=".repeat((4-i.length%4)%4),r=Uint8Array.from(atob(n),a=>a.charCodeAt(0)),o=JSON.parse(new TextDecoder().decode(r));return o&&typeof o.role=="string"&&typeof o.exp=="number"?o:null}catch{return null}}var ue={token(){return sessionStorage.getItem(nt)},save(t){sessionStorage.setItem(nt,t.trim())},clear(){sessionStorage.removeItem(nt)}},Ee={get(){return localStorage.getItem(Bt)==="en"?"en":"zh"},set(t){localStorage.setItem(Bt,t)}};function he(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,i=>i.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var j=class extends Error{constructor(e,i={},n=200){super(e),this.code=i.code??"INTERNAL",this.rule=i.rule??null,this.field=i.field??null,this.extensions=i,this.status=n}},Ht=()=>{};function Vt(t){Ht=t}async function k(t,e,{lang:i,token:n=ue.token()}={}){let r={"content-type":"application/json","accept-language":Ut(i)};n&&(r.authorization=`Bearer ${n}`);let o;try{o=await fetch("/graphql",{method:"POST",headers:r,body:JSON.stringify({query:t,variables:e})})}catch(c){throw new j(c.message,{code:"NETWORK"},0)}let a;try{a=await o.json()}catch{throw new j(`HTTP ${o.status}`,{code:"NETWORK"},o.status)}let s=a.errors?.[0];if(s){let c=new j(s.message,s.extensions??{},o.status);throw o.status===401&&Ht(c),c}return a.data}var Gt="Asia/Shanghai";function xe(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function ee(t){return xe(t).replace(/\s+/g,"").toUpperCase()}function x(t){return String(t??"").trim()}function $e(t){return xe(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function O(t){if(t==null||t==="")return"";let e=String(t),i=e.startsWith("-"),[n,r=""]=(i?e.slice(1):e).split("."),o=n.replace(/\B(?=(\d{3})+(?!\d))/g,","),a=(r+"00").slice(0,Math.max(2,r.length));return`${i?"-":""}\xA5${o}.${a}`}function qt(t){return t==="en"?"en-GB":"zh-CN"}function N(t,e){if(!t)return"";let i=new Date(t);return Number.isNaN(i.getTime())?String(t):new Intl.DateTimeFormat(qt(e),{timeZone:Gt,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(i)}function V(t,e){if(!t)return"";let i=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!i)return String(t);let n=new Date(Date.UTC(+i[1],+i[2]-1,+i[3]));return new Intl.DateTimeFormat(qt(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(n)}function Fe(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:Gt}).format(t)}var B=X.bind(J),Gn=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,qn=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,jn=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,Wn=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,Yn=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,Kn=10,Qn=1e3,Wt=/^organisation-[0-9a-fA-F-]{36}$/;function Zn(t,e){let i=t("audit.fields."+e);return i==="audit.fields."+e?e:i}var zn=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function jt(t,e,i,n){return n==null?t("audit.empty"):i==="status"?t("statuses."+n):i==="kind"?t("kinds."+n):i==="registeredFunds"?O(n):zn.test(n)?N(n,e):n}function Jn({t,lang:e,ErrorText:i,onOpen:n}){let[r,o]=v(""),[a,s]=v(null),[c,l]=v(null),[u,$]=v(!1),d=async h=>{h.preventDefault();let f=x(r);if(!f||u)return;if(Wt.test(f))return n(f);$(!0),l(null);let m=ee(f),p=/^[0-9A-Z]{18}$/.test(m)?{creditCode:m}:{nameContains:f};try{s((await k(Gn,{filter:p},{lang:e})).organisations.nodes)}catch(g){l(g),s(null)}finally{$(!1)}};return B`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${d}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${r} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${h=>o(h.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${u}>${t("search")}</button>
    </form>
    <${i} error=${c} />
    ${a&&a.length===0?B`<p class="empty" role="status">${t("noResults")}</p>`:null}
    ${a&&a.length>0?B`<ul class="found" aria-label=${t("audit.found")}>
          ${a.map(h=>B`<li>
              <button type="button" class="link" onClick=${()=>n("organisation-"+h.id)}>${h.name}</button>
              ${" "}<code>${h.creditCode}</code> ${t("statuses."+h.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function Xn({t,lang:e,changes:i}){return i.length===0?B`<span class="empty">${t("audit.noChange")}</span>`:B`<ul class="changes">
    ${i.map(n=>B`<li>
        <span class="field-name">${Zn(t,n.field)}</span>: <del>${jt(t,e,n.field,n.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${jt(t,e,n.field,n.new)}</ins>
      </li>`)}
  </ul>`}function ei({t,lang:e,ErrorText:i,stream:n,entries:r}){let[o,a]=v(r.length-1),[s,c]=v(null),[l,u]=v(null),$=n.slice(13),d=r[Math.min(o,r.length-1)]?.recordedAt;M(()=>{if(!d)return;let f=!0;return u(null),k(jn,{id:$,at:d},{lang:e}).then(m=>f&&c(m.organisationAsOf),m=>f&&u(m)),()=>{f=!1}},[$,d,e]);let h=d?N(d,e):"";return B`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${r.length-1} step="1" value=${o}
        aria-valuetext=${t("audit.sliderValue",{version:r[o]?.version,when:h})}
        onInput=${f=>a(Number(f.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:r[o]?.version,when:h})}</p>
    </div>
    <${i} error=${l} />
    ${s?B`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${s.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+s.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${s.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${s.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${O(s.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${s.version}</dd></div>
        </dl>`:null}
  </section>`}function ti({t,lang:e,ErrorText:i,stream:n}){let[r,o]=v([]),[a,s]=v(null),[c,l]=v(!1),[u,$]=v(null),d=async(p,g)=>{l(!0),s(null);try{let E=(await k(qn,{s:n,from:p},{lang:e})).recordTimeline;o([...g,E])}catch(E){s(E)}finally{l(!1)}};M(()=>{o([]),$(null),d(0,[])},[n,e]);let h=async()=>{$({busy:!0});try{let p=(await k(Yn,{s:n},{lang:e})).verifyStream;$({result:p})}catch(p){$({error:p})}},f=r.flatMap(p=>p.entries),m=r[r.length-1];return B`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${n}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${u?.busy} onClick=${h}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${u?.result?B`<${Yt} t=${t} failure=${u.result.firstFailure} ok=${t("audit.recordOk",{count:u.result.eventsChecked})} />`:null}
      </div>
      <${i} error=${u?.error} />
    </div>
    <${i} error=${a} />
    ${f.length>0?B`<${ei} key=${n+f.length} t=${t} lang=${e} ErrorText=${i} stream=${n} entries=${f} />`:null}
    ${f.length>0?B`<table class="timeline">
          <caption>${t("audit.events",{count:m.totalCount})}</caption>
          <thead><tr><th scope="col">${t("version")}</th><th scope="col">${t("audit.when")}</th><th scope="col">${t("audit.who")}</th><th scope="col">${t("audit.what")}</th><th scope="col">${t("audit.reason")}</th><th scope="col">${t("audit.changes")}</th></tr></thead>
          <tbody>
            ${f.map(p=>B`<tr>
                <td>${p.version}</td>
                <td>${N(p.recordedAt,e)}</td>
                <td>${p.actor??t("audit.ledgerItself")}${p.role?B` <span class="role">(${t("roles."+p.role)})</span>`:null}</td>
                <td>${t("audit.kinds."+p.kind)==="audit.kinds."+p.kind?p.kind:t("audit.kinds."+p.kind)}</td>
                <td>${p.reason??""}</td>
                <td><${Xn} t=${t} lang=${e} changes=${p.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:c?B`<p role="status">${t("loading")}</p>`:null}
    ${m?.nextVersion!=null&&r.length<Kn?B`<button type="button" disabled=${c} onClick=${()=>d(m.nextVersion,r)}>${t("audit.more")}</button>`:null}
  </section>`}function Yt({t,failure:e,ok:i}){return e?B`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:B`<p class="notice verify-ok">${i}</p>`}function ni({t,lang:e,ErrorText:i}){let[n,r]=v(null),[o,a]=v(null),[s,c]=v(!1),l=ie(!1),u=async()=>{if(l.current)return;l.current=!0,c(!0),a(null);let $=0,d=0;try{let h=!1;for(let f=0;f<Qn&&!h;f++){let m=(await k(Wn,{after:$},{lang:e})).verifyLedger;if(d+=m.eventsChecked,$=m.lastPosition,h=m.done||m.firstFailure!=null,r({checked:d,at:$,head:m.head,failure:m.firstFailure,done:h}),!h&&m.eventsChecked===0)break}if(!h)throw new j(t("audit.stalled",{position:$}),{code:"INTERNAL"})}catch(h){a(h)}finally{l.current=!1,c(!1)}};return B`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t("audit.verify")}</h2>
    <p>${t("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${u} disabled=${s}>${t("audit.verifyButton")}</button>
    </div>
    ${n?B`<div class="field">
          <label for="audit-verify-progress">${t("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(n.head,1)} value=${n.at}>${n.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${n&&!n.done?B`<p>${t("audit.verifying",{checked:n.checked,head:n.head})}</p>`:null}
      ${n?.done?B`<${Yt} t=${t} failure=${n.failure} ok=${t("audit.ledgerOk",{count:n.checked})} />`:null}
    </div>
    <${i} error=${o} />
  </section>`}function ii({t,ErrorText:e}){let[i,n]=v(null),[r,o]=v(!1),a=async()=>{if(!r){o(!0),n(null);try{let s=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${ue.token()}`}});if(!s.ok){let d=(await s.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(d?.message??`HTTP ${s.status}`),{code:d?.extensions?.code??"NETWORK"})}let c=/filename="([^"]+)"/.exec(s.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await s.blob()),u=document.createElement("a");u.href=l,u.download=c,document.body.append(u),u.click(),u.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(s){n(s)}finally{o(!1)}}};return B`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${r} onClick=${a}>${t("audit.exportButton")}</button>
    <${e} error=${i} />
  </section>`}function Kt({t,lang:e,ErrorText:i,params:n}){let[r,o]=v(n.get("stream")),a=s=>{o(s),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(s))};return B`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${Jn} t=${t} lang=${e} ErrorText=${i} onOpen=${a} />
    ${r&&Wt.test(r)?B`<${ti} key=${r} t=${t} lang=${e} ErrorText=${i} stream=${r} />`:null}
    <${ni} t=${t} lang=${e} ErrorText=${i} />
    <${ii} t=${t} ErrorText=${i} />
  </main>`}var G=X.bind(J);function re(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec($e(t));if(!e)return null;let i=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(i)?i:null}function z(t){let e=ie(!1),i=ie(null),[n,r]=v(!1),[o,a]=v(null);return{run:async(c,l,u)=>{if(!e.current){e.current=!0,r(!0),a(null),i.current??=he();try{let $=await k(c,{i:{...l,commandId:i.current}},{lang:t});i.current=null,await u($)}catch($){$.code!=="NETWORK"&&(i.current=null),a($)}finally{e.current=!1,r(!1)}}},busy:n,error:o,setError:a}}var ri=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,Me="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",Zt=`query MyBids { myBids(first: 100) { nodes { ${Me} } } }`,oi=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${Me} } }`,ai=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${Me} } }`,si=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${Me} } }`;function zt({ui:t}){let{t:e,lang:i,ErrorText:n,Link:r}=t,[o,a]=v(null),[s,c]=v(null);return M(()=>{let l=!0;return k(ri,{after:null},{lang:i}).then(u=>l&&a(u.eligibleProcurements.nodes),u=>l&&c(u)),()=>{l=!1}},[i]),G`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${n} error=${s} />
    ${o==null&&!s?G`<p role="status">${e("loading")}</p>`:null}
    ${o&&o.length===0?G`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${o&&o.length>0?G`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${o.map(l=>G`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${r} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${O(l.procurement.budget)}</td>
                <td>${N(l.procurement.bidDeadline,i)}</td>
                <td>
                  ${l.eligible?G`<strong class="badge ok">${e("proc.eligible")}</strong>`:G`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map(u=>G`<li>${u.message} <code class="rule">${u.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function di(t,e){if(t.length===0)return{};let i=t.map((o,a)=>`$p${a}: UUID!`).join(", "),n=t.map((o,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),r=await k(`query Titles(${i}) { ${n} }`,Object.fromEntries(t.map((o,a)=>["p"+a,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.title]))}function Jt({ui:t}){let{t:e,lang:i,ErrorText:n,Link:r}=t,[o,a]=v(null),[s,c]=v({}),[l,u]=v(null);return M(()=>{let $=!0;return k(Zt,{},{lang:i}).then(async d=>{if(!$)return;a(d.myBids.nodes);let h=[...new Set(d.myBids.nodes.map(m=>m.procurementId))].slice(0,100),f=await di(h,i);$&&c(f)}).catch(d=>$&&u(d)),()=>{$=!1}},[i]),G`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${n} error=${l} />
    ${o==null&&!l?G`<p role="status">${e("loading")}</p>`:null}
    ${o&&o.length===0?G`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${o&&o.length>0?G`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${o.map($=>G`<tr>
                <td><${r} href=${"/app/procurements/"+$.procurementId}>${s[$.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+$.status)}</td>
                <td>${N($.sealedAt,i)}</td>
                <td>${$.replacements}</td>
                <td><code class="hash">${$.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function Qt({ui:t,prefix:e,command:i,submitLabel:n,onSend:r}){let{t:o,ErrorText:a}=t,[s,c]=v(""),[l,u]=v(""),[$,d]=v(null),h=g=>{g.preventDefault();let E=re(s);if(E==null)return d(new j(o("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));d(null),r(E,x(l))},f=$??i.error,m=f&&(f.field==="priceFen"||f.field==="price"),p=f&&f.field==="technicalProposal";return G`<form class="bid" onSubmit=${h} novalidate>
    <div class=${"field"+(m?" invalid":"")}>
      <label for=${e+"-price"}>${o("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${s} aria-describedby=${e+"-price-hint"+(m?" "+e+"-price-error":"")}
        aria-invalid=${m?"true":void 0} onInput=${g=>c(g.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${o("proc.priceHint")}</p>
      ${m?G`<${a} error=${f} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(p?" invalid":"")}>
      <label for=${e+"-proposal"}>${o("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${l} aria-invalid=${p?"true":void 0}
        aria-describedby=${p?e+"-proposal-error":void 0} onInput=${g=>u(g.currentTarget.value)}></textarea>
      ${p?G`<${a} error=${f} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${i.busy}>${n}</button>
      ${f&&!m&&!p?G`<${a} error=${f} id=${e+"-error"} />`:null}
    </div>
  </form>`}function Xt({ui:t,procurement:e,onChanged:i}){let{t:n,lang:r,ErrorText:o}=t,[a,s]=v(null),[c,l]=v(null),[u,$]=v(null),[d,h]=v(0),f=z(r),m=z(r),p=z(r);M(()=>{let I=!0;return k(Zt,{},{lang:r}).then(S=>I&&s(S.myBids.nodes.filter(b=>b.procurementId===e.id)),S=>I&&l(S)),()=>{I=!1}},[r,e.id,d]);let g=I=>()=>{$(n(I)),h(S=>S+1),i()},E=a?.find(I=>I.status==="SUBMITTED"),_=e.status==="PUBLISHED";return G`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${n("proc.myBid")}</h2>
    ${u?G`<p class="notice" role="status">${u}</p>`:null}
    <${o} error=${c} />
    ${E?G`<dl class="facts">
            <div><dt>${n("state")}</dt><dd id="my-bid-status">${n("proc.bidStatuses."+E.status)}</dd></div>
            <div><dt>${n("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${E.commitment}</code></dd></div>
            <div><dt>${n("proc.sealedAt")}</dt><dd>${N(E.sealedAt,r)}</dd></div>
            <div><dt>${n("proc.replacements")}</dt><dd>${E.replacements}</dd></div>
          </dl>
          <p class="hint">${n("proc.sealedNote")}</p>
          ${_?G`<h3>${n("proc.replaceBid")}</h3>
                <${Qt} ui=${t} prefix="replace" command=${m} submitLabel=${n("proc.replaceBid")}
                  onSend=${(I,S)=>m.run(ai,{bidId:E.id,priceFen:I,technicalProposal:S,documents:[],expectedVersion:E.version},g("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${p.busy}
                    onClick=${()=>p.run(si,{bidId:E.id,expectedVersion:E.version},g("proc.bidWithdrawn"))}>${n("proc.withdrawBid")}</button>
                  <${o} error=${p.error} id="withdraw-error" />
                </div>`:null}`:_?G`<${Qt} ui=${t} prefix="bid" command=${f} submitLabel=${n("proc.submitBid")}
            onSend=${(I,S)=>f.run(oi,{procurementId:e.id,priceFen:I,technicalProposal:S,documents:[]},g("proc.bidSubmitted"))} />`:G`<p class="empty">${n("proc.notTakingBids")}</p>`}
  </section>`}var fe=X.bind(J);function en({id:t,title:e,describe:i,parts:n,format:r=String}){let o=n.reduce((l,u)=>l+Math.max(0,u.value),0),a=600,s=0,c=n.map(l=>{let u=o>0?Math.max(0,l.value)/o*a:0,$=fe`<rect class=${"part "+l.className} x=${s.toFixed(2)} y="0" width=${u.toFixed(2)} height="28" data-part=${l.key} data-value=${l.value} />`;return s+=u,$});return fe`<figure class="chart split-bar" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${a} 28`} preserveAspectRatio="none" role="img" aria-label=${i} focusable="false">
      <rect class="track" x="0" y="0" width=${a} height="28" />
      ${c}
    </svg>
    <ul class="legend">
      ${n.map(l=>fe`<li data-part=${l.key}><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label} ${r(l.value)}</li>`)}
    </ul>
  </figure>`}function tn({id:t,title:e,describe:i,bars:n}){let r=Math.max(1,...n.map(l=>l.count)),o=64,a=110,s=18,c=o*n.length;return fe`<figure class="chart count-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${c} ${s+a+36}`} role="img" aria-label=${i} focusable="false">
      ${n.map((l,u)=>{let $=l.count/r*a,d=u*o+10,h=s+a-$;return fe`<g class=${"bar "+(l.className??"")} data-key=${l.key} data-count=${l.count}>
          <rect x=${d} y=${h.toFixed(2)} width=${o-20} height=${$.toFixed(2)} />
          <text class="count" x=${d+(o-20)/2} y=${(h-4).toFixed(2)} text-anchor="middle">${l.count}</text>
          <text class="label" x=${d+(o-20)/2} y=${s+a+16} text-anchor="middle">${l.label}</text>
          ${l.sublabel?fe`<text class="label sub" x=${d+(o-20)/2} y=${s+a+32} text-anchor="middle">${l.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${c} y1=${s+a} y2=${s+a} />
    </svg>
  </figure>`}var R=X.bind(J),ci=`id version status ocdsStatus procurement { id title } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,li=`query Contract($id: UUID!) { contract(id: $id) { ${ci} } }`,ui="query Supplier($id: UUID!) { organisation(id: $id) { name } }",rn="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",pi=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${rn} } } }`,mi=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${rn} } } }`,hi="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",$i="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",fi="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",gi="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }";function bi(t){let e=t<0,i=Math.abs(t),n=`${Math.floor(i/100)}.${String(i%100).padStart(2,"0")}`;return e?"-"+n:n}var Z=t=>O(bi(t)),vi=t=>Z(t).replace("\xA5","");function yi(t){let e=xe(t).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(e)?Number(e):null}function on({t,status:e}){return e?R`<span class=${"status status-"+e.toLowerCase()} id="contract-status">${t("con.statuses."+e)}</span>`:null}function nn(t){let e={};return t.map(i=>{let n=i.kind==="DELIVERY"?"D":"P";return e[n]=(e[n]??0)+1,{...i,id:n+e[n]}})}function an({ui:t,p:e,supplierName:i}){let{t:n,lang:r,ErrorText:o,navigate:a}=t,s=re(e.award.price)??0,[c,l]=v(e.serviceStart),[u,$]=v(e.serviceEnd),[d,h]=v([{kind:"DELIVERY",title:"",due:e.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:e.serviceEnd,amount:"",follows:"D1"}]),[f,m]=v(null),p=z(r),g=nn(d),E=g.filter(D=>D.kind==="DELIVERY"),I=g.filter(D=>D.kind==="PAYMENT").map(D=>x(D.amount)?re(D.amount):0),S=I.reduce((D,W)=>D+(W??0),0),b=I.some(D=>D==null),y=s-S,C=(D,W,Y)=>h(q=>q.map((Q,Pn)=>Pn===D?{...Q,[W]:Y}:Q)),T=D=>h(W=>[...W,{kind:D,title:"",due:u,amount:"",follows:D==="PAYMENT"?nn(W).filter(Y=>Y.kind==="DELIVERY").pop()?.id??"":""}]),P=D=>h(W=>W.filter((Y,q)=>q!==D)),F=D=>{D.preventDefault();let W=g.findIndex(q=>q.kind==="PAYMENT"&&re(q.amount)==null);if(W>=0)return m(new j(n("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+W}));m(null);let Y={procurementId:e.id,supplier:e.award.organisationId,amountFen:s,serviceStart:c,serviceEnd:u,milestones:g.map(q=>({id:q.id,kind:q.kind,title:x(q.title),due:q.due,...q.kind==="PAYMENT"?{amountFen:re(q.amount),follows:q.follows||null}:{}}))};p.run(hi,Y,q=>a("/app/contracts/"+q.signContract.id+"?signed=1"))},ne=f??p.error,wn=D=>ne?.field==="milestone-"+D?ne:null,qe=String(ne?.field??""),at=qe.startsWith("milestone-"),je=!!ne&&!at&&(qe.startsWith("milestones")||ne.rule==="CON-PAYMENT"&&!qe),Dn=!!ne&&!at&&!je,ge;return b?ge=n("con.sumUnreadable"):y===0?ge=n("con.sumMatches",{sum:Z(S)}):y>0?ge=n("con.sumShort",{sum:Z(S),gap:Z(y)}):ge=n("con.sumOver",{sum:Z(S),gap:Z(-y)}),R`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${n("con.signTitle")}</h2>
    <p>${n("con.signIntro")}</p>
    <form onSubmit=${F} novalidate>
      <dl class="facts">
        <div><dt>${n("con.supplier")}</dt><dd id="sign-supplier">${i}</dd></div>
        <div><dt>${n("con.amount")}</dt><dd id="sign-amount">${Z(s)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${n("proc.serviceStart")}</label>
          <input id="sign-start" type="date" value=${c} onInput=${D=>l(D.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${n("proc.serviceEnd")}</label>
          <input id="sign-end" type="date" value=${u} onInput=${D=>$(D.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(je?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${n("con.milestones")}</legend>
        ${g.map((D,W)=>{let Y="ms-"+W,q=wn(W);return R`<div class=${"milestone-row kind-"+D.kind.toLowerCase()} data-id=${D.id}>
            <div class="field id"><span class="label" id=${Y+"-id-label"}>${n("con.milestoneId")}</span><code id=${Y+"-id"}>${D.id}</code></div>
            <div class="field"><label for=${Y+"-kind"}>${n("con.kind")}</label>
              <select id=${Y+"-kind"} value=${D.kind} onChange=${Q=>C(W,"kind",Q.currentTarget.value)}>
                ${["DELIVERY","PAYMENT"].map(Q=>R`<option value=${Q}>${n("con.kinds."+Q)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${Y+"-title"}>${n("con.milestoneTitle",{id:D.id})}</label>
              <input id=${Y+"-title"} value=${D.title} onInput=${Q=>C(W,"title",Q.currentTarget.value)} /></div>
            <div class="field"><label for=${Y+"-due"}>${n("con.due",{id:D.id})}</label>
              <input id=${Y+"-due"} type="date" value=${D.due} onInput=${Q=>C(W,"due",Q.currentTarget.value)} /></div>
            ${D.kind==="PAYMENT"?R`<div class=${"field"+(q?" invalid":"")}><label for=${Y+"-amount"}>${n("con.paymentAmount",{id:D.id})}</label>
                    <input id=${Y+"-amount"} inputmode="decimal" value=${D.amount} aria-invalid=${q?"true":void 0}
                      aria-describedby=${q?Y+"-amount-error":void 0} onInput=${Q=>C(W,"amount",Q.currentTarget.value)}
                      onBlur=${()=>re(D.amount)!=null&&C(W,"amount",vi(re(D.amount)))} />
                    ${q?R`<${o} error=${q} id=${Y+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${Y+"-follows"}>${n("con.follows",{id:D.id})}</label>
                    <select id=${Y+"-follows"} value=${D.follows} onChange=${Q=>C(W,"follows",Q.currentTarget.value)}>
                      <option value="">${n("con.followsNone")}</option>
                      ${E.map(Q=>R`<option value=${Q.id}>${Q.id} ${Q.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>P(W)} aria-label=${n("con.removeMilestone",{id:D.id})}>${n("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" onClick=${()=>T("DELIVERY")}>${n("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" onClick=${()=>T("PAYMENT")}>${n("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(y===0&&!b?" ok":" off")} aria-live="polite">${ge}</p>
        ${je?R`<${o} error=${ne} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${p.busy}>${p.busy?n("submitting"):n("con.sign")}</button>
        ${Dn?R`<${o} error=${ne} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function _i({t,c:e}){let i=e.paidFen,n=Math.max(0,e.acceptedFen-e.paidFen),r=Math.max(0,e.totalFen-Math.max(e.acceptedFen,e.paidFen)),o=t("con.chartDescribe",{paid:Z(i),owed:Z(n),later:Z(r),total:Z(e.totalFen)});return R`<${en}
    id="paid-chart"
    title=${t("con.chartTitle")}
    describe=${o}
    format=${Z}
    parts=${[{key:"paid",label:t("con.chartPaid"),value:i,className:"paid"},{key:"owed",label:t("con.chartOwed"),value:n,className:"owed"},{key:"later",label:t("con.chartLater"),value:r,className:"later"}]}
  />`}function Ei({ui:t,c:e,onDone:i}){let{t:n,lang:r,ErrorText:o}=t,a=e.milestones.filter(C=>C.kind==="DELIVERY"&&!C.accepted),[s,c]=v(a[0]?.id??""),[l,u]=v("true"),[$,d]=v(""),[h,f]=v(""),[m,p]=v(""),[g,E]=v(null),_=z(r);if(a.length===0)return null;let I=C=>{C.preventDefault();let T=yi($);if(T==null)return E(new j(n("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));E(null),_.run($i,{contractId:e.id,milestoneId:s,passed:l==="true",recipientsParticipating:T,recipientsNote:x(h),report:x(m),expectedVersion:e.version},()=>i(n(l==="true"?"con.acceptedPassed":"con.acceptedFailed")))},S=g??_.error,b=C=>S&&S.field===C,y=S&&!b("recipientsParticipating")&&!b("report");return R`<form class="accept" onSubmit=${I} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${n("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${n("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${s} onChange=${C=>c(C.currentTarget.value)}>
        ${a.map(C=>R`<option value=${C.id}>${C.id} ${C.title}（${V(C.due,r)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${n("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${l==="true"} onChange=${()=>u("true")} />
        <label for="accept-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${l==="false"} onChange=${()=>u("false")} />
        <label for="accept-failed">${n("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(b("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${n("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${$} aria-invalid=${b("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(b("recipientsParticipating")?" accept-recipients-error":"")} onInput=${C=>d(C.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${n("con.recipientsHint")}</p>
      ${b("recipientsParticipating")?R`<${o} error=${S} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${n("con.recipientsNote")}</label>
      <input id="accept-note" value=${h} onInput=${C=>f(C.currentTarget.value)} /></div>
    <div class=${"field"+(b("report")?" invalid":"")}><label for="accept-report">${n("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${m} aria-invalid=${b("report")?"true":void 0}
        aria-describedby=${b("report")?"accept-report-error":void 0} onInput=${C=>p(C.currentTarget.value)}></textarea>
      ${b("report")?R`<${o} error=${S} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${_.busy}>${n("con.acceptSubmit")}</button>
      ${y?R`<${o} error=${S} id="accept-error" />`:null}
    </div>
  </form>`}function Ii({ui:t,c:e,onDone:i}){let{t:n,lang:r,ErrorText:o}=t,a=e.milestones.filter(y=>y.kind==="PAYMENT"&&y.paidFen<y.amountFen),[s,c]=v(a[0]?.id??""),[l,u]=v(""),[$,d]=v(""),[h,f]=v(null),m=z(r);if(a.length===0)return null;let p=a.find(y=>y.id===s)??a[0],g=y=>{y.preventDefault();let C=re(l);if(C==null)return f(new j(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));f(null),m.run(fi,{contractId:e.id,milestoneId:p.id,amountFen:C,reference:x($),expectedVersion:e.version},()=>i(n("con.paymentRecorded")))},E=h??m.error,_=E&&(E.field==="amountFen"||E.field==="amount"),I=E&&E.field==="reference",S=E&&!_&&!I,b=e.milestones.find(y=>y.id===p.follows);return R`<form class="pay" onSubmit=${g} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${n("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${n("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${p.id} aria-describedby="pay-milestone-hint" onChange=${y=>c(y.currentTarget.value)}>
        ${a.map(y=>R`<option value=${y.id}>${y.id} ${y.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${n("con.payHint",{left:Z(p.amountFen-p.paidFen),delivery:b?`${b.id} ${b.title}`:"\u2014",state:b?.accepted?n("con.deliveryAccepted"):n("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+(_?" invalid":"")}><label for="pay-amount">${n("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${l} aria-invalid=${_?"true":void 0}
        aria-describedby=${_?"pay-amount-error":void 0} onInput=${y=>u(y.currentTarget.value)} />
      ${_?R`<${o} error=${E} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(I?" invalid":"")}><label for="pay-reference">${n("con.reference")}</label>
      <input id="pay-reference" value=${$} aria-invalid=${I?"true":void 0}
        aria-describedby=${I?"pay-reference-error":void 0} onInput=${y=>d(y.currentTarget.value)} />
      ${I?R`<${o} error=${E} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${m.busy}>${n("con.paySubmit")}</button>
      ${S?R`<${o} error=${E} id="pay-error" />`:null}
    </div>
  </form>`}function Ti({ui:t,c:e,onDone:i}){let{t:n,lang:r,ErrorText:o}=t,a=z(r);return R`<div class="action">
    <button type="button" id="complete" disabled=${a.busy} onClick=${()=>a.run(gi,{contractId:e.id,expectedVersion:e.version},()=>i(n("con.completed")))}>${n("con.complete")}</button>
    <${o} error=${a.error} id="complete-error" />
  </div>`}function Ai(t,e){return e.kind==="PAYMENT"?e.paidFen>=e.amountFen?t("con.paidInFull"):e.paidFen>0?t("con.partlyPaid"):t("con.ocds."+e.ocdsStatus):t("con.ocds."+e.ocdsStatus)}function sn({ui:t,id:e,flash:i}){let{t:n,lang:r,claims:o,ErrorText:a,Link:s}=t,[c,l]=v(void 0),[u,$]=v(null),[d,h]=v(null),[f,m]=v(i),[p,g]=v(0);if(M(()=>{let T=!0;return k(li,{id:e},{lang:r}).then(async P=>{if(T&&(l(P.contract),P.contract?.supplier)){let F=await k(ui,{id:P.contract.supplier},{lang:r});T&&$(F.organisation?.name??P.contract.supplier)}}).catch(P=>T&&h(P)),()=>{T=!1}},[e,r,p]),d)return R`<main id="main"><${a} error=${d} /></main>`;if(c===void 0)return R`<main id="main"><p role="status">${n("loading")}</p></main>`;if(c===null)return R`<main id="main"><h1>${n("con.notFound")}</h1></main>`;let _=o?.role==="purchaser"&&o.organisation===c.purchaserUnit&&(c.status==="ACTIVE"||c.status==="SUSPENDED"),I=T=>(m(T),g(P=>P+1)),S=(T,P,F)=>R`<div><dt>${n(T)}</dt><dd id=${F}>${P}</dd></div>`,b=Object.fromEntries(c.milestones.map(T=>[T.id,T])),y=c.milestones.flatMap(T=>T.acceptances.map((P,F)=>({m:T,a:P,inForce:F===T.acceptances.length-1}))),C=c.milestones.filter(T=>T.kind==="DELIVERY").every(T=>T.accepted);return R`<main id="main" class="contract">
    <h1>${c.title} <${on} t=${n} status=${c.status} /></h1>
    ${f?R`<p class="notice" role="status">${f}</p>`:null}
    <p>${n("con.between",{purchaser:c.purchaser,supplier:u??"\u2026"})} · ${n("jurisdiction")} ${c.jurisdiction} ·${" "}
      <${s} href=${"/app/procurements/"+c.procurement.id}>${n("con.fromProcurement")}<//></p>
    ${c.overdue.unpaidFen>0?R`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${n("con.overdueTitle",{unpaid:Z(c.overdue.unpaidFen)})}</h2>
          <ul>${c.overdue.milestones.map(T=>R`<li>${T.milestoneId} ${T.title}：${n("con.overdueSince",{due:V(T.due,r),unpaid:O(T.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${n("con.money")}</h2>
      <dl class="facts money-facts">
        ${S("con.amount",O(c.amount),"contract-amount")}
        ${S("con.supplemented",O(c.supplemented),"contract-supplemented")}
        ${S("con.total",O(c.total),"contract-total")}
        ${S("con.accepted",O(c.accepted),"contract-accepted")}
        ${S("con.paid",O(c.paid),"contract-paid")}
        ${S("con.remaining",O(c.remaining),"contract-remaining")}
        ${S("con.overdue",c.overdue.unpaidFen>0?R`<strong class="badge overdue">${O(c.overdue.unpaid)}</strong>`:O(c.overdue.unpaid),"contract-overdue")}
      </dl>
      <${_i} t=${n} c=${c} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${n("con.terms")}</h2>
      <dl class="facts">
        ${S("con.supplier",u??c.supplier,"contract-supplier")}
        ${S("proc.purchaser",c.purchaser)}
        ${S("proc.item",R`<code>${c.item.code}</code> ${c.item.nameZh}`)}
        ${S("proc.method",n("proc.methods."+c.method))}
        ${S("proc.servicePeriod",`${V(c.serviceStart,r)} \u2013 ${V(c.serviceEnd,r)}`)}
        ${S("con.signedAt",N(c.signedAt,r)+" "+n("proc.chinaTime"))}
        ${c.endedAt?S("con.endedAt",N(c.endedAt,r)):null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${n("con.milestones")}</h2>
      <table class="milestones">
        <caption class="sr-only">${n("con.milestones")}</caption>
        <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.kind")}</th><th scope="col">${n("con.title")}</th><th scope="col">${n("con.dueShort")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.paid")}</th><th scope="col">${n("state")}</th></tr></thead>
        <tbody>${c.milestones.map(T=>R`<tr data-id=${T.id}>
            <td><code>${T.id}</code></td>
            <td>${n("con.kinds."+T.kind)}${T.supplementId?R` <span class="badge">${n("con.fromSupplement")}</span>`:null}</td>
            <td>${T.title}${T.follows?R`<br /><span class="hint">${n("con.followsText",{id:T.follows,title:b[T.follows]?.title??""})}</span>`:null}</td>
            <td>${V(T.due,r)}</td>
            <td class="money">${T.kind==="PAYMENT"?O(T.amount):""}</td>
            <td class="money">${T.kind==="PAYMENT"?O(T.paid):""}</td>
            <td>${Ai(n,T)}</td>
          </tr>`)}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${n("con.acceptances")}</h2>
      ${y.length===0?R`<p class="empty">${n("con.noAcceptances")}</p>`:null}
      ${y.length>0?R`<table class="acceptances"><caption class="sr-only">${n("con.acceptances")}</caption>
            <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.result")}</th><th scope="col">${n("con.recipientsShort")}</th><th scope="col">${n("con.report")}</th><th scope="col">${n("con.acceptedAt")}</th><th scope="col">${n("con.paymentDue")}</th></tr></thead>
            <tbody>${y.map(({m:T,a:P,inForce:F})=>R`<tr class=${F?"":"superseded"}>
                <td><code>${T.id}</code> ${T.title}</td>
                <td>${P.passed?R`<strong class="badge ok">${n("con.passed")}</strong>`:R`<span class="badge no">${n("con.failed")}</span>`}${F?null:R` <span class="hint">${n("con.superseded")}</span>`}</td>
                <td>${n("con.recipientsCount",{count:P.recipientsParticipating})}${P.recipientsNote?R`<br /><span class="hint">${P.recipientsNote}</span>`:null}</td>
                <td>${P.report}</td>
                <td>${N(P.acceptedAt,r)}</td>
                <td>${P.paymentDue?V(P.paymentDue,r):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${n("con.payments")}</h2>
      ${c.payments.length===0?R`<p class="empty">${n("con.noPayments")}</p>`:null}
      ${c.payments.length>0?R`<table class="payments"><caption class="sr-only">${n("con.payments")}</caption>
            <thead><tr><th scope="col">${n("con.paidAt")}</th><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.reference")}</th><th scope="col">${n("con.onTime")}</th></tr></thead>
            <tbody>${c.payments.map(T=>R`<tr class=${T.late?"overdue":""}>
                <td>${N(T.paidAt,r)}</td>
                <td><code>${T.milestoneId}</code> ${b[T.milestoneId]?.title??""}</td>
                <td class="money">${O(T.amount)}</td>
                <td>${T.reference}</td>
                <td>${T.late?R`<span class="badge overdue">${n("con.late")}</span>`:n("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${c.supplements.length>0?R`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${n("con.supplements")}</h2>
          <ul>${c.supplements.map(T=>R`<li>${N(T.supplementedAt,r)}：${O(T.amount)} · ${T.description}</li>`)}</ul>
        </section>`:null}
    ${c.corrections.length>0?R`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${n("con.corrections")}</h2>
          <ul>${c.corrections.map(T=>R`<li>${N(T.correctedAt,r)}：${T.what==="PAYMENT"?n("con.correctedPayment",{from:Z(T.oldAmountFen),to:Z(T.newAmountFen)}):n("con.correctedAcceptance",{id:T.milestoneId,from:n(T.oldPassed?"con.passed":"con.failed"),to:n(T.newPassed?"con.passed":"con.failed")})} · ${T.reason}</li>`)}</ul>
        </section>`:null}
    ${c.statusChanges.length>0?R`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${n("con.statusChanges")}</h2>
          <ul>${c.statusChanges.map(T=>R`<li>${N(T.at,r)}：${n("con.statuses."+T.status)}${T.reason?" \xB7 "+T.reason:""}</li>`)}</ul>
        </section>`:null}
    ${_?R`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${n("con.actions")}</h2>
          ${c.status==="ACTIVE"?R`<${Ei} key=${"a"+p} ui=${t} c=${c} onDone=${I} />`:null}
          <${Ii} key=${"p"+p} ui=${t} c=${c} onDone=${I} />
          ${c.status==="ACTIVE"&&C?R`<${Ti} ui=${t} c=${c} onDone=${I} />`:null}
        </section>`:null}
  </main>`}async function Si(t,e){if(t.length===0)return{};let i=t.map((o,a)=>`$o${a}: UUID!`).join(", "),n=t.map((o,a)=>`o${a}: organisation(id: $o${a}) { id name }`).join(" "),r=await k(`query Names(${i}) { ${n} }`,Object.fromEntries(t.map((o,a)=>["o"+a,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.name]))}function dn({ui:t}){let{t:e,lang:i,claims:n,ErrorText:r,Link:o}=t,a=n?.role==="ngo",[s,c]=v(null),[l,u]=v({}),[$,d]=v(null);M(()=>{let m=!0;return k(a?pi:mi,{},{lang:i}).then(async p=>{if(!m)return;let g=(a?p.myContracts:p.contracts).nodes;if(c(g),!a){let E=await Si([...new Set(g.map(_=>_.supplier))].slice(0,100),i);m&&u(E)}}).catch(p=>m&&d(p)),()=>{m=!1}},[i,a]);let h=(s??[]).flatMap(m=>m.payments.map(p=>({c:m,pm:p}))).sort((m,p)=>p.pm.paidAt.localeCompare(m.pm.paidAt)),f=e(a?"con.myTitle":"con.unitTitle");return R`<main id="main">
    <h1>${f}</h1>
    <p>${e(a?"con.myIntro":"con.unitIntro")}</p>
    <${r} error=${$} />
    ${s==null&&!$?R`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?R`<p class="empty">${e("con.none")}</p>`:null}
    ${s&&s.length>0?R`<table class="board contracts">
          <caption>${f}</caption>
          <thead><tr><th scope="col">${e("con.title")}</th><th scope="col">${e(a?"proc.purchaser":"con.supplier")}</th><th scope="col">${e("con.total")}</th><th scope="col">${e("con.paid")}</th><th scope="col">${e("con.remaining")}</th><th scope="col">${e("con.overdue")}</th><th scope="col">${e("state")}</th></tr></thead>
          <tbody>${s.map(m=>R`<tr class=${m.overdue.unpaidFen>0?"overdue":""}>
              <td><${o} href=${"/app/contracts/"+m.id}>${m.title}<//></td>
              <td>${a?m.purchaser:l[m.supplier]??R`<code>${m.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${O(m.total)}</td>
              <td class="money">${O(m.paid)}</td>
              <td class="money">${O(m.remaining)}</td>
              <td class="money">${m.overdue.unpaidFen>0?R`<span class="badge overdue">${Z(m.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${on} t=${e} status=${m.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
    ${a&&s&&s.length>0?R`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${e("con.received")}</h2>
          ${h.length===0?R`<p class="empty">${e("con.noPayments")}</p>`:null}
          ${h.length>0?R`<table class="payments received"><caption class="sr-only">${e("con.received")}</caption>
                <thead><tr><th scope="col">${e("con.paidAt")}</th><th scope="col">${e("con.title")}</th><th scope="col">${e("con.milestoneId")}</th><th scope="col">${e("con.amountShort")}</th><th scope="col">${e("con.reference")}</th><th scope="col">${e("con.onTime")}</th></tr></thead>
                <tbody>${h.map(({c:m,pm:p})=>R`<tr>
                    <td>${N(p.paidAt,i)}</td>
                    <td>${m.title}</td>
                    <td><code>${p.milestoneId}</code></td>
                    <td class="money">${O(p.amount)}</td>
                    <td>${p.reference}</td>
                    <td>${p.late?R`<span class="badge overdue">${e("con.late")}</span>`:e("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var w=X.bind(J),Ci=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],Ri=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],un="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",wi=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${un} } }
}`,Di=`${un} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects }
  report { committeeId ranking { rank bidId organisationId price total } }
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt }
  ended { rule reason at }
  contract { id status }`,Pi=`query One($id: UUID!) { procurement(id: $id) { ${Di} } }`,cn=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,Ni=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,ki=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,Oi="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",Li="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",xi="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",Fi="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",Mi="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",Ui="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",Bi="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }";function ln(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function Ue(t){let e=new Date(Fe()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function He(t,e){return t.openedBids.find(i=>i.organisationId===e)?.organisationName??e}function pn({t,status:e}){return e?w`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function mn({ui:t,params:e}){let{t:i,lang:n,claims:r,ErrorText:o,Link:a,navigate:s}=t,c=r?.role==="purchaser",[l,u]=v(e.get("jurisdiction")??r?.jurisdiction??""),[$,d]=v(e.get("status")??""),[h,f]=v(e.get("item")??""),m=c&&e.get("mine")==="1",[p,g]=v(null),[E,_]=v(null),I=e.toString();M(()=>{let b=e.get("jurisdiction")??r?.jurisdiction;if(!m&&!b)return g(null);let y=m?{mine:!0}:{jurisdiction:b};e.get("status")&&(y.status=e.get("status")),!m&&e.get("item")&&(y.item=e.get("item"));let C=!0;return _(null),k(wi,{f:y},{lang:n}).then(T=>C&&g(T.procurements),T=>C&&(_(T),g(null))),()=>{C=!1}},[I,n,m]);let S=b=>{b.preventDefault();let y=new URLSearchParams;x(l)&&y.set("jurisdiction",x(l)),$&&y.set("status",$),x(h)&&y.set("item",x(h).toUpperCase()),s("/app/procurements?"+y.toString())};return w`<main id="main">
    <h1>${i(m?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${i(m?"proc.mineIntro":"proc.boardIntro")}</p>
    ${c?w`<p class="actions">
          <${a} href="/app/procurements/new" class="button">${i("proc.draftTitle")}<//>
          ${" "}<${a} href=${m?"/app/procurements":"/app/procurements?mine=1"}>${i(m?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${m?null:w`<form class="search board-filter" role="search" onSubmit=${S} aria-label=${i("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${i("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${b=>u(b.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${i("state")}</label>
            <select id="board-status" value=${$} onChange=${b=>d(b.currentTarget.value)}>
              <option value="">${i("proc.anyStatus")}</option>
              ${Ci.map(b=>w`<option value=${b}>${i("proc.statuses."+b)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${i("proc.itemCode")}</label>
            <input id="board-item" value=${h} spellcheck=${!1} onInput=${b=>f(b.currentTarget.value)} /></div>
          <button type="submit">${i("search")}</button>
        </form>`}
    <${o} error=${E} />
    ${p&&p.nodes.length===0?w`<p class="empty" role="status">${i("proc.boardEmpty")}</p>`:null}
    ${p&&p.nodes.length>0?w`<table class="board">
          <caption>${i("proc.boardCount",{count:p.totalCount})}</caption>
          <thead><tr><th scope="col">${i("proc.title")}</th><th scope="col">${i("proc.purchaser")}</th><th scope="col">${i("proc.item")}</th><th scope="col">${i("proc.budget")}</th><th scope="col">${i("proc.bidDeadline")}</th><th scope="col">${i("state")}</th></tr></thead>
          <tbody>
            ${p.nodes.map(b=>w`<tr>
                <td><${a} href=${"/app/procurements/"+b.id}>${b.title}<//></td>
                <td>${b.purchaser}</td>
                <td><code>${b.item.code}</code> ${b.item.nameZh}</td>
                <td class="money">${O(b.budget)}</td>
                <td>${N(b.bidDeadline,n)}</td>
                <td><${pn} t=${i} status=${b.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Hi(t,e){let i=[],n=null;for(let s=0;s<5;s++){let c=await k(ki,{j:t,after:n},{lang:e});if(!c.catalogue)return null;if(i.push(...c.catalogue.items.nodes),!c.catalogue.items.pageInfo.hasNextPage)break;n=c.catalogue.items.pageInfo.endCursor}let r=new Map;for(let s of i)r.set(s.parent??"",[...r.get(s.parent??"")??[],s]);let o=[],a=(s,c)=>{for(let l of(r.get(s)??[]).sort((u,$)=>u.code.localeCompare($.code)))o.push({...l,depth:c}),c<10&&a(l.code,c+1)};return a("",0),o}function it(t){let e=x(t).replace(/[\uFF10-\uFF19]/g,i=>String.fromCharCode(i.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var Vi=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],Gi={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function qi(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(Vi.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:Gi[t.rule]??null}function hn({ui:t}){let{t:e,lang:i,claims:n,ErrorText:r,navigate:o}=t,[a,s]=v(void 0),[c,l]=v(null),[u,$]=v(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:Ue(60),serviceEnd:Ue(330),bidDeadline:Ue(21)+"T17:00",openingAt:Ue(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:e("proc.defaultPlan"),points:"40"},{name:e("proc.defaultTeam"),points:"30"}]})),[d,h]=v(null),f=z(i);M(()=>{let y=!0;return Hi(n.jurisdiction,i).then(C=>y&&s(C),C=>y&&l(C)),()=>{y=!1}},[n.jurisdiction,i]);let m=(y,C)=>$(T=>({...T,[y]:C})),p=(y,C,T)=>$(P=>({...P,criteria:P.criteria.map((F,ne)=>ne===y?{...F,[C]:T}:F)})),g=y=>{y.preventDefault();let C=re(u.budget),T=re(u.bidSecurity||"0");if(C==null)return h(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(T==null)return h(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([u.minRating,u.minYears].some(F=>x(F)&&it(F)==null))return h(new j(e("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));h(null);let P={purchaser:x(u.purchaser),title:x(u.title),description:x(u.description),item:u.item,method:u.method,budgetFen:C,bidSecurityFen:T,serviceStart:u.serviceStart,serviceEnd:u.serviceEnd,requirements:{kinds:u.kinds,minRating:it(u.minRating),minYearsRegistered:it(u.minYears)},scoring:{priceWeightPercent:Number(u.priceWeight)||0,criteria:u.criteria.filter(F=>x(F.name)).map((F,ne)=>({key:"c"+(ne+1),name:x(F.name),maxPoints:Number(F.points)||0}))},bidDeadline:ln(u.bidDeadline),openingAt:ln(u.openingAt)};f.run(Oi,P,F=>o("/app/procurements/"+F.draftProcurement.id+"?drafted=1"))},E=d??f.error,_=qi(E),I=y=>({id:"draft-"+y,"aria-invalid":_===y?"true":void 0,"aria-describedby":_===y?"draft-"+y+"-error":void 0}),S=y=>_===y?w`<${r} error=${E} id=${"draft-"+y+"-error"} />`:null,b=(y,C,T={})=>w`<div class=${"field"+(_===y?" invalid":"")}>
    <label for=${"draft-"+y}>${e(C)}</label>
    <input ...${I(y)} value=${u[T.key??y]} type=${T.type??"text"} inputmode=${T.inputmode}
      onInput=${P=>m(T.key??y,P.currentTarget.value)} />
    ${T.hint?w`<p class="hint">${e(T.hint)}</p>`:null}
    ${S(y)}
  </div>`;return w`<main id="main">
    <h1>${e("proc.draftTitle")}</h1>
    <p>${e("proc.draftIntro",{jurisdiction:n.jurisdiction})}</p>
    <${r} error=${c} />
    ${a===null?w`<p class="error" role="alert">${e("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${g} novalidate>
      ${b("purchaser","proc.purchaser")}
      ${b("title","proc.title")}
      <div class=${"field"+(_==="description"?" invalid":"")}>
        <label for="draft-description">${e("proc.description")}</label>
        <textarea ...${I("description")} rows="3" value=${u.description} onInput=${y=>m("description",y.currentTarget.value)}></textarea>
        ${S("description")}
      </div>
      <div class=${"field"+(_==="item"?" invalid":"")}>
        <label for="draft-item">${e("proc.item")}</label>
        <select ...${I("item")} value=${u.item} onChange=${y=>m("item",y.currentTarget.value)}>
          <option value="">${e("proc.pickItem")}</option>
          ${(a??[]).map(y=>w`<option value=${y.code} disabled=${y.status!=="ACTIVE"}>
              ${"\u3000".repeat(y.depth)}${y.code} ${i==="en"&&y.nameEn?y.nameEn:y.nameZh}${y.status!=="ACTIVE"?" "+e("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${e("proc.itemHint")}</p>
        ${S("item")}
      </div>
      <div class="field">
        <label for="draft-method">${e("proc.method")}</label>
        <select id="draft-method" value=${u.method} onChange=${y=>m("method",y.currentTarget.value)}>
          ${Ri.map(y=>w`<option value=${y}>${e("proc.methods."+y)}</option>`)}
        </select>
      </div>
      ${b("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${b("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${b("serviceStart","proc.serviceStart",{type:"date"})}
      ${b("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${b("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${b("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+(_==="requirements"?" invalid":"")}>
        <legend>${e("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(y=>w`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+y} checked=${u.kinds.includes(y)}
            onChange=${C=>m("kinds",C.currentTarget.checked?[...u.kinds,y]:u.kinds.filter(T=>T!==y))} />
            <label for=${"draft-kind-"+y}>${e("kinds."+y)}</label></div>`)}
        <p class="hint">${e("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${e("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${u.minRating} aria-describedby=${"draft-limits-hint"+(_==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${_==="requirements"?"true":void 0} onInput=${y=>m("minRating",y.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${e("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${u.minYears} aria-describedby=${"draft-limits-hint"+(_==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${_==="requirements"?"true":void 0} onInput=${y=>m("minYears",y.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${e("proc.limitsHint")}</p>
        ${S("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+(_==="scoring"?" invalid":"")}>
        <legend>${e("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${e("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${u.priceWeight} onInput=${y=>m("priceWeight",y.currentTarget.value)}
            aria-invalid=${_==="scoring"?"true":void 0} aria-describedby=${_==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${u.criteria.map((y,C)=>w`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+C}>${e("proc.criterion",{n:C+1})}</label>
              <input id=${"draft-criterion-"+C} value=${y.name} onInput=${T=>p(C,"name",T.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+C}>${e("proc.maxPoints")}</label>
              <input id=${"draft-points-"+C} inputmode="numeric" value=${y.points} onInput=${T=>p(C,"points",T.currentTarget.value)} /></div>
          </div>`)}
        ${S("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${f.busy}>${f.busy?e("submitting"):e("proc.saveDraft")}</button>
        ${E&&!_?w`<${r} error=${E} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function Be({ui:t,id:e,label:i,mutation:n,input:r,onDone:o,className:a}){let{lang:s,ErrorText:c}=t,l=z(s);return w`<div class="action">
    <button type="button" id=${e} class=${a} disabled=${l.busy} onClick=${()=>l.run(n,r,o)}>${i}</button>
    <${c} error=${l.error} id=${e+"-error"} />
  </div>`}function ji({ui:t,p:e,challenge:i,onDone:n}){let{t:r,lang:o,ErrorText:a}=t,[s,c]=v("DISMISSED"),[l,u]=v(""),$=z(o),d="answer-"+i.challengeId;return w`<form class="answer" onSubmit=${f=>{f.preventDefault(),$.run(Bi,{procurementId:e.id,challengeId:i.challengeId,decision:s,reply:x(l),expectedVersion:e.version},n)}}>
    <div class="field"><label for=${d+"-decision"}>${r("proc.decision")}</label>
      <select id=${d+"-decision"} value=${s} onChange=${f=>c(f.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(f=>w`<option value=${f}>${r("proc.decisions."+f)}</option>`)}
      </select></div>
    <div class="field"><label for=${d+"-reply"}>${r("proc.reply")}</label>
      <textarea id=${d+"-reply"} rows="2" value=${l} onInput=${f=>u(f.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${$.busy}>${r("proc.answer")}</button>
      <${a} error=${$.error} id=${d+"-error"} />
    </div>
  </form>`}function Wi({ui:t,p:e,generation:i,onDone:n}){let{t:r,lang:o,ErrorText:a}=t,[s,c]=v([]),[l,u]=v("5"),[$,d]=v(null),h=z(o);M(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let p=!0;return k(Ni,{id:e.id},{lang:o}).then(g=>p&&c(g.procurementCommittees),g=>p&&d(g)),()=>{p=!1}},[e.id,i,o]);let f={procurementId:e.id,expectedVersion:e.version},m=p=>()=>n(r(p));return w`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${r("proc.purchaserActions")}</h2>
    <${a} error=${$} />
    ${e.status==="DRAFT"?w`<p>${r("proc.publishIntro")}</p>
          <${Be} ui=${t} id="publish" label=${r("proc.publish")} mutation=${Li} input=${f} onDone=${m("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?w`<p>${r("proc.openIntro",{at:N(e.openingAt,o)})}</p>
          <${Be} ui=${t} id="open-bids" label=${r("proc.openBids")} mutation=${xi} input=${f} onDone=${m("proc.opened")} />`:null}
    ${e.status==="OPENED"||s.length>0?w`<h3>${r("proc.committees")}</h3>
          ${s.length===0?w`<p class="empty">${r("proc.noCommittee")}</p>`:null}
          ${s.length>0?w`<table class="committees"><caption>${r("proc.committees")}</caption>
                <thead><tr><th scope="col">${r("state")}</th><th scope="col">${r("proc.seats")}</th><th scope="col">${r("proc.submitted")}</th><th scope="col">${r("proc.constitutedAt")}</th></tr></thead>
                <tbody>${s.map(p=>w`<tr><td>${r("proc.committeeStatuses."+p.status)}</td><td>${p.sitting} / ${p.seats}</td><td>${p.submitted} / ${p.sitting}</td><td>${N(p.constitutedAt,o)}</td></tr>`)}</tbody></table>`:null}
          ${s.filter(p=>p.status==="SCORING").map(p=>p.submitted<p.sitting?w`<p class="hint" id="committee-waiting">${r("proc.waitingSheets",{count:p.sitting-p.submitted})}</p>`:w`<${Be} ui=${t} id="conclude" label=${r("proc.conclude")} mutation=${Mi}
                    input=${{committeeId:p.committeeId,expectedVersion:p.version}} onDone=${m("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!s.some(p=>p.status==="SCORING")?w`<form class="constitute" onSubmit=${p=>{p.preventDefault(),h.run(Fi,{procurementId:e.id,experts:Number(l)||0,representatives:[]},m("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${r("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${p=>u(p.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${h.busy}>${r("proc.constitute")}</button>
                  <${a} error=${h.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?w`<h3>${r("proc.award")}</h3>
          <p>${r("proc.awardIntro")}</p>
          ${e.report.ranking.map(p=>w`<${Be} ui=${t} id=${"award-"+p.rank} label=${r("proc.awardTo",{rank:p.rank,name:He(e,p.organisationId),price:O(p.price)})}
              mutation=${Ui} input=${{...f,bidId:p.bidId}} onDone=${m("proc.awarded")} />`)}`:null}
    ${e.challenges.filter(p=>!p.decision).map(p=>w`<h3>${r("proc.answerChallenge",{due:V(p.replyDue,o)})}</h3>
          <p>${p.grounds}</p>
          <${ji} ui=${t} p=${e} challenge=${p} onDone=${m("proc.answered")} />`)}
  </section>`}function $n({ui:t,id:e,flash:i}){let{t:n,lang:r,claims:o,ErrorText:a}=t,[s,c]=v(void 0),[l,u]=v(null),[$,d]=v(null),[h,f]=v(i),[m,p]=v(0);M(()=>{let I=!0;return k(Pi,{id:e},{lang:r}).then(async S=>{if(!I)return;c(S.procurement);let y=S.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(S.procurement.status)?(await k(cn,{id:e},{lang:r})).sealedBids:null;I&&u(y)}).catch(S=>I&&d(S)),()=>{I=!1}},[e,r,m]);let g=s?.status==="PUBLISHED";if(M(()=>{if(!g)return;let I=setInterval(()=>{k(cn,{id:e},{lang:r}).then(u,()=>{})},3e4);return()=>clearInterval(I)},[g,e,r]),$)return w`<main id="main"><${a} error=${$} /></main>`;if(s===void 0)return w`<main id="main"><p role="status">${n("loading")}</p></main>`;if(s===null)return w`<main id="main"><h1>${n("proc.notFound")}</h1></main>`;let E=o?.role==="purchaser"&&o.organisation===s.purchaserUnit,_=(I,S,b)=>w`<div><dt>${n(I)}</dt><dd id=${b}>${S}</dd></div>`;return w`<main id="main" class="procurement">
    <h1>${s.title}</h1>
    ${h?w`<p class="notice" role="status">${h}</p>`:null}
    <p><${pn} t=${n} status=${s.status} /> ${s.purchaser} · ${n("jurisdiction")} ${s.jurisdiction}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${n("proc.terms")}</h2>
      <p>${s.description}</p>
      <dl class="facts">
        ${_("proc.item",w`<code>${s.item.code}</code> ${s.item.nameZh}`)}
        ${_("proc.method",n("proc.methods."+s.method))}
        ${_("proc.budget",O(s.budget),"proc-budget")}
        ${_("proc.bidSecurity",O(s.bidSecurity))}
        ${_("proc.servicePeriod",`${V(s.serviceStart,r)} \u2013 ${V(s.serviceEnd,r)}`)}
        ${_("proc.bidDeadline",N(s.bidDeadline,r)+" "+n("proc.chinaTime"),"proc-deadline")}
        ${_("proc.openingAt",N(s.openingAt,r)+" "+n("proc.chinaTime"),"proc-opening")}
        ${s.publishedAt?_("proc.publishedAt",N(s.publishedAt,r)):null}
        ${_("proc.eligibility",s.requirements.kinds.length?s.requirements.kinds.map(I=>n("kinds."+I)).join("\u3001"):n("proc.anyKind"))}
        ${s.requirements.minRating!=null?_("proc.minRating",`${s.requirements.minRating}A`):null}
        ${s.requirements.minYearsRegistered!=null?_("proc.minYears",String(s.requirements.minYearsRegistered)):null}
        ${_("proc.scoring",[n("proc.priceWeightShort",{n:s.scoring.priceWeightPercent}),...s.scoring.criteria.map(I=>`${I.name} ${I.maxPoints}`)].join("\uFF1B"))}
        ${s.amendments?_("proc.amendments",String(s.amendments)):null}
      </dl>
    </section>
    ${l?w`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${n("proc.sealedBids")}</h2>
          <p id="sealed-count">${n("proc.sealedCount",{count:l.totalCount})}</p>
          <p class="hint">${n("proc.sealedIntro")}</p>
          ${l.nodes.length>0?w`<table class="sealed"><caption>${n("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${n("proc.sealedAt")}</th><th scope="col">${n("proc.commitment")}</th></tr></thead>
                <tbody>${l.nodes.map(I=>w`<tr><td>${N(I.sealedAt,r)}</td><td><code class="hash">${I.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.openedAt?w`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${n("proc.opening",{at:N(s.openedAt,r)})}</h2>
          ${s.openedBids.length===0?w`<p class="empty">${n("proc.noBids")}</p>`:null}
          ${s.openedBids.length>0?w`<table class="opened"><caption>${n("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${n("organisation")}</th><th scope="col">${n("proc.price")}</th><th scope="col">${n("proc.valid")}</th><th scope="col">${n("proc.commitment")}</th></tr></thead>
                <tbody>${s.openedBids.map(I=>w`<tr><td>${I.organisationName}</td><td class="money">${O(I.price)}</td>
                    <td>${I.valid?n("proc.validYes"):w`${n("proc.validNo")}: ${I.defects.join("\uFF1B")}`}</td><td><code class="hash">${I.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.report?w`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n("proc.ranking")}</h2>
          <ol class="ranking">${s.report.ranking.map(I=>w`<li>${He(s,I.organisationId)} · ${O(I.price)} · ${n("proc.total",{total:I.total})}</li>`)}</ol>
        </section>`:null}
    ${s.award?w`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${n("proc.awardNotice")}</h2>
          <p id="award-notice">${n("proc.awardText",{organisation:He(s,s.award.organisationId),price:O(s.award.price),at:N(s.award.noticedAt,r),deadline:V(s.award.challengeDeadline,r)})}</p>
          ${s.contract?w`<p><${t.Link} href=${"/app/contracts/"+s.contract.id} id="contract-link">${n("con.contractLink",{status:n("con.statuses."+s.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${E&&s.status==="AWARDED"&&s.award&&!s.contract?w`<${an} ui=${t} p=${s} supplierName=${He(s,s.award.organisationId)} />`:null}
    ${s.challenges.length>0?w`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${n("proc.challenges")}</h2>
          <ul>${s.challenges.map(I=>w`<li>${N(I.filedAt,r)}: ${I.grounds} — ${I.decision?`${n("proc.decisions."+I.decision)}\uFF1A${I.reply??""}`:n("proc.unanswered",{due:V(I.replyDue,r)})}</li>`)}</ul>
        </section>`:null}
    ${s.ended?w`<p class="notice">${n("proc.ended",{reason:s.ended.reason,at:N(s.ended.at,r)})}${s.ended.rule?` (${s.ended.rule})`:""}</p>`:null}
    ${E?w`<${Wi} ui=${t} p=${s} generation=${m} onDone=${I=>(f(I),p(S=>S+1))} />`:null}
    ${o?.role==="ngo"?w`<${Xt} ui=${t} procurement=${s} onChanged=${()=>p(I=>I+1)} />`:null}
  </main>`}var L=X.bind(J),Yi=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function Ki(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec($e(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var Qi=t=>(t/100).toFixed(2),Zi="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",gn=`committeeId procurementId status version seats seed constitutedAt concludedAt allSubmitted
  members { ${Zi} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,zi=`query MyCommittees { myCommittees(first: 100) { ${gn} } }`,fn=`query Committee($id: UUID!) { committee(id: $id) { ${gn} } }`,Ji=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,Xi="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",er="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function tr(t,e){if(t.length===0)return{};let i=t.map((o,a)=>`$p${a}: UUID!`).join(", "),n=t.map((o,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),r=await k(`query Titles(${i}) { ${n} }`,Object.fromEntries(t.map((o,a)=>["p"+a,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.title]))}function bn({ui:t}){let{t:e,lang:i,claims:n,ErrorText:r,Link:o}=t,[a,s]=v(null),[c,l]=v({}),[u,$]=v(null);return M(()=>{let d=!0;return k(zi,{},{lang:i}).then(async h=>{if(!d)return;s(h.myCommittees);let f=await tr([...new Set(h.myCommittees.map(m=>m.procurementId))].slice(0,100),i);d&&l(f)}).catch(h=>d&&$(h)),()=>{d=!1}},[i]),L`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${r} error=${u} />
    ${a==null&&!u?L`<p role="status">${e("loading")}</p>`:null}
    ${a&&a.length===0?L`<p class="empty">${e("eval.none")}</p>`:null}
    ${a&&a.length>0?L`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${a.map(d=>{let h=d.members.find(m=>m.memberId===n.organisation),f=d.members.filter(m=>m.sitting);return L`<tr>
                <td><${o} href=${"/app/committees/"+d.committeeId}>${c[d.procurementId]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+d.status)}</td>
                <td>${h?e(h.sitting?h.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${f.filter(m=>m.submitted).length} / ${f.length}</td>
                <td>${N(d.constitutedAt,i)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function nr(t,e,i){if(!t||t.field!=="scores.criteria.points")return null;let n=e.find(o=>t.message.includes(o.bidId)),r=i.find(o=>t.message.includes(`'${o.name}'`));return n&&r?`${n.bidId}/${r.key}`:null}function ir({ui:t,committee:e,me:i,bids:n,criteria:r,onDone:o}){let{t:a,lang:s,ErrorText:c}=t,[l,u]=v({}),[$,d]=v(null),h=z(s),f=g=>{g.preventDefault();let E=[];for(let _ of n){let I={bidId:_.bidId,criteria:[]};for(let S of r){let b=Ki(l[_.bidId+"/"+S.key]??"");if(b==null)return d({key:_.bidId+"/"+S.key,error:new j(a("eval.pointsInvalid",{max:S.maxPoints}),{code:"VALIDATION"})});I.criteria.push({key:S.key,pointsHundredths:b})}E.push(I)}d(null),h.run(er,{committeeId:e.committeeId,memberId:i.memberId,scores:E},o)},m=nr(h.error,n,r),p=g=>$?.key===g?$.error:m===g?h.error:null;return L`<form class="sheet" onSubmit=${f} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a("proc.price")}</th>${r.map(g=>L`<th scope="col">${g.name} (${a("eval.max",{max:g.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${n.map((g,E)=>L`<tr>
            <th scope="row">${g.organisationName}</th>
            <td class="money">${O(g.price)}</td>
            ${r.map(_=>{let I=g.bidId+"/"+_.key,S=`score-${E}-${_.key}`,b=p(I);return L`<td class=${"field"+(b?" invalid":"")}>
                <label class="sr-only" for=${S}>${a("eval.scoreLabel",{name:g.organisationName,criterion:_.name})}</label>
                <input id=${S} inputmode="decimal" size="6" value=${l[I]??""} aria-invalid=${b?"true":void 0}
                  aria-describedby=${b?S+"-error":void 0} onInput=${y=>u({...l,[I]:y.currentTarget.value})} />
                ${b?L`<${c} error=${b} id=${S+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${h.busy}>${a("eval.submitSheet")}</button>
      ${h.error&&!m?L`<${c} error=${h.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function rr({ui:t,committee:e,me:i,bids:n,onDone:r}){let{t:o,lang:a,ErrorText:s}=t,[c,l]=v(n[0]?.organisationId??""),[u,$]=v("OTHER"),[d,h]=v(""),f=z(a),m=g=>{g.preventDefault(),f.run(Xi,{committeeId:e.committeeId,memberId:i.memberId,organisationId:c,kind:u,note:d.trim()},r)},p=f.error?.field==="note";return L`<form class="relation" onSubmit=${m} novalidate>
    <div class="field"><label for="relation-org">${o("eval.relatedBidder")}</label>
      <select id="relation-org" value=${c} onChange=${g=>l(g.currentTarget.value)}>
        ${n.map(g=>L`<option value=${g.organisationId}>${g.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${o("eval.relationKind")}</label>
      <select id="relation-kind" value=${u} onChange=${g=>$(g.currentTarget.value)}>
        ${Yi.map(g=>L`<option value=${g}>${o("eval.kinds."+g)}</option>`)}
      </select></div>
    <div class=${"field"+(p?" invalid":"")}><label for="relation-note">${o("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${d} aria-invalid=${p?"true":void 0} aria-describedby=${p?"relation-note-error":void 0}
        onInput=${g=>h(g.currentTarget.value)}></textarea>
      ${p?L`<${s} error=${f.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${f.busy}>${o("eval.declare")}</button>
      ${f.error&&!p?L`<${s} error=${f.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function or(t,e,i){let n=t?.find(r=>r.bidId===e)?.criteria.find(r=>r.key===i)?.pointsHundredths;return n==null?"":Qi(n)}function vn({ui:t,id:e}){let{t:i,lang:n,claims:r,ErrorText:o,Link:a}=t,[s,c]=v(void 0),[l,u]=v(null),[$,d]=v(null),[h,f]=v(null);M(()=>{let b=!0;return k(fn,{id:e},{lang:n}).then(async y=>{if(b&&(c(y.committee),y.committee)){let C=await k(Ji,{id:y.committee.procurementId},{lang:n});b&&u(C.procurement)}}).catch(y=>b&&d(y)),()=>{b=!1}},[e,n]);let m=b=>async()=>{let y=await k(fn,{id:e},{lang:n});c(y.committee),f(i(b))};if(s===void 0&&!$)return L`<main id="main"><p role="status">${i("loading")}</p></main>`;if(!s)return L`<main id="main"><h1>${i("eval.committee")}</h1><${o} error=${$} />${$?null:L`<p class="empty">${i("eval.notFound")}</p>`}</main>`;let p=s.members.find(b=>b.memberId===r?.organisation),g=l?.openedBids.filter(b=>b.valid)??[],E=l?.scoring.criteria??[],_=b=>l?.openedBids.find(y=>y.organisationId===b)?.organisationName??b,I=s.members.filter(b=>b.sitting),S=s.status==="SCORING";return L`<main id="main">
    <h1>${i("eval.committee")}${l?L`：<${a} href=${"/app/procurements/"+l.id}>${l.title}<//>`:null}</h1>
    ${h?L`<p class="notice" role="status">${h}</p>`:null}
    <${o} error=${$} />
    <dl class="facts">
      <div><dt>${i("state")}</dt><dd id="committee-status">${i("eval.statuses."+s.status)}</dd></div>
      <div><dt>${i("eval.seats")}</dt><dd>${s.seats}</dd></div>
      <div><dt>${i("eval.sheetsIn")}</dt><dd id="sheets-in">${I.filter(b=>b.submitted).length} / ${I.length}</dd></div>
      <div><dt>${i("eval.constitutedAt")}</dt><dd>${N(s.constitutedAt,n)}</dd></div>
    </dl>

    ${p&&!p.sitting?L`<p class="notice" id="recused">${i("eval.youRecused")}</p>
          <ul class="reasons">${p.recusal.map(b=>L`<li>${_(b.organisationId)} — ${i("eval.kinds."+b.kind)}${b.note?"\uFF1A"+b.note:""}</li>`)}</ul>`:null}
    ${p&&p.sitting&&S&&!p.submitted&&l?L`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${i("eval.yourSheet")}</h2>
            <${ir} ui=${t} committee=${s} me=${p} bids=${g} criteria=${E} onDone=${m("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${i("eval.declareTitle")}</h2>
            <p class="hint">${i("eval.declareHint")}</p>
            <${rr} ui=${t} committee=${s} me=${p} bids=${g} onDone=${m("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${i("eval.members")}</h2>
      ${s.allSubmitted?null:L`<p class="hint" id="sheets-hidden">${i("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${i("eval.members")}</caption>
        <thead><tr><th scope="col">${i("eval.member")}</th><th scope="col">${i("eval.role")}</th><th scope="col">${i("state")}</th><th scope="col">${i("eval.sheetDigest")}</th>
          ${E.map(b=>L`<th scope="col">${b.name}</th>`)}</tr></thead>
        <tbody>
          ${s.members.map(b=>L`<tr class=${b.memberId===p?.memberId?"me":""}>
              <td>${b.name}${b.memberId===p?.memberId?L` <strong>(${i("eval.you")})</strong>`:null}</td>
              <td>${i("eval.roles."+b.role)}</td>
              <td>${i(b.sitting?b.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${b.sheetDigest?L`<code class="hash">${b.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${E.map(y=>L`<td class="scores">${b.scores?g.map(C=>L`<span class="score">${C.organisationName}：${or(b.scores,C.bidId,y.key)}</span> `):b.submitted?L`<span class="hidden">${i("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${s.report?L`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${i("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${s.report.ranking.map(b=>L`<li>${_(b.organisationId)} · ${O(b.price)} · ${i("eval.total",{total:b.total,price:b.priceScore,criteria:b.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${i("eval.sheetsDigest")} <code class="hash">${s.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var A=X.bind(J),In=It(null),ae=()=>Ot(In);function yn(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),i=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"organisation",id:i[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let n=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"procurement",id:n[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let r=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);if(r)return{screen:"committee",id:r[1]};if(t==="contracts")return{screen:"contracts"};let o=/^contracts\/([0-9a-fA-F-]{36})$/.exec(t);return o?{screen:"contract",id:o[1]}:{screen:"home"}}function Ge(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function te({href:t,children:e,...i}){return A`<a href=${t} onClick=${r=>{r.button!==0||r.metaKey||r.ctrlKey||r.shiftKey||r.altKey||(r.preventDefault(),Ge(t))}} ...${i}>${e}</a>`}function ar(t,e){let i=t("rules."+e);return i==="rules."+e?"":t("ruleSeparator")+i}function se({error:t,id:e}){let{t:i,lang:n}=ae();if(!t)return null;let r=t.code==="CONFLICT"?i("conflict"):t.code==="NETWORK"?i("networkError",{message:t.message}):t.message,o=n==="zh"&&t.rule?i("ruleText."+t.rule):null,a=o&&o!=="ruleText."+t.rule;return A`<p class="error" id=${e} role="alert">
    ${a?A`${o} <span class="detail" lang="en">${r}</span>`:r}${t.rule?A` <span class="rule">(${i("ruleLabel",{rule:t.rule})}${ar(i,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?A` <button type="button" class="link" onClick=${()=>location.reload()}>${i("reload")}</button>`:null}
  </p>`}function oe({id:t,label:e,error:i,children:n,hint:r}){return A`<div class=${"field"+(i?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${n}
    ${r?A`<p class="hint" id=${t+"-hint"}>${r}</p>`:null}
    <${se} error=${i} id=${t+"-error"} />
  </div>`}function pe(t,e,i){return[i?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function Tn({status:t}){let{t:e}=ae();return t?A`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function An(t,e){return t("cases."+e.kind,{year:e.year})}function sr({notice:t,onToken:e}){let{t:i,lang:n}=ae(),[r,o]=v(""),[a,s]=v(""),[c,l]=v(""),[u,$]=v(null),[d,h]=v(null),[f,m]=v(!1),p=async E=>{if(E.preventDefault(),!f){m(!0),$(null);try{let _=await k("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:x(r),p:a},{lang:n,token:null});e(_.signIn.token)}catch(_){$(_)}finally{m(!1)}}},g=E=>{E.preventDefault();let _=Le(c);if(!_)return h(new j(i("tokenMalformed"),{code:"VALIDATION"}));if(_.exp*1e3<=Date.now())return h(new j(i("tokenExpired"),{code:"UNAUTHENTICATED"}));e(c.trim())};return A`<main id="main" class="sign-in">
    <h1>${i("signInTitle")}</h1>
    ${t?A`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${p} aria-labelledby="password-heading">
        <h2 id="password-heading">${i("signInPassword")}</h2>
        <${oe} id="username" label=${i("username")}>
          <input id="username" name="username" autocomplete="username" value=${r} onInput=${E=>o(E.currentTarget.value)} />
        <//>
        <${oe} id="password" label=${i("password")} error=${u}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${a}
            aria-describedby=${pe("password",u)} aria-invalid=${u?"true":void 0}
            onInput=${E=>s(E.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${f}>${i("signIn")}</button>
      </form>
      <form onSubmit=${g} aria-labelledby="token-heading">
        <h2 id="token-heading">${i("signInToken")}</h2>
        <${oe} id="token" label=${i("token")} error=${d} hint=${i("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${c}
            aria-describedby=${pe("token",d,!0)} aria-invalid=${d?"true":void 0}
            onInput=${E=>l(E.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${i("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var dr=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function cr(t,e){let i=[],n=null;for(let r=0;r<10;r++){let o=await k(dr,{j:t,after:n},{lang:e});for(let a of o.organisations.nodes)for(let s of a.openCases)i.push({org:a,case:s});if(!o.organisations.pageInfo.hasNextPage)break;n=o.organisations.pageInfo.endCursor}return i.sort((r,o)=>Number(o.case.overdue)-Number(r.case.overdue)||r.case.due.localeCompare(o.case.due)||r.org.name.localeCompare(o.org.name)),i}function lr(t,e){let i=new Date(t+"T00:00:00Z");return i.setUTCDate(i.getUTCDate()+e),i.toISOString().slice(0,10)}function ur({rows:t,today:e}){let{t:i,lang:n}=ae(),r=Array.from({length:7},(c,l)=>lr(e,l)),o=new Intl.DateTimeFormat(n==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),a=[{key:"overdue",label:i("overdue"),count:t.filter(c=>c.case.overdue).length,className:"overdue"},...r.map((c,l)=>({key:c,label:l===0?i("today"):o.format(new Date(c+"T00:00:00Z")),sublabel:c.slice(5).replace("-","/"),count:t.filter(u=>!u.case.overdue&&u.case.due===c).length,className:l===0?"today":""}))],s=i("weekChartDescribe",{overdue:a[0].count,days:a.slice(1).map(c=>`${V(c.key,n)} ${c.count}`).join(i("listSeparator"))});return A`<${tn} id="week-chart" title=${i("weekChartTitle")} describe=${s} bars=${a} />`}function pr(){let{t,lang:e,claims:i}=ae(),[n,r]=v(null),[o,a]=v(null);M(()=>{let c=!0;return r(null),cr(i.jurisdiction,e).then(l=>c&&r(l),l=>c&&a(l)),()=>{c=!1}},[i.jurisdiction,e]);let s=Fe();return A`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${se} error=${o} />
    ${n==null&&!o?A`<p role="status">${t("loading")}</p>`:null}
    ${n&&n.length===0?A`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${n&&n.length>0?A`<${ur} rows=${n} today=${s} />`:null}
    ${n&&n.length>0?A`<table class="queue">
          <caption>${t("queueTitle")} · ${V(s,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${n.map(c=>A`<tr class=${c.case.overdue?"overdue":""}>
                <td>${c.case.overdue?A`<strong class="badge overdue">${t("overdue")}</strong>`:c.case.due===s?A`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${V(c.case.due,e)}</td>
                <td>${An(t,c.case)}</td>
                <td><${te} href=${"/app/organisations/"+c.org.id}>${c.org.name}<//></td>
                <td><code>${c.case.rule}</code></td>
                <td>${V(c.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var mr=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],hr=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function _n({params:t}){let{t:e,lang:i}=ae(),[n,r]=v(t.get("name")??""),[o,a]=v(t.get("code")??""),[s,c]=v(t.get("status")??""),[l,u]=v(null),[$,d]=v(null),[h,f]=v(!1),m=ye(async _=>{f(!0),d(null);try{u(await k(hr,{filter:_},{lang:i}))}catch(I){d(I),u(null)}finally{f(!1)}},[i]),p=(_,I,S)=>{let b={};return x(_)&&(b.nameContains=x(_)),ee(I)&&(b.creditCode=ee(I)),S&&(b.status=S),b};M(()=>{t.toString()&&m(p(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),m]);let g=_=>{_.preventDefault();let I=new URLSearchParams;x(n)&&I.set("name",x(n)),ee(o)&&I.set("code",ee(o)),s&&I.set("status",s),a(ee(o));let S="/app/search"+(I.toString()?"?"+I:"");S===location.pathname+location.search?m(p(n,o,s)):Ge(S)},E=$&&($.field==="creditCode"||/credit/i.test($.field??""))?$:null;return A`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${g} role="search">
      <${oe} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${n} onInput=${_=>r(_.currentTarget.value)} />
      <//>
      <${oe} id="search-code" label=${e("searchCreditCode")} error=${E}>
        <input id="search-code" value=${o} spellcheck=${!1} autocomplete="off"
          aria-describedby=${pe("search-code",E)} aria-invalid=${E?"true":void 0}
          onInput=${_=>a(_.currentTarget.value)} onBlur=${()=>a(ee(o))} />
      <//>
      <${oe} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${s} onChange=${_=>c(_.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${mr.map(_=>A`<option value=${_}>${e("statuses."+_)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${h}>${e("search")}</button>
    </form>
    ${E?null:A`<${se} error=${$} />`}
    ${l?l.organisations.nodes.length===0?A`<p class="empty" role="status">${e("noResults")}</p>`:A`<table class="results">
            <caption role="status">${e("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(_=>A`<tr>
                  <td><${te} href=${"/app/organisations/"+_.id}>${_.name}<//></td>
                  <td><code>${_.creditCode}</code></td>
                  <td>${_.kind?e("kinds."+_.kind):""}</td>
                  <td><${Tn} status=${_.status} /></td>
                  <td>${N(_.appliedAt,i)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var $r=`query Profile($id: UUID!) {
  organisation(id: $id) {
    id name kind status creditCode jurisdiction domicile purpose businessScope
    legalRepresentative { name idNumber phone }
    registeredFunds supervisoryUnit publicFundraising appliedAt registeredAt refusedAt refusalReason decisionDue establishmentDue version
    members { individual unit }
    rating { label score validUntil }
    creditStanding { list reason listedAt }
    creditHistory { list reason listedAt endedAt }
    annualReports { year submittedAt conclusion notFiledDue }
    openCases { kind year rule due overdue }
  }
}`,Sn={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function fr({org:t,onDecided:e}){let{t:i,lang:n,claims:r}=ae(),[o,a]=v(""),[s,c]=v(null),[l,u]=v(null),$=ie(!1),d=ie({}),h=Sn[t.status];if(!h||r?.role!=="registrar")return null;let f=async g=>{if($.current)return;$.current=!0,u(g),c(null),d.current[g]??=he();let E={organisationId:t.id,commandId:d.current[g],expectedVersion:t.version};g==="refuse"&&(E.reason=x(o));let _=h[g];try{await k(`mutation($i: ${h[g+"Type"]}!) { ${_}(input: $i) { version } }`,{i:E},{lang:n}),delete d.current[g];let I=t.status==="PREP_APPLIED";e(i(g==="approve"?I?"preparationApproved":"approved":I?"preparationRefused":"refused"))}catch(I){I.code!=="NETWORK"&&delete d.current[g],c({action:g,error:I})}finally{$.current=!1,u(null)}},m=s?.action==="approve"?s.error:null,p=s?.action==="refuse"?s.error:null;return A`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${i("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>f("approve")} disabled=${l!=null} aria-describedby=${m?"approve-error":void 0}>${i(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${se} error=${m} id="approve-error" />
    </div>
    <form class="action" onSubmit=${g=>(g.preventDefault(),f("refuse"))}>
      <${oe} id="refuse-reason" label=${i("refuseReason")} error=${p}>
        <textarea id="refuse-reason" rows="3" value=${o} aria-required="true"
          aria-describedby=${pe("refuse-reason",p)} aria-invalid=${p?"true":void 0}
          onInput=${g=>a(g.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${i(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function gr({rows:t}){return A`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,i])=>A`<div><dt>${e}</dt><dd>${i}</dd></div>`)}
  </dl>`}function En({id:t,flash:e}){let{t:i,lang:n}=ae(),[r,o]=v(void 0),[a,s]=v(null),[c,l]=v(e),u=ye(()=>{k($r,{id:t},{lang:n}).then(d=>o(d.organisation),d=>s(d))},[t,n]);if(M(u,[u]),a)return A`<main id="main"><${se} error=${a} /></main>`;if(r===void 0)return A`<main id="main"><p role="status">${i("loading")}</p></main>`;if(r===null)return A`<main id="main"><p class="empty">${i("notFound")}</p></main>`;let $=r.legalRepresentative;return A`<main id="main" class="profile">
    <h1>${r.name} <${Tn} status=${r.status} /></h1>
    ${c?A`<p class="notice" role="status">${c}</p>`:null}
    <${gr}
      rows=${[[i("creditCode"),A`<code>${r.creditCode}</code>`],[i("kind"),r.kind?i("kinds."+r.kind)+(r.publicFundraising?` \xB7 ${i("publicFundraising")}`:""):null],[i("jurisdiction"),r.jurisdiction],[i("domicile"),r.domicile],[i("purpose"),r.purpose],[i("businessScope"),r.businessScope],[i("legalRepresentative"),$?[$.name,$.idNumber,$.phone].filter(Boolean).join(" \xB7 "):null],[i("registeredFunds"),O(r.registeredFunds)],[i("supervisoryUnitShort"),r.supervisoryUnit],[i("members"),r.members?i("memberCounts",{individual:r.members.individual,unit:r.members.unit}):null],[i("appliedAt"),N(r.appliedAt,n)],[i("decisionDue"),Sn[r.status]?V(r.decisionDue,n):null],[i("registeredAt"),N(r.registeredAt,n)],[i("refusedAt"),N(r.refusedAt,n)],[i("refusalReason"),r.refusalReason],[i("version"),String(r.version)]]}
    />
    <${fr} key=${r.version} org=${r} onDecided=${d=>(l(d),u())} />
    <${br} key=${"e"+r.version} org=${r} onDone=${d=>(l(d),u())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${i("openCases")}</h2>
      ${r.openCases.length===0?A`<p>${i("none")}</p>`:A`<ul class="cases">${r.openCases.map(d=>A`<li class=${d.overdue?"overdue":""}>${An(i,d)} · ${i("due")} ${V(d.due,n)} ${d.overdue?A`<strong class="badge overdue">${i("overdue")}</strong>`:null} <code>${d.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${i("annualReports")}</h2>
      ${r.annualReports.length===0?A`<p>${i("none")}</p>`:A`<table><caption class="sr-only">${i("annualReports")}</caption>
            <thead><tr><th scope="col">${i("year")}</th><th scope="col">${i("submittedAt")}</th><th scope="col">${i("conclusion")}</th><th scope="col">${i("notFiledDue")}</th></tr></thead>
            <tbody>${r.annualReports.map(d=>A`<tr><td>${d.year}</td><td>${N(d.submittedAt,n)}</td><td>${d.conclusion?i("conclusions."+d.conclusion):""}</td><td>${V(d.notFiledDue,n)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${i("creditStanding")}</h2>
      <p><span class=${"list list-"+r.creditStanding.list.toLowerCase()}>${i("lists."+r.creditStanding.list)}</span>
        ${r.creditStanding.reason?` \xB7 ${r.creditStanding.reason}`:""}
        ${r.creditStanding.listedAt?` \xB7 ${N(r.creditStanding.listedAt,n)}`:""}</p>
      ${r.creditHistory.length>0?A`<table><caption>${i("creditHistory")}</caption>
            <thead><tr><th scope="col">${i("creditStanding")}</th><th scope="col">${i("reason")}</th><th scope="col">${i("listedAt")}</th><th scope="col">${i("endedAt")}</th></tr></thead>
            <tbody>${r.creditHistory.map(d=>A`<tr><td>${i("lists."+d.list)}</td><td>${d.reason}</td><td>${N(d.listedAt,n)}</td><td>${N(d.endedAt,n)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${i("rating")}</h2>
      <p>${r.rating?i("ratingScore",{label:r.rating.label,score:r.rating.score,until:V(r.rating.validUntil,n)}):i("noRating")}</p>
    </section>
  </main>`}function Cn({prefix:t,values:e,set:i,error:n}){let{t:r}=ae(),o=ot(n)?n:null;return A`<fieldset class="members">
    <legend>${r("members")}</legend>
    <${oe} id=${t+"-individual"} label=${r("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${pe(t+"-members",o)} aria-invalid=${o?"true":void 0}
        onInput=${a=>i("individualMembers",a.currentTarget.value)} />
    <//>
    <${oe} id=${t+"-unit"} label=${r("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${pe(t+"-members",o)} aria-invalid=${o?"true":void 0}
        onInput=${a=>i("unitMembers",a.currentTarget.value)} />
    <//>
    <${se} error=${o} id=${t+"-members-error"} />
  </fieldset>`}function br({org:t,onDone:e}){let{t:i,lang:n,claims:r}=ae(),[o,a]=v({}),[s,c]=v(null),[l,u]=v(!1),$=ie(!1),d=ie(null);if(t.status!=="PREPARING"||r?.role!=="registrar")return null;let h=(p,g)=>a(E=>({...E,[p]:g})),f=async p=>{if(p.preventDefault(),$.current)return;$.current=!0,u(!0),c(null),d.current??=he();let g={organisationId:t.id,individualMembers:Ve(o.individualMembers??"0"),unitMembers:Ve(o.unitMembers??"0"),commandId:d.current,expectedVersion:t.version};try{await k("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:g},{lang:n}),d.current=null,e(i("establishmentApplied"))}catch(E){E.code!=="NETWORK"&&(d.current=null),c(E)}finally{$.current=!1,u(!1)}},m=ot(s)?s:null;return A`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${i("establishment")}</h2>
    <p>${i("establishmentDue",{due:V(t.establishmentDue,n)})}</p>
    <form onSubmit=${f}>
      <${Cn} prefix="establish" values=${o} set=${h} error=${s} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${i("applyEstablishment")}</button>
        ${s&&!m?A`<${se} error=${s} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var vr=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,yr=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function Ve(t){let e=ee(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var rt=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],_r=t=>"apply-"+t.replace(/\./g,"-"),Rn={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},ot=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||Rn[t.rule]==="members");function Er(t){if(ot(t))return"members";if(!t?.field)return t?.rule&&Rn[t.rule]||null;let e=rt.find(([r])=>r===t.field);if(e)return e[0];let i=t.field.split(".").pop(),n=rt.find(([r])=>r.split(".").pop()===i);return n?n[0]:null}function Ir(){let{t,lang:e,claims:i}=ae(),[n,r]=v({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:i.jurisdiction??""}),[o,a]=v(null),[s,c]=v(!1),l=ie(!1),u=ie(null),$=(m,p)=>r(g=>({...g,[m]:p})),d=async m=>{if(m.preventDefault(),l.current)return;l.current=!0,c(!0),a(null),u.current??=he();let p=_=>x(n[_]),g={name:p("name"),kind:n.kind,creditCode:ee(n.creditCode),domicile:p("domicile"),purpose:p("purpose"),businessScope:p("businessScope"),legalRepresentative:{name:p("legalRepresentative.name"),idNumber:ee(n["legalRepresentative.idNumber"]),phone:p("legalRepresentative.phone")},registeredFunds:$e(n.registeredFunds),jurisdiction:p("jurisdiction"),publicFundraising:n.kind==="FOUNDATION"&&n.publicFundraising,commandId:u.current};p("supervisoryUnit")&&(g.supervisoryUnit=p("supervisoryUnit"));let E=n.kind==="SOCIAL_GROUP"&&n.twoStage;E&&(delete g.kind,delete g.publicFundraising,g.individualMembers=Ve(n.individualMembers??"0"),g.unitMembers=Ve(n.unitMembers??"0"));try{let _=await k(E?yr:vr,{i:g},{lang:e});u.current=null;let I=E?_.applyForPreparation:_.applyForRegistration;Ge("/app/organisations/"+I.organisation.id+"?applied=1")}catch(_){_.code!=="NETWORK"&&(u.current=null),a(_)}finally{l.current=!1,c(!1)}},h=Er(o),f=m=>h===m?o:null;return A`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${d} novalidate>
      <${oe} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${n.kind} onChange=${m=>$("kind",m.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(m=>A`<option value=${m}>${t("kinds."+m)}</option>`)}
        </select>
      <//>
      ${rt.map(([m,p,g])=>{let E=_r(m),_=f(m),I={id:E,name:m,value:n[m]??"","aria-describedby":pe(E,_),"aria-invalid":_?"true":void 0,onInput:S=>$(m,S.currentTarget.value)};return m==="creditCode"&&(I.onBlur=()=>$(m,ee(n[m]))),m==="registeredFunds"&&(I.inputmode="decimal"),A`<${oe} id=${E} label=${t(p)} error=${_}>
          ${g==="textarea"?A`<textarea rows="2" ...${I}></textarea>`:A`<input ...${I} />`}
        <//>`})}
      ${n.kind==="SOCIAL_GROUP"?A`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!n.twoStage} onChange=${m=>$("twoStage",m.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${n.twoStage?A`<${Cn} prefix="apply" values=${n} set=${$} error=${o} />`:null}`:null}
      ${n.kind==="FOUNDATION"?A`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${n.publicFundraising} onChange=${m=>$("publicFundraising",m.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${oe} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${n.jurisdiction} inputmode="numeric" onInput=${m=>$("jurisdiction",m.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${s}>${t(s?"submitting":"submit")}</button>
        ${o&&!h?A`<${se} error=${o} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function Tr({onSignOut:t,onLanguage:e}){let{t:i,claims:n}=ae();return A`<header class="top">
    <a class="skip" href="#main">${i("skipToMain")}</a>
    <div class="brand">${i("appTitle")}</div>
    <nav aria-label=${i("nav")}>
      ${n?.jurisdiction&&n.role!=="purchaser"?A`<${te} href="/app/">${i("navQueue")}<//>`:null}
      <${te} href="/app/procurements">${i("proc.nav")}<//>
      ${n?.role==="ngo"?A`<${te} href="/app/eligible">${i("proc.navEligible")}<//> <${te} href="/app/bids">${i("proc.navMyBids")}<//>`:null}
      ${n?.role==="evaluator"?A`<${te} href="/app/committees">${i("eval.nav")}<//>`:null}
      ${n?.role==="ngo"||n?.role==="purchaser"?A`<${te} href="/app/contracts">${i(n.role==="ngo"?"con.navMine":"con.navUnit")}<//>`:null}
      <${te} href="/app/search">${i(n?"navSearch":"navPublicSearch")}<//>
      ${n?.role==="registrar"?A`<${te} href="/app/apply">${i("navApply")}<//>`:null}
      ${n?.role==="auditor"||n?.role==="admin"?A`<${te} href="/app/audit">${i("audit.nav")}<//>`:null}
      ${n?null:A`<${te} href="/app/">${i("signIn")}<//>`}
    </nav>
    <div class="who">
      ${n?A`<span class="identity" aria-label=${i("signedInAs")}>
            <span class="subject">${n.sub}</span>
            <span class="role">${i("roles."+n.role)}</span>
            ${n.jurisdiction?A`<span class="jurisdiction">${i("jurisdiction")} ${n.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${i("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${i("switchLanguageLabel")} onClick=${e}>${i("switchLanguage")}</button>
      ${n?A`<button type="button" class="link" id="sign-out" onClick=${t}>${i("signOut")}</button>`:null}
    </div>
  </header>`}function Ar(t){let e=t?Le(t):null;return e&&e.exp*1e3>Date.now()?e:null}function Sr(){let[t,e]=v(Ee.get()),[i,n]=v(ue.token()),[r,o]=v(null),[a,s]=v(yn()),c=Ar(i),l=ye((f,m)=>_e(t,f,m),[t]);M(()=>{let f=()=>s(yn());return addEventListener("popstate",f),()=>removeEventListener("popstate",f)},[]),M(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${_e(t,"appTitle")} \xB7 civic-ledger`},[t]);let u=ye((f=null)=>{ue.clear(),n(null),o(f)},[]);M(()=>Vt(()=>u(_e(Ee.get(),"sessionEnded"))),[u]),M(()=>{if(!i)return;let f=Le(i)?.exp*1e3,m=()=>u(_e(Ee.get(),"tokenExpired"));if(!(f>Date.now()))return m();let p=setTimeout(m,Math.min(f-Date.now(),2**31-1));return()=>clearTimeout(p)},[i,u]);let $={t:l,lang:t,claims:c},d={t:l,lang:t,claims:c,ErrorText:se,Link:te,navigate:Ge},h;return a.screen==="procurements"||a.screen==="home"&&c?.role==="purchaser"?h=A`<${mn} key=${location.search} ui=${d} params=${a.params??new URLSearchParams(c?"mine=1":"")} />`:a.screen==="procurement"?h=A`<${$n} key=${a.id+location.search} ui=${d} id=${a.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:a.screen==="contract"?h=A`<${sn} key=${a.id+location.search} ui=${d} id=${a.id} flash=${new URLSearchParams(location.search).has("signed")?l("con.signed"):null} />`:(c?.role==="ngo"||c?.role==="purchaser")&&a.screen==="contracts"?h=A`<${dn} ui=${d} />`:c?.role==="purchaser"&&a.screen==="draft"?h=A`<${hn} ui=${d} />`:c?.role==="ngo"&&(a.screen==="eligible"||a.screen==="home")?h=A`<${zt} ui=${d} />`:c?.role==="ngo"&&a.screen==="bids"?h=A`<${Jt} ui=${d} />`:c?.role==="evaluator"&&(a.screen==="committees"||a.screen==="home")?h=A`<${bn} ui=${d} />`:c?.role==="evaluator"&&a.screen==="committee"?h=A`<${vn} key=${a.id} ui=${d} id=${a.id} />`:!c&&(a.screen==="search"||a.screen==="organisation")?h=a.screen==="search"?A`<${_n} params=${a.params} />`:A`<${En} key=${a.id} id=${a.id} flash=${null} />`:c?a.screen==="audit"?h=A`<${Kt} t=${l} lang=${t} ErrorText=${se} params=${a.params} />`:a.screen==="organisation"?h=A`<${En} key=${a.id+location.search} id=${a.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:a.screen==="search"||a.screen==="home"&&!c.jurisdiction?h=A`<${_n} params=${a.params??new URLSearchParams} />`:a.screen==="apply"?h=A`<${Ir} />`:h=A`<${pr} />`:h=A`<${sr} notice=${r} onToken=${f=>(ue.save(f),n(f),o(null))} />`,A`<${In.Provider} value=${$}>
    <${Tr}
      onSignOut=${()=>u(null)}
      onLanguage=${()=>{let f=t==="en"?"zh":"en";Ee.set(f),e(f)}}
    />
    ${h}
  <//>`}Et(A`<${Sr} />`,document.getElementById("root"));})();
