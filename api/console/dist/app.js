(()=>{var Oe,B,_t,ni,pe,bt,It,Tt,Je,we,Ee,At,nt,Xe,et,St,Pe={},Ne=[],ii=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Le=Array.isArray;function ue(t,e){for(var n in e)t[n]=e[n];return t}function it(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function Z(t,e,n){var i,o,r,a={};for(r in e)r=="key"?i=e[r]:r=="ref"?o=e[r]:a[r]=e[r];if(arguments.length>2&&(a.children=arguments.length>3?Oe.call(arguments,2):n),typeof t=="function"&&t.defaultProps!=null)for(r in t.defaultProps)a[r]===void 0&&(a[r]=t.defaultProps[r]);return Re(t,a,i,o,null)}function Re(t,e,n,i,o){var r={type:t,props:e,key:n,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++_t,__i:-1,__u:0};return o==null&&B.vnode!=null&&B.vnode(r),r}function xe(t){return t.children}function De(t,e){this.props=t,this.context=e}function me(t,e){if(e==null)return t.__?me(t.__,t.__i+1):null;for(var n;e<t.__k.length;e++)if((n=t.__k[e])!=null&&n.__e!=null)return n.__e;return typeof t.type=="function"?me(t):null}function ri(t){if(t.__P&&t.__d){var e=t.__v,n=e.__e,i=[],o=[],r=ue({},e);r.__v=e.__v+1,B.vnode&&B.vnode(r),rt(t.__P,r,e,t.__n,t.__P.namespaceURI,32&e.__u?[n]:null,i,n??me(e),!!(32&e.__u),o),r.__v=e.__v,r.__.__k[r.__i]=r,Pt(i,r,o),e.__e=e.__=null,r.__e!=n&&Ct(r)}}function Ct(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),Ct(t)}function tt(t){(!t.__d&&(t.__d=!0)&&pe.push(t)&&!ke.__r++||bt!=B.debounceRendering)&&((bt=B.debounceRendering)||It)(ke)}function ke(){try{for(var t,e=1;pe.length;)pe.length>e&&pe.sort(Tt),t=pe.shift(),e=pe.length,ri(t)}finally{pe.length=ke.__r=0}}function wt(t,e,n,i,o,r,a,s,c,l,u){var h,d,$,v,m,p,E=i&&i.__k||Ne,T=e.length;for(c=oi(n,e,E,c,T),h=0;h<T;h++)($=n.__k[h])!=null&&(d=$.__i!=-1&&E[$.__i]||Pe,$.__i=h,p=rt(t,$,d,o,r,a,s,c,l,u),v=$.__e,$.ref&&d.ref!=$.ref&&(d.ref&&ot(d.ref,null,$),u.push($.ref,$.__c||v,$)),m==null&&v!=null&&(m=v),4&$.__u?(c=Rt($,c,t),d.__e&&(d.__e=null)):typeof $.type=="function"&&p!==void 0?c=p:v&&(c=v.nextSibling),$.__u&=-7);return n.__e=m,c}function oi(t,e,n,i,o){var r,a,s,c,l,u=n.length,h=u,d=0;for(t.__k=new Array(o),r=0;r<o;r++)(a=e[r])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=t.__k[r]=Re(null,a,null,null,null):Le(a)?a=t.__k[r]=Re(xe,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=t.__k[r]=Re(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):t.__k[r]=a,c=r+d,a.__=t,a.__b=t.__b+1,s=null,(l=a.__i=ai(a,n,c,h))!=-1&&(h--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(o>u?d--:o<u&&d++),typeof a.type!="function"&&(a.__u|=4)):l!=c&&(l==c-1?d--:l==c+1?d++:(l>c?d--:d++,a.__u|=4))):t.__k[r]=null;if(h)for(r=0;r<u;r++)(s=n[r])!=null&&(2&s.__u)==0&&(s.__e==i&&(i=me(s)),kt(s,s));return i}function Rt(t,e,n){var i,o;if(typeof t.type=="function"){for(i=t.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=t,e=Rt(i[o],e,n));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=me(t)),e=n.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function ai(t,e,n,i){var o,r,a,s=t.key,c=t.type,l=e[n],u=l!=null&&(2&l.__u)==0;if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(i>(u?1:0)){for(o=n-1,r=n+1;o>=0||r<e.length;)if((l=e[a=o>=0?o--:r++])!=null&&(2&l.__u)==0&&s==l.key&&c==l.type)return a}return-1}function yt(t,e,n){e[0]=="-"?t.setProperty(e,n??""):t[e]=n==null?"":typeof n!="number"||ii.test(e)?n:n+"px"}function Ce(t,e,n,i,o){var r,a;e:if(e=="style")if(typeof n=="string")t.style.cssText=n;else{if(typeof i=="string"&&(t.style.cssText=i=""),i)for(e in i)n&&e in n||yt(t.style,e,"");if(n)for(e in n)i&&n[e]==i[e]||yt(t.style,e,n[e])}else if(e[0]=="o"&&e[1]=="n")r=e!=(e=e.replace(At,"$1")),a=e.toLowerCase(),e=a in t||e=="onFocusOut"||e=="onFocusIn"?a.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+r]=n,n?i?n[Ee]=i[Ee]:(n[Ee]=nt,t.addEventListener(e,r?et:Xe,r)):t.removeEventListener(e,r?et:Xe,r);else{if(o=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&n==1?"":n))}}function Et(t){return function(e){if(this.l){var n=this.l[e.type+t];if(e[we]==null)e[we]=nt++;else if(e[we]<n[Ee])return;return n(B.event?B.event(e):e)}}}function rt(t,e,n,i,o,r,a,s,c,l){var u,h,d,$,v,m,p,E,T,g,y,f,_,I,C,A,k=e.type;if(e.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),r=[s=e.__e=n.__e]),(u=B.__b)&&u(e);e:if(typeof k=="function"){h=a.length;try{if(T=e.props,g=k.prototype&&k.prototype.render,y=(u=k.contextType)&&i[u.__c],f=u?y?y.props.value:u.__:i,n.__c?E=(d=e.__c=n.__c).__=d.__E:(g?e.__c=d=new k(T,f):(e.__c=d=new De(T,f),d.constructor=k,d.render=di),y&&y.sub(d),d.state||(d.state={}),d.__n=i,$=d.__d=!0,d.__h=[],d._sb=[]),g&&d.__s==null&&(d.__s=d.state),g&&k.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=ue({},d.__s)),ue(d.__s,k.getDerivedStateFromProps(T,d.__s))),v=d.props,m=d.state,d.__v=e,$)g&&k.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),g&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(g&&k.getDerivedStateFromProps==null&&T!==v&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(T,f),e.__v==n.__v||!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(T,d.__s,f)===!1){e.__v!=n.__v&&(d.props=T,d.state=d.__s,d.__d=!1),e.__e=n.__e,e.__k=n.__k,e.__k.some(function(M){M&&(M.__=e)}),Ne.push.apply(d.__h,d._sb),d._sb=[],d.__h.length&&a.push(d),s=me(n);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(T,d.__s,f),g&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(v,m,p)})}if(d.context=f,d.props=T,d.__P=t,d.__e=!1,_=B.__r,I=0,g)d.state=d.__s,d.__d=!1,_&&_(e),u=d.render(d.props,d.state,d.context),Ne.push.apply(d.__h,d._sb),d._sb=[];else do d.__d=!1,_&&_(e),u=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++I<25);d.state=d.__s,d.getChildContext!=null&&(i=ue(ue({},i),d.getChildContext())),g&&!$&&d.getSnapshotBeforeUpdate!=null&&(p=d.getSnapshotBeforeUpdate(v,m)),C=u!=null&&u.type===xe&&u.key==null?Nt(u.props.children):u,s=wt(t,Le(C)?C:[C],e,n,i,o,r,a,s,c,l),d.base=e.__e,e.__u&=-161,d.__h.length&&a.push(d),E&&(d.__E=d.__=null)}catch(M){if(a.length=h,e.__v=null,c||r!=null){if(M.then){for(e.__u|=c?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;r!=null&&(r[r.indexOf(s)]=null),e.__e=s}else if(r!=null)for(A=r.length;A--;)it(r[A])}else e.__e=n.__e;e.__k==null&&(e.__k=n.__k||[]),M.then||Dt(e),B.__e(M,e,n)}}else r==null&&e.__v==n.__v?(e.__k=n.__k,e.__e=n.__e):s=e.__e=si(n.__e,e,n,i,o,r,a,c,l);return(u=B.diffed)&&u(e),128&e.__u?void 0:s}function Dt(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(Dt))}function Pt(t,e,n){for(var i=0;i<n.length;i++)ot(n[i],n[++i],n[++i]);B.__c&&B.__c(e,t),t.some(function(o){try{t=o.__h,o.__h=[],t.some(function(r){r.call(o)})}catch(r){B.__e(r,o.__v)}})}function Nt(t){return typeof t!="object"||t==null||t.__b>0?t:Le(t)?t.map(Nt):t.constructor!==void 0?null:ue({},t)}function si(t,e,n,i,o,r,a,s,c){var l,u,h,d,$,v,m,p=n.props||Pe,E=e.props,T=e.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),r!=null){for(l=0;l<r.length;l++)if(($=r[l])&&"setAttribute"in $==!!T&&(T?$.localName==T:$.nodeType==3)){t=$,r[l]=null;break}}if(t==null){if(T==null)return document.createTextNode(E);t=document.createElementNS(o,T,E.is&&E),s&&(B.__m&&B.__m(e,r),s=!1),r=null}if(T==null)p===E||s&&t.data==E||(t.data=E);else{if(r=T=="textarea"&&E.defaultValue!=null?null:r&&Oe.call(t.childNodes),!s&&r!=null)for(p={},l=0;l<t.attributes.length;l++)p[($=t.attributes[l]).name]=$.value;for(l in p)$=p[l],l=="dangerouslySetInnerHTML"?h=$:l=="children"||l in E||l=="value"&&"defaultValue"in E||l=="checked"&&"defaultChecked"in E||Ce(t,l,null,$,o);for(l in E)$=E[l],l=="children"?d=$:l=="dangerouslySetInnerHTML"?u=$:l=="value"?v=$:l=="checked"?m=$:s&&typeof $!="function"||p[l]===$||Ce(t,l,$,p[l],o);if(u)s||h&&(u.__html==h.__html||u.__html==t.innerHTML)||(t.innerHTML=u.__html),e.__k=[];else if(h&&(t.innerHTML=""),wt(e.type=="template"?t.content:t,Le(d)?d:[d],e,n,i,T=="foreignObject"?"http://www.w3.org/1999/xhtml":o,r,a,r?r[0]:n.__k&&me(n,0),s,c),r!=null)for(l=r.length;l--;)it(r[l]);s&&T!="textarea"||(l="value",T=="progress"&&v==null?t.removeAttribute("value"):v!=null&&(v!==t[l]||T=="progress"&&!v||T=="option"&&v!=p[l])&&Ce(t,l,v,p[l],o),l="checked",m!=null&&m!=t[l]&&Ce(t,l,m,p[l],o))}return t}function ot(t,e,n){try{if(typeof t=="function"){var i=typeof t.__u=="function";i&&t.__u(),i&&e==null||(t.__u=t(e))}else t.current=e}catch(o){B.__e(o,n)}}function kt(t,e,n){var i,o;if(B.unmount&&B.unmount(t),(i=t.ref)&&(i.current&&i.current!=t.__e||ot(i,null,e)),(i=t.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(r){B.__e(r,e)}i.base=i.__P=i.__n=null}if(i=t.__k)for(o=0;o<i.length;o++)i[o]&&kt(i[o],e,n||typeof t.type!="function");n||it(t.__e),t.__c=t.__=t.__e=void 0}function di(t,e,n){return this.constructor(t,n)}function Ot(t,e,n){var i,o,r,a;e==document&&(e=document.documentElement),B.__&&B.__(t,e),o=(i=typeof n=="function")?null:n&&n.__k||e.__k,r=[],a=[],rt(e,t=(!i&&n||e).__k=Z(xe,null,[t]),o||Pe,Pe,e.namespaceURI,!i&&n?[n]:o?null:e.firstChild?Oe.call(e.childNodes):null,r,!i&&n?n:o?o.__e:e.firstChild,i,a),Pt(r,t,a),t.props.children=null}function Lt(t){function e(n){var i,o;return this.getChildContext||(i=new Set,(o={})[e.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(r){this.props.value!=r.value&&i.forEach(function(a){a.__e=!0,tt(a)})},this.sub=function(r){i.add(r);var a=r.componentWillUnmount;r.componentWillUnmount=function(){i&&i.delete(r),a&&a.call(r)}}),n.children}return e.__c="__cC"+St++,e.__=t,e.Provider=e.__l=(e.Consumer=function(n,i){return n.children(i)}).contextType=e,e}Oe=Ne.slice,B={__e:function(t,e,n,i){for(var o,r,a;e=e.__;)if((o=e.__c)&&!o.__)try{if((r=o.constructor)&&r.getDerivedStateFromError!=null&&(o.setState(r.getDerivedStateFromError(t)),a=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(t,i||{}),a=o.__d),a)return o.__E=o}catch(s){t=s}throw t}},_t=0,ni=function(t){return t!=null&&t.constructor===void 0},De.prototype.setState=function(t,e){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ue({},this.state),typeof t=="function"&&(t=t(ue({},n),this.props)),t&&ue(n,t),t!=null&&this.__v&&(e&&this._sb.push(e),tt(this))},De.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),tt(this))},De.prototype.render=xe,pe=[],It=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Tt=function(t,e){return t.__v.__b-e.__v.__b},ke.__r=0,Je=Math.random().toString(8),we="__d"+Je,Ee="__a"+Je,At=/(PointerCapture)$|Capture$/i,nt=0,Xe=Et(!1),et=Et(!0),St=0;var fe,V,at,xt,_e=0,Gt=[],Q=B,Ft=Q.__b,Ut=Q.__r,Mt=Q.diffed,Bt=Q.__c,Ht=Q.unmount,jt=Q.__;function Ue(t,e){Q.__h&&Q.__h(V,t,_e||e),_e=0;var n=V.__H||(V.__H={__:[],__h:[]});return t>=n.__.length&&n.__.push({}),n.__[t]}function b(t){return _e=1,ci(Kt,t)}function ci(t,e,n){var i=Ue(fe++,2);if(i.t=t,!i.__c&&(i.__=[n?n(e):Kt(void 0,e),function(s){var c=i.__N?i.__N[0]:i.__[0],l=i.t(c,s);c!==l&&(i.__N=[l,i.__[1]],i.__c.setState({}))}],i.__c=V,!V.__f)){var o=function(s,c,l){if(!i.__c.__H)return!0;var u=!1,h=i.__c.props!==s;if(i.__c.__H.__.some(function($){if($.__N){u=!0;var v=$.__[0];$.__=$.__N,$.__N=void 0,v!==$.__[0]&&(h=!0)}}),r){var d=r.call(this,s,c,l);return u?d||h:d}return!u||h};V.__f=!0;var r=V.shouldComponentUpdate,a=V.componentWillUpdate;V.componentWillUpdate=function(s,c,l){if(this.__e){var u=r;r=void 0,o(s,c,l),r=u}a&&a.call(this,s,c,l)},V.shouldComponentUpdate=o}return i.__N||i.__}function x(t,e){var n=Ue(fe++,3);!Q.__s&&Yt(n.__H,e)&&(n.__=t,n.u=e,V.__H.__h.push(n))}function oe(t){return _e=5,qt(function(){return{current:t}},[])}function qt(t,e){var n=Ue(fe++,7);return Yt(n.__H,e)&&(n.__=t(),n.__H=e,n.__h=t),n.__}function Ie(t,e){return _e=8,qt(function(){return t},e)}function Wt(t){var e=V.context[t.__c],n=Ue(fe++,9);return n.c=t,e?(n.__==null&&(n.__=!0,e.sub(V)),e.props.value):t.__}function li(){for(var t;t=Gt.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(Fe),e.__h.some(st),e.__h=[]}catch(n){e.__h=[],Q.__e(n,t.__v)}}}Q.__b=function(t){V=null,Ft&&Ft(t)},Q.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),jt&&jt(t,e)},Q.__r=function(t){Ut&&Ut(t),fe=0;var e=(V=t.__c).__H;e&&(at===V?(e.__h=[],V.__h=[],e.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(e.__h.some(Fe),e.__h.some(st),e.__h=[],fe=0)),at=V},Q.diffed=function(t){Mt&&Mt(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(Gt.push(e)!==1&&xt===Q.requestAnimationFrame||((xt=Q.requestAnimationFrame)||ui)(li)),e.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),at=V=null},Q.__c=function(t,e){e.some(function(n){try{n.__h.some(Fe),n.__h=n.__h.filter(function(i){return!i.__||st(i)})}catch(i){e.some(function(o){o.__h&&(o.__h=[])}),e=[],Q.__e(i,n.__v)}}),Bt&&Bt(t,e)},Q.unmount=function(t){Ht&&Ht(t);var e,n=t.__c;n&&n.__H&&(n.__H.__.some(function(i){try{Fe(i)}catch(o){e=o}}),n.__H=void 0,e&&Q.__e(e,n.__v))};var Vt=typeof requestAnimationFrame=="function";function ui(t){var e,n=function(){clearTimeout(i),Vt&&cancelAnimationFrame(e),setTimeout(t)},i=setTimeout(n,35);Vt&&(e=requestAnimationFrame(n))}function Fe(t){var e=V,n=t.__c;typeof n=="function"&&(t.__c=void 0,n()),V=e}function st(t){var e=V;t.__c=t.__(),V=e}function Yt(t,e){return!t||t.length!==e.length||e.some(function(n,i){return n!==t[i]})}function Kt(t,e){return typeof e=="function"?e(t):e}var Qt=function(t,e,n,i){var o;e[0]=0;for(var r=1;r<e.length;r++){var a=e[r++],s=e[r]?(e[0]|=a?1:2,n[e[r++]]):e[++r];a===3?i[0]=s:a===4?i[1]=Object.assign(i[1]||{},s):a===5?(i[1]=i[1]||{})[e[++r]]=s:a===6?i[1][e[++r]]+=s+"":a?(o=t.apply(s,Qt(t,s,n,["",null])),i.push(o),s[0]?e[0]|=2:(e[r-2]=0,e[r]=o)):i.push(s)}return i},Zt=new Map;function z(t){var e=Zt.get(this);return e||(e=new Map,Zt.set(this,e)),(e=Qt(this,e.get(t)||(e.set(t,e=(function(n){for(var i,o,r=1,a="",s="",c=[0],l=function(d){r===1&&(d||(a=a.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,d,a):r===3&&(d||a)?(c.push(3,d,a),r=2):r===2&&a==="..."&&d?c.push(4,d,0):r===2&&a&&!d?c.push(5,0,!0,a):r>=5&&((a||!d&&r===5)&&(c.push(r,0,a,o),r=6),d&&(c.push(r,d,0,o),r=6)),a=""},u=0;u<n.length;u++){u&&(r===1&&l(),l(u));for(var h=0;h<n[u].length;h++)i=n[u][h],r===1?i==="<"?(l(),c=[c],r=3):a+=i:r===4?a==="--"&&i===">"?(r=1,a=""):a=i+a[0]:s?i===s?s="":a+=i:i==='"'||i==="'"?s=i:i===">"?(l(),r=1):r&&(i==="="?(r=5,o=a,a=""):i==="/"&&(r<5||n[u][h+1]===">")?(l(),r===3&&(c=c[0]),r=c,(c=c[0]).push(2,0,r),r=0):i===" "||i==="	"||i===`
`||i==="\r"?(l(),r=2):a+=i),r===3&&a==="!--"&&(r=4,c=c[0])}return l(),c})(t)),e),arguments,[])).length>1?e:e[0]}var pi={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u673A\u6784\uFF08\u793E\u4F1A\u7EC4\u7EC7 ID\uFF09",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E",nav:"\u7EE9\u6548\u8BC4\u4EF7",mineTitle:"\u6211\u7684\u7EE9\u6548\u8BC4\u4EF7",opened:"\u5F00\u59CB\u65F6\u95F4"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7",idInvalid:"\u8BF7\u7C98\u8D34\u5B8C\u6574\u7684\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7\uFF08UUID\uFF09\u3002"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received"},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third party (organisation id)",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility",nav:"Evaluations",mineTitle:"My performance evaluations",opened:"Opened"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id",idInvalid:"Paste the whole procurement id (a UUID)."},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"}}};function Te(t,e,n={}){let i=e.split(".").reduce((r,a)=>r?.[a],pi[t]);return(typeof i=="string"?i:e).replace(/\{(\w+)\}/g,(r,a)=>(n[a]??`{${a}}`).toString())}function zt(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}var dt="civic-ledger.token",Jt="civic-ledger.lang";function Me(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let n=e[1].replace(/-/g,"+").replace(/_/g,"/"),i=n+"=".repeat((4-n.length%4)%4),o=Uint8Array.from(atob(i),a=>a.charCodeAt(0)),r=JSON.parse(new TextDecoder().decode(o));return r&&typeof r.role=="string"&&typeof r.exp=="number"?r:null}catch{return null}}var $e={token(){return sessionStorage.getItem(dt)},save(t){sessionStorage.setItem(dt,t.trim())},clear(){sessionStorage.removeItem(dt)}},Ae={get(){return localStorage.getItem(Jt)==="en"?"en":"zh"},set(t){localStorage.setItem(Jt,t)}};function ge(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,n=>n.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var j=class extends Error{constructor(e,n={},i=200){super(e),this.code=n.code??"INTERNAL",this.rule=n.rule??null,this.field=n.field??null,this.extensions=n,this.status=i}},Xt=()=>{};function en(t){Xt=t}async function D(t,e,{lang:n,token:i=$e.token()}={}){let o={"content-type":"application/json","accept-language":zt(n)};i&&(o.authorization=`Bearer ${i}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,body:JSON.stringify({query:t,variables:e})})}catch(c){throw new j(c.message,{code:"NETWORK"},0)}let a;try{a=await r.json()}catch{throw new j(`HTTP ${r.status}`,{code:"NETWORK"},r.status)}let s=a.errors?.[0];if(s){let c=new j(s.message,s.extensions??{},r.status);throw r.status===401&&Xt(c),c}return a.data}var tn="Asia/Shanghai";function Be(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function ie(t){return Be(t).replace(/\s+/g,"").toUpperCase()}function L(t){return String(t??"").trim()}function ve(t){return Be(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function N(t){if(t==null||t==="")return"";let e=String(t),n=e.startsWith("-"),[i,o=""]=(n?e.slice(1):e).split("."),r=i.replace(/\B(?=(\d{3})+(?!\d))/g,","),a=(o+"00").slice(0,Math.max(2,o.length));return`${n?"-":""}\xA5${r}.${a}`}function nn(t){return t==="en"?"en-GB":"zh-CN"}function P(t,e){if(!t)return"";let n=new Date(t);return Number.isNaN(n.getTime())?String(t):new Intl.DateTimeFormat(nn(e),{timeZone:tn,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(n)}function G(t,e){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return String(t);let i=new Date(Date.UTC(+n[1],+n[2]-1,+n[3]));return new Intl.DateTimeFormat(nn(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(i)}function He(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:tn}).format(t)}var H=z.bind(Z),mi=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,$i=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,hi=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,fi=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,gi=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,vi=10,bi=1e3,on=/^organisation-[0-9a-fA-F-]{36}$/;function yi(t,e){let n=t("audit.fields."+e);return n==="audit.fields."+e?e:n}var Ei=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function rn(t,e,n,i){return i==null?t("audit.empty"):n==="status"?t("statuses."+i):n==="kind"?t("kinds."+i):n==="registeredFunds"?N(i):Ei.test(i)?P(i,e):i}function _i({t,lang:e,ErrorText:n,onOpen:i}){let[o,r]=b(""),[a,s]=b(null),[c,l]=b(null),[u,h]=b(!1),d=async $=>{$.preventDefault();let v=L(o);if(!v||u)return;if(on.test(v))return i(v);h(!0),l(null);let m=ie(v),p=/^[0-9A-Z]{18}$/.test(m)?{creditCode:m}:{nameContains:v};try{s((await D(mi,{filter:p},{lang:e})).organisations.nodes)}catch(E){l(E),s(null)}finally{h(!1)}};return H`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${d}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${o} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${$=>r($.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${u}>${t("search")}</button>
    </form>
    <${n} error=${c} />
    ${a&&a.length===0?H`<p class="empty" role="status">${t("noResults")}</p>`:null}
    ${a&&a.length>0?H`<ul class="found" aria-label=${t("audit.found")}>
          ${a.map($=>H`<li>
              <button type="button" class="link" onClick=${()=>i("organisation-"+$.id)}>${$.name}</button>
              ${" "}<code>${$.creditCode}</code> ${t("statuses."+$.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function Ii({t,lang:e,changes:n}){return n.length===0?H`<span class="empty">${t("audit.noChange")}</span>`:H`<ul class="changes">
    ${n.map(i=>H`<li>
        <span class="field-name">${yi(t,i.field)}</span>: <del>${rn(t,e,i.field,i.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${rn(t,e,i.field,i.new)}</ins>
      </li>`)}
  </ul>`}function Ti({t,lang:e,ErrorText:n,stream:i,entries:o}){let[r,a]=b(o.length-1),[s,c]=b(null),[l,u]=b(null),h=i.slice(13),d=o[Math.min(r,o.length-1)]?.recordedAt;x(()=>{if(!d)return;let v=!0;return u(null),D(hi,{id:h,at:d},{lang:e}).then(m=>v&&c(m.organisationAsOf),m=>v&&u(m)),()=>{v=!1}},[h,d,e]);let $=d?P(d,e):"";return H`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${o.length-1} step="1" value=${r}
        aria-valuetext=${t("audit.sliderValue",{version:o[r]?.version,when:$})}
        onInput=${v=>a(Number(v.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:o[r]?.version,when:$})}</p>
    </div>
    <${n} error=${l} />
    ${s?H`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${s.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+s.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${s.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${s.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${N(s.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${s.version}</dd></div>
        </dl>`:null}
  </section>`}function Ai({t,lang:e,ErrorText:n,stream:i}){let[o,r]=b([]),[a,s]=b(null),[c,l]=b(!1),[u,h]=b(null),d=async(p,E)=>{l(!0),s(null);try{let T=(await D($i,{s:i,from:p},{lang:e})).recordTimeline;r([...E,T])}catch(T){s(T)}finally{l(!1)}};x(()=>{r([]),h(null),d(0,[])},[i,e]);let $=async()=>{h({busy:!0});try{let p=(await D(gi,{s:i},{lang:e})).verifyStream;h({result:p})}catch(p){h({error:p})}},v=o.flatMap(p=>p.entries),m=o[o.length-1];return H`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${i}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${u?.busy} onClick=${$}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${u?.result?H`<${an} t=${t} failure=${u.result.firstFailure} ok=${t("audit.recordOk",{count:u.result.eventsChecked})} />`:null}
      </div>
      <${n} error=${u?.error} />
    </div>
    <${n} error=${a} />
    ${v.length>0?H`<${Ti} key=${i+v.length} t=${t} lang=${e} ErrorText=${n} stream=${i} entries=${v} />`:null}
    ${v.length>0?H`<table class="timeline">
          <caption>${t("audit.events",{count:m.totalCount})}</caption>
          <thead><tr><th scope="col">${t("version")}</th><th scope="col">${t("audit.when")}</th><th scope="col">${t("audit.who")}</th><th scope="col">${t("audit.what")}</th><th scope="col">${t("audit.reason")}</th><th scope="col">${t("audit.changes")}</th></tr></thead>
          <tbody>
            ${v.map(p=>H`<tr>
                <td>${p.version}</td>
                <td>${P(p.recordedAt,e)}</td>
                <td>${p.actor??t("audit.ledgerItself")}${p.role?H` <span class="role">(${t("roles."+p.role)})</span>`:null}</td>
                <td>${t("audit.kinds."+p.kind)==="audit.kinds."+p.kind?p.kind:t("audit.kinds."+p.kind)}</td>
                <td>${p.reason??""}</td>
                <td><${Ii} t=${t} lang=${e} changes=${p.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:c?H`<p role="status">${t("loading")}</p>`:null}
    ${m?.nextVersion!=null&&o.length<vi?H`<button type="button" disabled=${c} onClick=${()=>d(m.nextVersion,o)}>${t("audit.more")}</button>`:null}
  </section>`}function an({t,failure:e,ok:n}){return e?H`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:H`<p class="notice verify-ok">${n}</p>`}function Si({t,lang:e,ErrorText:n}){let[i,o]=b(null),[r,a]=b(null),[s,c]=b(!1),l=oe(!1),u=async()=>{if(l.current)return;l.current=!0,c(!0),a(null);let h=0,d=0;try{let $=!1;for(let v=0;v<bi&&!$;v++){let m=(await D(fi,{after:h},{lang:e})).verifyLedger;if(d+=m.eventsChecked,h=m.lastPosition,$=m.done||m.firstFailure!=null,o({checked:d,at:h,head:m.head,failure:m.firstFailure,done:$}),!$&&m.eventsChecked===0)break}if(!$)throw new j(t("audit.stalled",{position:h}),{code:"INTERNAL"})}catch($){a($)}finally{l.current=!1,c(!1)}};return H`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t("audit.verify")}</h2>
    <p>${t("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${u} disabled=${s}>${t("audit.verifyButton")}</button>
    </div>
    ${i?H`<div class="field">
          <label for="audit-verify-progress">${t("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(i.head,1)} value=${i.at}>${i.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${i&&!i.done?H`<p>${t("audit.verifying",{checked:i.checked,head:i.head})}</p>`:null}
      ${i?.done?H`<${an} t=${t} failure=${i.failure} ok=${t("audit.ledgerOk",{count:i.checked})} />`:null}
    </div>
    <${n} error=${r} />
  </section>`}function Ci({t,ErrorText:e}){let[n,i]=b(null),[o,r]=b(!1),a=async()=>{if(!o){r(!0),i(null);try{let s=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${$e.token()}`}});if(!s.ok){let d=(await s.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(d?.message??`HTTP ${s.status}`),{code:d?.extensions?.code??"NETWORK"})}let c=/filename="([^"]+)"/.exec(s.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await s.blob()),u=document.createElement("a");u.href=l,u.download=c,document.body.append(u),u.click(),u.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(s){i(s)}finally{r(!1)}}};return H`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${o} onClick=${a}>${t("audit.exportButton")}</button>
    <${e} error=${n} />
  </section>`}function sn({t,lang:e,ErrorText:n,params:i,extra:o=null}){let[r,a]=b(i.get("stream")),s=c=>{a(c),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(c))};return H`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${_i} t=${t} lang=${e} ErrorText=${n} onOpen=${s} />
    ${r&&on.test(r)?H`<${Ai} key=${r} t=${t} lang=${e} ErrorText=${n} stream=${r} />`:null}
    ${o}
    <${Si} t=${t} lang=${e} ErrorText=${n} />
    <${Ci} t=${t} ErrorText=${n} />
  </main>`}var q=z.bind(Z);function ae(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(ve(t));if(!e)return null;let n=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(n)?n:null}function J(t){let e=oe(!1),n=oe(null),[i,o]=b(!1),[r,a]=b(null);return{run:async(c,l,u)=>{if(!e.current){e.current=!0,o(!0),a(null),n.current??=ge();try{let h=await D(c,{i:{...l,commandId:n.current}},{lang:t});n.current=null,await u(h)}catch(h){h.code!=="NETWORK"&&(n.current=null),a(h)}finally{e.current=!1,o(!1)}}},busy:i,error:r,setError:a}}var wi=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,je="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",cn=`query MyBids { myBids(first: 100) { nodes { ${je} } } }`,Ri=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${je} } }`,Di=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${je} } }`,Pi=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${je} } }`;function ln({ui:t}){let{t:e,lang:n,ErrorText:i,Link:o}=t,[r,a]=b(null),[s,c]=b(null);return x(()=>{let l=!0;return D(wi,{after:null},{lang:n}).then(u=>l&&a(u.eligibleProcurements.nodes),u=>l&&c(u)),()=>{l=!1}},[n]),q`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${i} error=${s} />
    ${r==null&&!s?q`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?q`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${r&&r.length>0?q`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${r.map(l=>q`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${o} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${N(l.procurement.budget)}</td>
                <td>${P(l.procurement.bidDeadline,n)}</td>
                <td>
                  ${l.eligible?q`<strong class="badge ok">${e("proc.eligible")}</strong>`:q`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map(u=>q`<li>${u.message} <code class="rule">${u.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Ni(t,e){if(t.length===0)return{};let n=t.map((r,a)=>`$p${a}: UUID!`).join(", "),i=t.map((r,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await D(`query Titles(${n}) { ${i} }`,Object.fromEntries(t.map((r,a)=>["p"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.title]))}function un({ui:t}){let{t:e,lang:n,ErrorText:i,Link:o}=t,[r,a]=b(null),[s,c]=b({}),[l,u]=b(null);return x(()=>{let h=!0;return D(cn,{},{lang:n}).then(async d=>{if(!h)return;a(d.myBids.nodes);let $=[...new Set(d.myBids.nodes.map(m=>m.procurementId))].slice(0,100),v=await Ni($,n);h&&c(v)}).catch(d=>h&&u(d)),()=>{h=!1}},[n]),q`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${i} error=${l} />
    ${r==null&&!l?q`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?q`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${r&&r.length>0?q`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${r.map(h=>q`<tr>
                <td><${o} href=${"/app/procurements/"+h.procurementId}>${s[h.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+h.status)}</td>
                <td>${P(h.sealedAt,n)}</td>
                <td>${h.replacements}</td>
                <td><code class="hash">${h.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function dn({ui:t,prefix:e,command:n,submitLabel:i,onSend:o}){let{t:r,ErrorText:a}=t,[s,c]=b(""),[l,u]=b(""),[h,d]=b(null),$=E=>{E.preventDefault();let T=ae(s);if(T==null)return d(new j(r("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));d(null),o(T,L(l))},v=h??n.error,m=v&&(v.field==="priceFen"||v.field==="price"),p=v&&v.field==="technicalProposal";return q`<form class="bid" onSubmit=${$} novalidate>
    <div class=${"field"+(m?" invalid":"")}>
      <label for=${e+"-price"}>${r("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${s} aria-describedby=${e+"-price-hint"+(m?" "+e+"-price-error":"")}
        aria-invalid=${m?"true":void 0} onInput=${E=>c(E.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${r("proc.priceHint")}</p>
      ${m?q`<${a} error=${v} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(p?" invalid":"")}>
      <label for=${e+"-proposal"}>${r("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${l} aria-invalid=${p?"true":void 0}
        aria-describedby=${p?e+"-proposal-error":void 0} onInput=${E=>u(E.currentTarget.value)}></textarea>
      ${p?q`<${a} error=${v} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${n.busy}>${i}</button>
      ${v&&!m&&!p?q`<${a} error=${v} id=${e+"-error"} />`:null}
    </div>
  </form>`}function pn({ui:t,procurement:e,onChanged:n}){let{t:i,lang:o,ErrorText:r}=t,[a,s]=b(null),[c,l]=b(null),[u,h]=b(null),[d,$]=b(0),v=J(o),m=J(o),p=J(o);x(()=>{let y=!0;return D(cn,{},{lang:o}).then(f=>y&&s(f.myBids.nodes.filter(_=>_.procurementId===e.id)),f=>y&&l(f)),()=>{y=!1}},[o,e.id,d]);let E=y=>()=>{h(i(y)),$(f=>f+1),n()},T=a?.find(y=>y.status==="SUBMITTED"),g=e.status==="PUBLISHED";return q`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${i("proc.myBid")}</h2>
    ${u?q`<p class="notice" role="status">${u}</p>`:null}
    <${r} error=${c} />
    ${T?q`<dl class="facts">
            <div><dt>${i("state")}</dt><dd id="my-bid-status">${i("proc.bidStatuses."+T.status)}</dd></div>
            <div><dt>${i("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${T.commitment}</code></dd></div>
            <div><dt>${i("proc.sealedAt")}</dt><dd>${P(T.sealedAt,o)}</dd></div>
            <div><dt>${i("proc.replacements")}</dt><dd>${T.replacements}</dd></div>
          </dl>
          <p class="hint">${i("proc.sealedNote")}</p>
          ${g?q`<h3>${i("proc.replaceBid")}</h3>
                <${dn} ui=${t} prefix="replace" command=${m} submitLabel=${i("proc.replaceBid")}
                  onSend=${(y,f)=>m.run(Di,{bidId:T.id,priceFen:y,technicalProposal:f,documents:[],expectedVersion:T.version},E("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${p.busy}
                    onClick=${()=>p.run(Pi,{bidId:T.id,expectedVersion:T.version},E("proc.bidWithdrawn"))}>${i("proc.withdrawBid")}</button>
                  <${r} error=${p.error} id="withdraw-error" />
                </div>`:null}`:g?q`<${dn} ui=${t} prefix="bid" command=${v} submitLabel=${i("proc.submitBid")}
            onSend=${(y,f)=>v.run(Ri,{procurementId:e.id,priceFen:y,technicalProposal:f,documents:[]},E("proc.bidSubmitted"))} />`:q`<p class="empty">${i("proc.notTakingBids")}</p>`}
  </section>`}var ce=z.bind(Z);function Ve({id:t,title:e,describe:n,parts:i,format:o=String}){let r=i.reduce((l,u)=>l+Math.max(0,u.value),0),a=600,s=0,c=i.map(l=>{let u=r>0?Math.max(0,l.value)/r*a:0,h=ce`<rect class=${"part "+l.className} x=${s.toFixed(2)} y="0" width=${u.toFixed(2)} height="28" data-part=${l.key} data-value=${l.value} />`;return s+=u,h});return ce`<figure class="chart split-bar" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${a} 28`} preserveAspectRatio="none" role="img" aria-label=${n} focusable="false">
      <rect class="track" x="0" y="0" width=${a} height="28" />
      ${c}
    </svg>
    <ul class="legend">
      ${i.map(l=>ce`<li data-part=${l.key}><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label} ${o(l.value)}</li>`)}
    </ul>
  </figure>`}function mn({id:t,title:e,describe:n,bars:i}){let o=Math.max(1,...i.map(l=>l.count)),r=64,a=110,s=18,c=r*i.length;return ce`<figure class="chart count-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${c} ${s+a+36}`} role="img" aria-label=${n} focusable="false">
      ${i.map((l,u)=>{let h=l.count/o*a,d=u*r+10,$=s+a-h;return ce`<g class=${"bar "+(l.className??"")} data-key=${l.key} data-count=${l.count}>
          <rect x=${d} y=${$.toFixed(2)} width=${r-20} height=${h.toFixed(2)} />
          <text class="count" x=${d+(r-20)/2} y=${($-4).toFixed(2)} text-anchor="middle">${l.count}</text>
          <text class="label" x=${d+(r-20)/2} y=${s+a+16} text-anchor="middle">${l.label}</text>
          ${l.sublabel?ce`<text class="label sub" x=${d+(r-20)/2} y=${s+a+32} text-anchor="middle">${l.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${c} y1=${s+a} y2=${s+a} />
    </svg>
  </figure>`}function $n({id:t,title:e,describe:n,series:i,rows:o,format:r=String}){let a=Math.max(1,...o.flatMap(d=>d.values)),s=220,c=420,l=14,u=i.length*(l+2)+14,h=o.length*u+4;return ce`<figure class="chart paired-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${s+c+140} ${h}`} role="img" aria-label=${n} focusable="false">
      ${o.map((d,$)=>{let v=$*u+4;return ce`<g class="row" data-key=${d.key}>
          <text class="label" x=${s-8} y=${v+u/2-2} text-anchor="end">${d.label}</text>
          ${d.values.map((m,p)=>{let E=m/a*c,T=v+p*(l+2);return ce`<rect class=${"bar "+i[p].className} x=${s} y=${T} width=${E.toFixed(2)} height=${l} data-series=${i[p].className} data-value=${m} />
              <text class="value" x=${s+E+4} y=${T+l-3}>${r(m)}</text>`})}
        </g>`})}
    </svg>
    <ul class="legend">${i.map(d=>ce`<li><span class=${"swatch "+d.className} aria-hidden="true"></span>${d.label}</li>`)}</ul>
  </figure>`}var U=z.bind(Z),ki=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function ct(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(ve(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var Oi=t=>(t/100).toFixed(2),Li="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",fn=`committeeId procurementId status version seats seed constitutedAt concludedAt allSubmitted
  members { ${Li} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,xi=`query MyCommittees { myCommittees(first: 100) { ${fn} } }`,hn=`query Committee($id: UUID!) { committee(id: $id) { ${fn} } }`,Fi=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,Ui="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",Mi="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function Bi(t,e){if(t.length===0)return{};let n=t.map((r,a)=>`$p${a}: UUID!`).join(", "),i=t.map((r,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await D(`query Titles(${n}) { ${i} }`,Object.fromEntries(t.map((r,a)=>["p"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.title]))}function gn({ui:t}){let{t:e,lang:n,claims:i,ErrorText:o,Link:r}=t,[a,s]=b(null),[c,l]=b({}),[u,h]=b(null);return x(()=>{let d=!0;return D(xi,{},{lang:n}).then(async $=>{if(!d)return;s($.myCommittees);let v=await Bi([...new Set($.myCommittees.map(m=>m.procurementId))].slice(0,100),n);d&&l(v)}).catch($=>d&&h($)),()=>{d=!1}},[n]),U`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${o} error=${u} />
    ${a==null&&!u?U`<p role="status">${e("loading")}</p>`:null}
    ${a&&a.length===0?U`<p class="empty">${e("eval.none")}</p>`:null}
    ${a&&a.length>0?U`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${a.map(d=>{let $=d.members.find(m=>m.memberId===i.organisation),v=d.members.filter(m=>m.sitting);return U`<tr>
                <td><${r} href=${"/app/committees/"+d.committeeId}>${c[d.procurementId]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+d.status)}</td>
                <td>${$?e($.sitting?$.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${v.filter(m=>m.submitted).length} / ${v.length}</td>
                <td>${P(d.constitutedAt,n)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function Hi(t,e,n){if(!t||t.field!=="scores.criteria.points")return null;let i=e.find(r=>t.message.includes(r.bidId)),o=n.find(r=>t.message.includes(`'${r.name}'`)||t.message.includes(`\u201C${r.name}\u201D`));return i&&o?`${i.bidId}/${o.key}`:null}function ji({ui:t,committee:e,me:n,bids:i,criteria:o,onDone:r}){let{t:a,lang:s,ErrorText:c}=t,[l,u]=b({}),[h,d]=b(null),$=J(s),v=E=>{E.preventDefault();let T=[];for(let g of i){let y={bidId:g.bidId,criteria:[]};for(let f of o){let _=ct(l[g.bidId+"/"+f.key]??"");if(_==null)return d({key:g.bidId+"/"+f.key,error:new j(a("eval.pointsInvalid",{max:f.maxPoints}),{code:"VALIDATION"})});y.criteria.push({key:f.key,pointsHundredths:_})}T.push(y)}d(null),$.run(Mi,{committeeId:e.committeeId,memberId:n.memberId,scores:T},r)},m=Hi($.error,i,o),p=E=>h?.key===E?h.error:m===E?$.error:null;return U`<form class="sheet" onSubmit=${v} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a("proc.price")}</th>${o.map(E=>U`<th scope="col">${E.name} (${a("eval.max",{max:E.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${i.map((E,T)=>U`<tr>
            <th scope="row">${E.organisationName}</th>
            <td class="money">${N(E.price)}</td>
            ${o.map(g=>{let y=E.bidId+"/"+g.key,f=`score-${T}-${g.key}`,_=p(y);return U`<td class=${"field"+(_?" invalid":"")}>
                <label class="sr-only" for=${f}>${a("eval.scoreLabel",{name:E.organisationName,criterion:g.name})}</label>
                <input id=${f} inputmode="decimal" size="6" value=${l[y]??""} aria-invalid=${_?"true":void 0}
                  aria-describedby=${_?f+"-error":void 0} onInput=${I=>u({...l,[y]:I.currentTarget.value})} />
                ${_?U`<${c} error=${_} id=${f+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${$.busy}>${a("eval.submitSheet")}</button>
      ${$.error&&!m?U`<${c} error=${$.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function Vi({ui:t,committee:e,me:n,bids:i,onDone:o}){let{t:r,lang:a,ErrorText:s}=t,[c,l]=b(i[0]?.organisationId??""),[u,h]=b("OTHER"),[d,$]=b(""),v=J(a),m=E=>{E.preventDefault(),v.run(Ui,{committeeId:e.committeeId,memberId:n.memberId,organisationId:c,kind:u,note:d.trim()},o)},p=v.error?.field==="note";return U`<form class="relation" onSubmit=${m} novalidate>
    <div class="field"><label for="relation-org">${r("eval.relatedBidder")}</label>
      <select id="relation-org" value=${c} onChange=${E=>l(E.currentTarget.value)}>
        ${i.map(E=>U`<option value=${E.organisationId}>${E.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${r("eval.relationKind")}</label>
      <select id="relation-kind" value=${u} onChange=${E=>h(E.currentTarget.value)}>
        ${ki.map(E=>U`<option value=${E}>${r("eval.kinds."+E)}</option>`)}
      </select></div>
    <div class=${"field"+(p?" invalid":"")}><label for="relation-note">${r("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${d} aria-invalid=${p?"true":void 0} aria-describedby=${p?"relation-note-error":void 0}
        onInput=${E=>$(E.currentTarget.value)}></textarea>
      ${p?U`<${s} error=${v.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${v.busy}>${r("eval.declare")}</button>
      ${v.error&&!p?U`<${s} error=${v.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function Gi(t,e,n){let i=t?.find(o=>o.bidId===e)?.criteria.find(o=>o.key===n)?.pointsHundredths;return i==null?"":Oi(i)}function vn({ui:t,id:e}){let{t:n,lang:i,claims:o,ErrorText:r,Link:a}=t,[s,c]=b(void 0),[l,u]=b(null),[h,d]=b(null),[$,v]=b(null);x(()=>{let _=!0;return D(hn,{id:e},{lang:i}).then(async I=>{if(_&&(c(I.committee),I.committee)){let C=await D(Fi,{id:I.committee.procurementId},{lang:i});_&&u(C.procurement)}}).catch(I=>_&&d(I)),()=>{_=!1}},[e,i]);let m=_=>async()=>{let I=await D(hn,{id:e},{lang:i});c(I.committee),v(n(_))};if(s===void 0&&!h)return U`<main id="main"><p role="status">${n("loading")}</p></main>`;if(!s)return U`<main id="main"><h1>${n("eval.committee")}</h1><${r} error=${h} />${h?null:U`<p class="empty">${n("eval.notFound")}</p>`}</main>`;let p=s.members.find(_=>_.memberId===o?.organisation),E=l?.openedBids.filter(_=>_.valid)??[],T=l?.scoring.criteria??[],g=_=>l?.openedBids.find(I=>I.organisationId===_)?.organisationName??_,y=s.members.filter(_=>_.sitting),f=s.status==="SCORING";return U`<main id="main">
    <h1>${n("eval.committee")}${l?U`：<${a} href=${"/app/procurements/"+l.id}>${l.title}<//>`:null}</h1>
    ${$?U`<p class="notice" role="status">${$}</p>`:null}
    <${r} error=${h} />
    <dl class="facts">
      <div><dt>${n("state")}</dt><dd id="committee-status">${n("eval.statuses."+s.status)}</dd></div>
      <div><dt>${n("eval.seats")}</dt><dd>${s.seats}</dd></div>
      <div><dt>${n("eval.sheetsIn")}</dt><dd id="sheets-in">${y.filter(_=>_.submitted).length} / ${y.length}</dd></div>
      <div><dt>${n("eval.constitutedAt")}</dt><dd>${P(s.constitutedAt,i)}</dd></div>
    </dl>

    ${p&&!p.sitting?U`<p class="notice" id="recused">${n("eval.youRecused")}</p>
          <ul class="reasons">${p.recusal.map(_=>U`<li>${g(_.organisationId)} — ${n("eval.kinds."+_.kind)}${_.note?"\uFF1A"+_.note:""}</li>`)}</ul>`:null}
    ${p&&p.sitting&&f&&!p.submitted&&l?U`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${n("eval.yourSheet")}</h2>
            <${ji} ui=${t} committee=${s} me=${p} bids=${E} criteria=${T} onDone=${m("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${n("eval.declareTitle")}</h2>
            <p class="hint">${n("eval.declareHint")}</p>
            <${Vi} ui=${t} committee=${s} me=${p} bids=${E} onDone=${m("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${n("eval.members")}</h2>
      ${s.allSubmitted?null:U`<p class="hint" id="sheets-hidden">${n("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${n("eval.members")}</caption>
        <thead><tr><th scope="col">${n("eval.member")}</th><th scope="col">${n("eval.role")}</th><th scope="col">${n("state")}</th><th scope="col">${n("eval.sheetDigest")}</th>
          ${T.map(_=>U`<th scope="col">${_.name}</th>`)}</tr></thead>
        <tbody>
          ${s.members.map(_=>U`<tr class=${_.memberId===p?.memberId?"me":""}>
              <td>${_.name}${_.memberId===p?.memberId?U` <strong>(${n("eval.you")})</strong>`:null}</td>
              <td>${n("eval.roles."+_.role)}</td>
              <td>${n(_.sitting?_.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${_.sheetDigest?U`<code class="hash">${_.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${T.map(I=>U`<td class="scores">${_.scores?E.map(C=>U`<span class="score">${C.organisationName}：${Gi(_.scores,C.bidId,I.key)}</span> `):_.submitted?U`<span class="hidden">${n("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${s.report?U`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${n("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${s.report.ranking.map(_=>U`<li>${g(_.organisationId)} · ${N(_.price)} · ${n("eval.total",{total:_.total,price:_.priceScore,criteria:_.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${n("eval.sheetsDigest")} <code class="hash">${s.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var F=z.bind(Z),lt="code nameZh nameEn weight",qi=`evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${lt} children { ${lt} children { ${lt} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`,Wi=`query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${qi} } }`,Yi=`query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`,Ki="query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }",Zi="query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }",Qi="mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }",zi="mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }",Ji="mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }",Ge=t=>`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`;function ut(t,e=null){return t.flatMap(n=>n.children?.length?ut(n.children,n):[{leaf:n,group:e}])}function Xi(t,e){return t>=e.excellent*100?"EXCELLENT":t>=e.good*100?"GOOD":t>=e.fair*100?"FAIR":"POOR"}function Se({t,grade:e,id:n}){return e?F`<strong class=${"grade grade-"+e.toLowerCase()} id=${n}>${t("perf.grades."+e)}</strong>`:null}function bn({ui:t,contract:e}){let{t:n,lang:i,claims:o,ErrorText:r,Link:a,navigate:s}=t,c=o?.role==="purchaser"&&o.organisation===e.purchaserUnit,l=o?.role==="ngo"&&o.organisation===e.supplier,u=e.status==="COMPLETED"||e.status==="TERMINATED",[h,d]=b(null),[$,v]=b(null),[m,p]=b(l?"SELF":"PURCHASER"),[E,T]=b(""),g=J(i);if(x(()=>{let f=!0,_={contractId:e.id,mine:c||l};return D(Yi,{f:_},{lang:i}).then(I=>f&&d(I.performanceEvaluations.nodes),I=>f&&v(I)),()=>{f=!1}},[e.id,e.version,i]),!u&&(h??[]).length===0)return null;let y=f=>{f.preventDefault();let _={contractId:e.id,evaluator:m};m==="THIRD_PARTY"&&(_.evaluatorOrganisationId=L(E)),g.run(Qi,_,I=>s("/app/evaluations/"+I.openPerformanceEvaluation.evaluationId))};return F`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${n("perf.title")}</h2>
    <${r} error=${$} />
    ${h&&h.length===0?F`<p class="empty">${n("perf.none")}</p>`:null}
    ${h&&h.length>0?F`<ul class="evaluations">${h.map(f=>F`<li><${a} href=${"/app/evaluations/"+f.evaluationId}>${n("perf.evaluators."+f.evaluator)}<//> · ${n("perf.statuses."+f.status)}
            ${f.grade?F` · ${n("perf.totalIs",{total:f.total})} <${Se} t=${n} grade=${f.grade} />`:null}
            ${f.concludedAt?F` · ${P(f.concludedAt,i)}`:null}</li>`)}</ul>`:null}
    ${u&&(c||l)?F`<form class="open-evaluation" onSubmit=${y}>
          ${c?F`<div class="field"><label for="evaluation-kind">${n("perf.evaluator")}</label>
                <select id="evaluation-kind" value=${m} onChange=${f=>p(f.currentTarget.value)}>
                  ${["PURCHASER","THIRD_PARTY","SELF"].map(f=>F`<option value=${f}>${n("perf.evaluators."+f)}</option>`)}
                </select></div>
              ${m==="THIRD_PARTY"?F`<div class="field"><label for="evaluation-third">${n("perf.thirdParty")}</label>
                    <input id="evaluation-third" spellcheck=${!1} value=${E} onInput=${f=>T(f.currentTarget.value)} /></div>`:null}`:null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${g.busy}>${n(l?"perf.openSelf":"perf.open")}</button>
            <${r} error=${g.error} id="open-evaluation-error" />
          </div>
        </form>`:null}
  </section>`}function er(t,e){return!t||!String(t.field??"").startsWith("scores")?null:e.find(({leaf:n})=>new RegExp(`\\b${n.code}\\b`).test(t.message))?.leaf.code??null}function tr({ui:t,e,onDone:n}){let{t:i,lang:o,ErrorText:r}=t,a=ut(e.indicators),[s,c]=b(()=>Object.fromEntries(e.scores.map(f=>[f.indicator,Ge(f.pointsHundredths)]))),[l,u]=b(e.comment??""),[h,d]=b(null),$=J(o),v=J(o),m=a.map(({leaf:f})=>[f,L(s[f.code]??"")?ct(s[f.code]):void 0]),p=m.reduce((f,[,_])=>f+(_??0),0),E=m.filter(([,f])=>f===void 0).length,T=f=>{f.preventDefault();let _=[];for(let[I,C]of m){if(C===null||C>I.weight*100)return d({code:I.code,error:new j(i("perf.pointsInvalid",{max:I.weight}),{code:"VALIDATION",rule:"PERF-SCORE"})});C!==void 0&&_.push({indicator:I.code,pointsHundredths:C})}d(null),$.run(zi,{evaluationId:e.evaluationId,scores:_,comment:L(l),expectedVersion:e.version},()=>n(i("perf.scoresSaved")))},g=er($.error,a),y=f=>h?.code===f?h.error:g===f?$.error:null;return F`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${i("perf.scoreTitle")}</h2>
    <form onSubmit=${T} novalidate>
      <table class="indicators">
        <caption>${i("perf.indicators")}</caption>
        <thead><tr><th scope="col">${i("perf.group")}</th><th scope="col">${i("perf.indicator")}</th><th scope="col">${i("perf.maxPoints")}</th><th scope="col">${i("perf.points")}</th></tr></thead>
        <tbody>${a.map(({leaf:f,group:_})=>{let I="score-"+f.code,C=y(f.code),A=o==="en"?f.nameEn:f.nameZh;return F`<tr>
            <td>${_?`${o==="en"?_.nameEn:_.nameZh}\uFF08${_.weight}\uFF09`:"\u2014"}</td>
            <th scope="row">${A}</th>
            <td>${f.weight}</td>
            <td class=${"field"+(C?" invalid":"")}>
              <label class="sr-only" for=${I}>${i("perf.scoreLabel",{name:A,max:f.weight})}</label>
              <input id=${I} inputmode="decimal" size="6" value=${s[f.code]??""} aria-invalid=${C?"true":void 0}
                aria-describedby=${C?I+"-error":void 0} onInput=${k=>c({...s,[f.code]:k.currentTarget.value})} />
              ${C?F`<${r} error=${C} id=${I+"-error"} />`:null}
            </td>
          </tr>`})}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${E>0?i("perf.totalSoFar",{total:Ge(p),blank:E}):F`${i("perf.totalWouldBe",{total:Ge(p)})} <${Se} t=${i} grade=${Xi(p,e.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${i("perf.comment")}</label>
        <textarea id="evaluation-comment" rows="3" value=${l} onInput=${f=>u(f.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${$.busy}>${i("perf.submitScores")}</button>
        ${$.error&&!g?F`<${r} error=${$.error} id="submit-scores-error" />`:null}
      </div>
    </form>
    ${e.submissions>0?F`<div class="action">
          <p class="hint">${i("perf.concludeHint")}</p>
          <button type="button" id="conclude-evaluation" disabled=${v.busy}
            onClick=${()=>v.run(Ji,{evaluationId:e.evaluationId,expectedVersion:e.version},()=>n(i("perf.concluded")))}>${i("perf.conclude")}</button>
          <${r} error=${v.error} id="conclude-evaluation-error" />
        </div>`:null}
  </section>`}function nr(t,e){let n={SELF:"ngo",PURCHASER:"purchaser",THIRD_PARTY:"evaluator"}[e.evaluator];return!!t&&t.role===n&&!!t.organisation&&t.organisation===e.evaluatorOrganisationId}function yn({ui:t,id:e}){let{t:n,lang:i,claims:o,ErrorText:r,Link:a}=t,[s,c]=b(void 0),[l,u]=b(null),[h,d]=b(null),[$,v]=b(null),[m,p]=b(0);if(x(()=>{let g=!0;return D(Wi,{id:e},{lang:i}).then(async y=>{if(g&&(c(y.performanceEvaluation),y.performanceEvaluation?.contractId)){let f=await D(Ki,{id:y.performanceEvaluation.contractId},{lang:i});g&&u(f.contract)}}).catch(y=>g&&d(y)),()=>{g=!1}},[e,i,m]),h)return F`<main id="main"><${r} error=${h} /></main>`;if(s===void 0)return F`<main id="main"><p role="status">${n("loading")}</p></main>`;if(s===null)return F`<main id="main"><h1>${n("perf.notFound")}</h1></main>`;let E=Object.fromEntries(s.scores.map(g=>[g.indicator,g.pointsHundredths])),T=nr(o,s)&&s.status==="OPEN";return F`<main id="main" class="evaluation">
    <h1>${n("perf.pageTitle",{title:l?.title??"\u2026"})} <span class="status" id="evaluation-status">${n("perf.statuses."+s.status)}</span></h1>
    ${$?F`<p class="notice" role="status">${$}</p>`:null}
    <p>${n("perf.evaluators."+s.evaluator)} · ${n("perf.openedAt",{at:P(s.openedAt,i)})}
      ${l?F` · <${a} href=${"/app/contracts/"+l.id}>${n("perf.theContract")}<//>`:null}</p>
    ${s.status==="CONCLUDED"?F`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${n("perf.result")}</h2>
          <p id="evaluation-result">${n("perf.resultText",{total:s.total,at:P(s.concludedAt,i)})} <${Se} t=${n} grade=${s.grade} id="evaluation-grade" /></p>
          ${s.comment?F`<p>${n("perf.comment")}：${s.comment}</p>`:null}
        </section>`:null}
    ${T?F`<${tr} key=${s.version} ui=${t} e=${s} onDone=${g=>(v(g),p(y=>y+1))} />`:F`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${n("perf.indicators")}</h2>
          <table class="indicators"><caption class="sr-only">${n("perf.indicators")}</caption>
            <thead><tr><th scope="col">${n("perf.group")}</th><th scope="col">${n("perf.indicator")}</th><th scope="col">${n("perf.maxPoints")}</th><th scope="col">${n("perf.points")}</th></tr></thead>
            <tbody>${ut(s.indicators).map(({leaf:g,group:y})=>F`<tr>
                <td>${y?i==="en"?y.nameEn:y.nameZh:"\u2014"}</td>
                <th scope="row">${i==="en"?g.nameEn:g.nameZh}</th>
                <td>${g.weight}</td>
                <td>${E[g.code]!=null?Ge(E[g.code]):"\u2014"}</td>
              </tr>`)}</tbody></table>
        </section>`}
  </main>`}function En({ui:t,organisationId:e}){let{t:n,lang:i,Link:o}=t,[r,a]=b(null);return x(()=>{let s=!0;return D(Zi,{id:e},{lang:i}).then(c=>s&&a(c.supplierGrades),()=>s&&a([])),()=>{s=!1}},[e,i]),!r||r.length===0?null:F`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${n("perf.gradesTitle")}</h2>
    <table class="grades"><caption class="sr-only">${n("perf.gradesTitle")}</caption>
      <thead><tr><th scope="col">${n("perf.concludedAt")}</th><th scope="col">${n("perf.evaluator")}</th><th scope="col">${n("perf.total")}</th><th scope="col">${n("perf.grade")}</th><th scope="col">${n("perf.contract")}</th></tr></thead>
      <tbody>${r.map(s=>F`<tr>
          <td>${P(s.concludedAt,i)}</td>
          <td>${n("perf.evaluators."+s.evaluator)}${s.countsForEligibility?null:F`<br /><span class="hint">${n("perf.notCounted")}</span>`}</td>
          <td>${s.score}</td>
          <td><${Se} t=${n} grade=${s.grade} /></td>
          <td><${o} href=${"/app/contracts/"+s.contractId}>${n("perf.theContract")}<//></td>
        </tr>`)}</tbody></table>
  </section>`}var ir=`query MyEvaluations { performanceEvaluations(filter: {mine: true}, first: 100) {
  totalCount nodes { evaluationId contractId evaluator status total grade openedAt concludedAt }
} }`;async function rr(t,e){if(t.length===0)return{};let n=t.map((r,a)=>`$c${a}: UUID!`).join(", "),i=t.map((r,a)=>`c${a}: contract(id: $c${a}) { id title }`).join(" "),o=await D(`query Titles(${n}) { ${i} }`,Object.fromEntries(t.map((r,a)=>["c"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.title]))}function _n({ui:t}){let{t:e,lang:n,ErrorText:i,Link:o}=t,[r,a]=b(null),[s,c]=b({}),[l,u]=b(null);return x(()=>{let h=!0;return D(ir,{},{lang:n}).then(async d=>{if(!h)return;let $=d.performanceEvaluations.nodes;a($);let v=await rr([...new Set($.map(m=>m.contractId))].slice(0,100),n);h&&c(v)}).catch(d=>h&&u(d)),()=>{h=!1}},[n]),F`<main id="main">
    <h1>${e("perf.mineTitle")}</h1>
    <${i} error=${l} />
    ${r==null&&!l?F`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?F`<p class="empty">${e("perf.none")}</p>`:null}
    ${r&&r.length>0?F`<table class="board evaluations">
          <caption>${e("perf.mineTitle")}</caption>
          <thead><tr><th scope="col">${e("perf.contract")}</th><th scope="col">${e("perf.evaluator")}</th><th scope="col">${e("state")}</th><th scope="col">${e("perf.total")}</th><th scope="col">${e("perf.grade")}</th><th scope="col">${e("perf.opened")}</th></tr></thead>
          <tbody>${r.map(h=>F`<tr>
              <td><${o} href=${"/app/evaluations/"+h.evaluationId}>${s[h.contractId]??e("perf.theContract")}<//></td>
              <td>${e("perf.evaluators."+h.evaluator)}</td>
              <td>${e("perf.statuses."+h.status)}</td>
              <td>${h.total??"\u2014"}</td>
              <td><${Se} t=${e} grade=${h.grade} /></td>
              <td>${P(h.openedAt,n)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}var w=z.bind(Z),or=`id version status ocdsStatus procurement { id title } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,ar=`query Contract($id: UUID!) { contract(id: $id) { ${or} } }`,sr="query Supplier($id: UUID!) { organisation(id: $id) { name } }",An="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",dr=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${An} } } }`,cr=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${An} } } }`,lr="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",ur="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",pr="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",mr="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }",In=100;function $r(t){let e=t<0,n=Math.abs(t),i=`${Math.floor(n/100)}.${String(n%100).padStart(2,"0")}`;return e?"-"+i:i}var te=t=>N($r(t)),hr=t=>te(t).replace("\xA5","");function fr(t){let e=Be(t).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(e)?Number(e):null}function Sn({t,status:e}){return e?w`<span class=${"status status-"+e.toLowerCase()} id="contract-status">${t("con.statuses."+e)}</span>`:null}function Tn(t){let e={};return t.map(n=>{let i=n.kind==="DELIVERY"?"D":"P";return e[i]=(e[i]??0)+1,{...n,id:i+e[i]}})}function Cn({ui:t,p:e,supplierName:n}){let{t:i,lang:o,ErrorText:r,navigate:a}=t,s=ae(e.award.price)??0,[c,l]=b(e.serviceStart),[u,h]=b(e.serviceEnd),[d,$]=b([{kind:"DELIVERY",title:"",due:e.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:e.serviceEnd,amount:"",follows:"D1"}]),[v,m]=b(null),p=J(o),E=Tn(d),T=E.filter(O=>O.kind==="DELIVERY"),y=E.filter(O=>O.kind==="PAYMENT").map(O=>L(O.amount)?ae(O.amount):0),f=y.reduce((O,Y)=>O+(Y??0),0),_=y.some(O=>O==null),I=s-f,C=(O,Y,K)=>$(W=>W.map((X,ti)=>ti===O?{...X,[Y]:K}:X)),A=O=>$(Y=>[...Y,{kind:O,title:"",due:u,amount:"",follows:O==="PAYMENT"?Tn(Y).filter(K=>K.kind==="DELIVERY").pop()?.id??"":""}]),k=O=>$(Y=>Y.filter((K,W)=>W!==O)),M=O=>{O.preventDefault();let Y=E.findIndex(W=>W.kind==="PAYMENT"&&ae(W.amount)==null);if(Y>=0)return m(new j(i("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+Y}));m(null);let K={procurementId:e.id,supplier:e.award.organisationId,amountFen:s,serviceStart:c,serviceEnd:u,milestones:E.map(W=>({id:W.id,kind:W.kind,title:L(W.title),due:W.due,...W.kind==="PAYMENT"?{amountFen:ae(W.amount),follows:W.follows||null}:{}}))};p.run(lr,K,W=>a("/app/contracts/"+W.signContract.id+"?signed=1"))},re=v??p.error,Xn=O=>re?.field==="milestone-"+O?re:null,Qe=String(re?.field??""),vt=Qe.startsWith("milestone-"),ze=!!re&&!vt&&(Qe.startsWith("milestones")||re.rule==="CON-PAYMENT"&&!Qe),ei=!!re&&!vt&&!ze,ye;return _?ye=i("con.sumUnreadable"):I===0?ye=i("con.sumMatches",{sum:te(f)}):I>0?ye=i("con.sumShort",{sum:te(f),gap:te(I)}):ye=i("con.sumOver",{sum:te(f),gap:te(-I)}),w`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${i("con.signTitle")}</h2>
    <p>${i("con.signIntro")}</p>
    <form onSubmit=${M} novalidate>
      <dl class="facts">
        <div><dt>${i("con.supplier")}</dt><dd id="sign-supplier">${n}</dd></div>
        <div><dt>${i("con.amount")}</dt><dd id="sign-amount">${te(s)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${i("proc.serviceStart")}</label>
          <input id="sign-start" type="date" value=${c} onInput=${O=>l(O.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${i("proc.serviceEnd")}</label>
          <input id="sign-end" type="date" value=${u} onInput=${O=>h(O.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(ze?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${i("con.milestones")}</legend>
        ${E.map((O,Y)=>{let K="ms-"+Y,W=Xn(Y);return w`<div class=${"milestone-row kind-"+O.kind.toLowerCase()} data-id=${O.id}>
            <div class="field id"><span class="label" id=${K+"-id-label"}>${i("con.milestoneId")}</span><code id=${K+"-id"}>${O.id}</code></div>
            <div class="field"><label for=${K+"-kind"}>${i("con.kind")}</label>
              <select id=${K+"-kind"} value=${O.kind} onChange=${X=>C(Y,"kind",X.currentTarget.value)}>
                ${["DELIVERY","PAYMENT"].map(X=>w`<option value=${X}>${i("con.kinds."+X)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${K+"-title"}>${i("con.milestoneTitle",{id:O.id})}</label>
              <input id=${K+"-title"} value=${O.title} onInput=${X=>C(Y,"title",X.currentTarget.value)} /></div>
            <div class="field"><label for=${K+"-due"}>${i("con.due",{id:O.id})}</label>
              <input id=${K+"-due"} type="date" value=${O.due} onInput=${X=>C(Y,"due",X.currentTarget.value)} /></div>
            ${O.kind==="PAYMENT"?w`<div class=${"field"+(W?" invalid":"")}><label for=${K+"-amount"}>${i("con.paymentAmount",{id:O.id})}</label>
                    <input id=${K+"-amount"} inputmode="decimal" value=${O.amount} aria-invalid=${W?"true":void 0}
                      aria-describedby=${W?K+"-amount-error":void 0} onInput=${X=>C(Y,"amount",X.currentTarget.value)}
                      onBlur=${()=>ae(O.amount)!=null&&C(Y,"amount",hr(ae(O.amount)))} />
                    ${W?w`<${r} error=${W} id=${K+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${K+"-follows"}>${i("con.follows",{id:O.id})}</label>
                    <select id=${K+"-follows"} value=${O.follows} onChange=${X=>C(Y,"follows",X.currentTarget.value)}>
                      <option value="">${i("con.followsNone")}</option>
                      ${T.map(X=>w`<option value=${X.id}>${X.id} ${X.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>k(Y)} aria-label=${i("con.removeMilestone",{id:O.id})}>${i("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${d.length>=In} onClick=${()=>A("DELIVERY")}>${i("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" disabled=${d.length>=In} onClick=${()=>A("PAYMENT")}>${i("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(I===0&&!_?" ok":" off")} aria-live="polite">${ye}</p>
        ${ze?w`<${r} error=${re} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${p.busy}>${p.busy?i("submitting"):i("con.sign")}</button>
        ${ei?w`<${r} error=${re} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function gr({t,c:e}){let n=e.paidFen,i=Math.max(0,e.acceptedFen-e.paidFen),o=Math.max(0,e.totalFen-Math.max(e.acceptedFen,e.paidFen)),r=t("con.chartDescribe",{paid:te(n),owed:te(i),later:te(o),total:te(e.totalFen)});return w`<${Ve}
    id="paid-chart"
    title=${t("con.chartTitle")}
    describe=${r}
    format=${te}
    parts=${[{key:"paid",label:t("con.chartPaid"),value:n,className:"paid"},{key:"owed",label:t("con.chartOwed"),value:i,className:"owed"},{key:"later",label:t("con.chartLater"),value:o,className:"later"}]}
  />`}function vr({ui:t,c:e,onDone:n}){let{t:i,lang:o,ErrorText:r}=t,a=e.milestones.filter(C=>C.kind==="DELIVERY"&&!C.accepted),[s,c]=b(a[0]?.id??""),[l,u]=b("true"),[h,d]=b(""),[$,v]=b(""),[m,p]=b(""),[E,T]=b(null),g=J(o);if(a.length===0)return null;let y=C=>{C.preventDefault();let A=fr(h);if(A==null)return T(new j(i("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));T(null),g.run(ur,{contractId:e.id,milestoneId:s,passed:l==="true",recipientsParticipating:A,recipientsNote:L($),report:L(m),expectedVersion:e.version},()=>n(i(l==="true"?"con.acceptedPassed":"con.acceptedFailed")))},f=E??g.error,_=C=>f&&f.field===C,I=f&&!_("recipientsParticipating")&&!_("report");return w`<form class="accept" onSubmit=${y} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${i("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${i("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${s} onChange=${C=>c(C.currentTarget.value)}>
        ${a.map(C=>w`<option value=${C.id}>${C.id} ${C.title}（${G(C.due,o)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${i("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${l==="true"} onChange=${()=>u("true")} />
        <label for="accept-passed">${i("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${l==="false"} onChange=${()=>u("false")} />
        <label for="accept-failed">${i("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(_("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${i("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${h} aria-invalid=${_("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(_("recipientsParticipating")?" accept-recipients-error":"")} onInput=${C=>d(C.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${i("con.recipientsHint")}</p>
      ${_("recipientsParticipating")?w`<${r} error=${f} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${i("con.recipientsNote")}</label>
      <input id="accept-note" value=${$} onInput=${C=>v(C.currentTarget.value)} /></div>
    <div class=${"field"+(_("report")?" invalid":"")}><label for="accept-report">${i("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${m} aria-invalid=${_("report")?"true":void 0}
        aria-describedby=${_("report")?"accept-report-error":void 0} onInput=${C=>p(C.currentTarget.value)}></textarea>
      ${_("report")?w`<${r} error=${f} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${g.busy}>${i("con.acceptSubmit")}</button>
      ${I?w`<${r} error=${f} id="accept-error" />`:null}
    </div>
  </form>`}function br({ui:t,c:e,onDone:n}){let{t:i,lang:o,ErrorText:r}=t,a=e.milestones.filter(I=>I.kind==="PAYMENT"&&I.paidFen<I.amountFen),[s,c]=b(a[0]?.id??""),[l,u]=b(""),[h,d]=b(""),[$,v]=b(null),m=J(o);if(a.length===0)return null;let p=a.find(I=>I.id===s)??a[0],E=I=>{I.preventDefault();let C=ae(l);if(C==null)return v(new j(i("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));v(null),m.run(pr,{contractId:e.id,milestoneId:p.id,amountFen:C,reference:L(h),expectedVersion:e.version},()=>n(i("con.paymentRecorded")))},T=$??m.error,g=T&&(T.field==="amountFen"||T.field==="amount"),y=T&&T.field==="reference",f=T&&!g&&!y,_=e.milestones.find(I=>I.id===p.follows);return w`<form class="pay" onSubmit=${E} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${i("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${i("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${p.id} aria-describedby="pay-milestone-hint" onChange=${I=>c(I.currentTarget.value)}>
        ${a.map(I=>w`<option value=${I.id}>${I.id} ${I.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${i("con.payHint",{left:te(p.amountFen-p.paidFen),delivery:_?`${_.id} ${_.title}`:"\u2014",state:_?.accepted?i("con.deliveryAccepted"):i("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+(g?" invalid":"")}><label for="pay-amount">${i("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${l} aria-invalid=${g?"true":void 0}
        aria-describedby=${g?"pay-amount-error":void 0} onInput=${I=>u(I.currentTarget.value)} />
      ${g?w`<${r} error=${T} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(y?" invalid":"")}><label for="pay-reference">${i("con.reference")}</label>
      <input id="pay-reference" value=${h} aria-invalid=${y?"true":void 0}
        aria-describedby=${y?"pay-reference-error":void 0} onInput=${I=>d(I.currentTarget.value)} />
      ${y?w`<${r} error=${T} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${m.busy}>${i("con.paySubmit")}</button>
      ${f?w`<${r} error=${T} id="pay-error" />`:null}
    </div>
  </form>`}function yr({ui:t,c:e,onDone:n}){let{t:i,lang:o,ErrorText:r}=t,a=J(o);return w`<div class="action">
    <button type="button" id="complete" disabled=${a.busy} onClick=${()=>a.run(mr,{contractId:e.id,expectedVersion:e.version},()=>n(i("con.completed")))}>${i("con.complete")}</button>
    <${r} error=${a.error} id="complete-error" />
  </div>`}function Er(t,e){return e.kind==="PAYMENT"?e.paidFen>=e.amountFen?t("con.paidInFull"):e.paidFen>0?t("con.partlyPaid"):t("con.ocds."+e.ocdsStatus):t("con.ocds."+e.ocdsStatus)}function wn({ui:t,id:e,flash:n}){let{t:i,lang:o,claims:r,ErrorText:a,Link:s}=t,[c,l]=b(void 0),[u,h]=b(null),[d,$]=b(null),[v,m]=b(n),[p,E]=b(0);if(x(()=>{let A=!0;return D(ar,{id:e},{lang:o}).then(async k=>{if(A&&(l(k.contract),k.contract?.supplier)){let M=await D(sr,{id:k.contract.supplier},{lang:o});A&&h(M.organisation?.name??k.contract.supplier)}}).catch(k=>A&&$(k)),()=>{A=!1}},[e,o,p]),d)return w`<main id="main"><${a} error=${d} /></main>`;if(c===void 0)return w`<main id="main"><p role="status">${i("loading")}</p></main>`;if(c===null)return w`<main id="main"><h1>${i("con.notFound")}</h1></main>`;let g=r?.role==="purchaser"&&r.organisation===c.purchaserUnit&&(c.status==="ACTIVE"||c.status==="SUSPENDED"),y=A=>(m(A),E(k=>k+1)),f=(A,k,M)=>w`<div><dt>${i(A)}</dt><dd id=${M}>${k}</dd></div>`,_=Object.fromEntries(c.milestones.map(A=>[A.id,A])),I=c.milestones.flatMap(A=>A.acceptances.map((k,M)=>({m:A,a:k,inForce:M===A.acceptances.length-1}))),C=c.milestones.filter(A=>A.kind==="DELIVERY").every(A=>A.accepted);return w`<main id="main" class="contract">
    <h1>${c.title} <${Sn} t=${i} status=${c.status} /></h1>
    ${v?w`<p class="notice" role="status">${v}</p>`:null}
    <p>${i("con.between",{purchaser:c.purchaser,supplier:u??"\u2026"})} · ${i("jurisdiction")} ${c.jurisdiction} ·${" "}
      <${s} href=${"/app/procurements/"+c.procurement.id}>${i("con.fromProcurement")}<//></p>
    ${c.overdue.unpaidFen>0?w`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${i("con.overdueTitle",{unpaid:te(c.overdue.unpaidFen)})}</h2>
          <ul>${c.overdue.milestones.map(A=>w`<li>${A.milestoneId} ${A.title}：${i("con.overdueSince",{due:G(A.due,o),unpaid:N(A.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${i("con.money")}</h2>
      <dl class="facts money-facts">
        ${f("con.amount",N(c.amount),"contract-amount")}
        ${f("con.supplemented",N(c.supplemented),"contract-supplemented")}
        ${f("con.total",N(c.total),"contract-total")}
        ${f("con.accepted",N(c.accepted),"contract-accepted")}
        ${f("con.paid",N(c.paid),"contract-paid")}
        ${f("con.remaining",N(c.remaining),"contract-remaining")}
        ${f("con.overdue",c.overdue.unpaidFen>0?w`<strong class="badge overdue">${N(c.overdue.unpaid)}</strong>`:N(c.overdue.unpaid),"contract-overdue")}
      </dl>
      <${gr} t=${i} c=${c} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${i("con.terms")}</h2>
      <dl class="facts">
        ${f("con.supplier",u??c.supplier,"contract-supplier")}
        ${f("proc.purchaser",c.purchaser)}
        ${f("proc.item",w`<code>${c.item.code}</code> ${c.item.nameZh}`)}
        ${f("proc.method",i("proc.methods."+c.method))}
        ${f("proc.servicePeriod",`${G(c.serviceStart,o)} \u2013 ${G(c.serviceEnd,o)}`)}
        ${f("con.signedAt",P(c.signedAt,o)+" "+i("proc.chinaTime"))}
        ${c.endedAt?f("con.endedAt",P(c.endedAt,o)):null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${i("con.milestones")}</h2>
      <table class="milestones">
        <caption class="sr-only">${i("con.milestones")}</caption>
        <thead><tr><th scope="col">${i("con.milestoneId")}</th><th scope="col">${i("con.kind")}</th><th scope="col">${i("con.title")}</th><th scope="col">${i("con.dueShort")}</th><th scope="col">${i("con.amountShort")}</th><th scope="col">${i("con.paid")}</th><th scope="col">${i("state")}</th></tr></thead>
        <tbody>${c.milestones.map(A=>w`<tr data-id=${A.id}>
            <td><code>${A.id}</code></td>
            <td>${i("con.kinds."+A.kind)}${A.supplementId?w` <span class="badge">${i("con.fromSupplement")}</span>`:null}</td>
            <td>${A.title}${A.follows?w`<br /><span class="hint">${i("con.followsText",{id:A.follows,title:_[A.follows]?.title??""})}</span>`:null}</td>
            <td>${G(A.due,o)}</td>
            <td class="money">${A.kind==="PAYMENT"?N(A.amount):""}</td>
            <td class="money">${A.kind==="PAYMENT"?N(A.paid):""}</td>
            <td>${Er(i,A)}</td>
          </tr>`)}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${i("con.acceptances")}</h2>
      ${I.length===0?w`<p class="empty">${i("con.noAcceptances")}</p>`:null}
      ${I.length>0?w`<table class="acceptances"><caption class="sr-only">${i("con.acceptances")}</caption>
            <thead><tr><th scope="col">${i("con.milestoneId")}</th><th scope="col">${i("con.result")}</th><th scope="col">${i("con.recipientsShort")}</th><th scope="col">${i("con.report")}</th><th scope="col">${i("con.acceptedAt")}</th><th scope="col">${i("con.paymentDue")}</th></tr></thead>
            <tbody>${I.map(({m:A,a:k,inForce:M})=>w`<tr class=${M?"":"superseded"}>
                <td><code>${A.id}</code> ${A.title}</td>
                <td>${k.passed?w`<strong class="badge ok">${i("con.passed")}</strong>`:w`<span class="badge no">${i("con.failed")}</span>`}${M?null:w` <span class="hint">${i("con.superseded")}</span>`}</td>
                <td>${i("con.recipientsCount",{count:k.recipientsParticipating})}${k.recipientsNote?w`<br /><span class="hint">${k.recipientsNote}</span>`:null}</td>
                <td>${k.report}</td>
                <td>${P(k.acceptedAt,o)}</td>
                <td>${k.paymentDue?G(k.paymentDue,o):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${i("con.payments")}</h2>
      ${c.payments.length===0?w`<p class="empty">${i("con.noPayments")}</p>`:null}
      ${c.payments.length>0?w`<table class="payments"><caption class="sr-only">${i("con.payments")}</caption>
            <thead><tr><th scope="col">${i("con.paidAt")}</th><th scope="col">${i("con.milestoneId")}</th><th scope="col">${i("con.amountShort")}</th><th scope="col">${i("con.reference")}</th><th scope="col">${i("con.onTime")}</th></tr></thead>
            <tbody>${c.payments.map(A=>w`<tr class=${A.late?"overdue":""}>
                <td>${P(A.paidAt,o)}</td>
                <td><code>${A.milestoneId}</code> ${_[A.milestoneId]?.title??""}</td>
                <td class="money">${N(A.amount)}</td>
                <td>${A.reference}</td>
                <td>${A.late?w`<span class="badge overdue">${i("con.late")}</span>`:i("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${c.supplements.length>0?w`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${i("con.supplements")}</h2>
          <ul>${c.supplements.map(A=>w`<li>${P(A.supplementedAt,o)}：${N(A.amount)} · ${A.description}</li>`)}</ul>
        </section>`:null}
    ${c.corrections.length>0?w`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${i("con.corrections")}</h2>
          <ul>${c.corrections.map(A=>w`<li>${P(A.correctedAt,o)}：${A.what==="PAYMENT"?i("con.correctedPayment",{from:te(A.oldAmountFen),to:te(A.newAmountFen)}):i("con.correctedAcceptance",{id:A.milestoneId,from:i(A.oldPassed?"con.passed":"con.failed"),to:i(A.newPassed?"con.passed":"con.failed")})} · ${A.reason}</li>`)}</ul>
        </section>`:null}
    ${c.statusChanges.length>0?w`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${i("con.statusChanges")}</h2>
          <ul>${c.statusChanges.map(A=>w`<li>${P(A.at,o)}：${i("con.statuses."+A.status)}${A.reason?" \xB7 "+A.reason:""}</li>`)}</ul>
        </section>`:null}
    <${bn} ui=${t} contract=${c} />
    ${g?w`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${i("con.actions")}</h2>
          ${c.status==="ACTIVE"?w`<${vr} key=${"a"+p} ui=${t} c=${c} onDone=${y} />`:null}
          <${br} key=${"p"+p} ui=${t} c=${c} onDone=${y} />
          ${c.status==="ACTIVE"&&C?w`<${yr} ui=${t} c=${c} onDone=${y} />`:null}
        </section>`:null}
  </main>`}async function _r(t,e){if(t.length===0)return{};let n=t.map((r,a)=>`$o${a}: UUID!`).join(", "),i=t.map((r,a)=>`o${a}: organisation(id: $o${a}) { id name }`).join(" "),o=await D(`query Names(${n}) { ${i} }`,Object.fromEntries(t.map((r,a)=>["o"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.name]))}function Rn({ui:t}){let{t:e,lang:n,claims:i,ErrorText:o,Link:r}=t,a=i?.role==="ngo",[s,c]=b(null),[l,u]=b({}),[h,d]=b(null);x(()=>{let m=!0;return D(a?dr:cr,{},{lang:n}).then(async p=>{if(!m)return;let E=(a?p.myContracts:p.contracts).nodes;if(c(E),!a){let T=await _r([...new Set(E.map(g=>g.supplier))].slice(0,100),n);m&&u(T)}}).catch(p=>m&&d(p)),()=>{m=!1}},[n,a]);let $=(s??[]).flatMap(m=>m.payments.map(p=>({c:m,pm:p}))).sort((m,p)=>p.pm.paidAt.localeCompare(m.pm.paidAt)),v=e(a?"con.myTitle":"con.unitTitle");return w`<main id="main">
    <h1>${v}</h1>
    <p>${e(a?"con.myIntro":"con.unitIntro")}</p>
    <${o} error=${h} />
    ${s==null&&!h?w`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?w`<p class="empty">${e("con.none")}</p>`:null}
    ${s&&s.length>0?w`<table class="board contracts">
          <caption>${v}</caption>
          <thead><tr><th scope="col">${e("con.title")}</th><th scope="col">${e(a?"proc.purchaser":"con.supplier")}</th><th scope="col">${e("con.total")}</th><th scope="col">${e("con.paid")}</th><th scope="col">${e("con.remaining")}</th><th scope="col">${e("con.overdue")}</th><th scope="col">${e("state")}</th></tr></thead>
          <tbody>${s.map(m=>w`<tr class=${m.overdue.unpaidFen>0?"overdue":""}>
              <td><${r} href=${"/app/contracts/"+m.id}>${m.title}<//></td>
              <td>${a?m.purchaser:l[m.supplier]??w`<code>${m.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${N(m.total)}</td>
              <td class="money">${N(m.paid)}</td>
              <td class="money">${N(m.remaining)}</td>
              <td class="money">${m.overdue.unpaidFen>0?w`<span class="badge overdue">${te(m.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${Sn} t=${e} status=${m.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
    ${a&&s&&s.length>0?w`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${e("con.received")}</h2>
          ${$.length===0?w`<p class="empty">${e("con.noPayments")}</p>`:null}
          ${$.length>0?w`<table class="payments received"><caption class="sr-only">${e("con.received")}</caption>
                <thead><tr><th scope="col">${e("con.paidAt")}</th><th scope="col">${e("con.title")}</th><th scope="col">${e("con.milestoneId")}</th><th scope="col">${e("con.amountShort")}</th><th scope="col">${e("con.reference")}</th><th scope="col">${e("con.onTime")}</th></tr></thead>
                <tbody>${$.map(({c:m,pm:p})=>w`<tr>
                    <td>${P(p.paidAt,n)}</td>
                    <td>${m.title}</td>
                    <td><code>${p.milestoneId}</code></td>
                    <td class="money">${N(p.amount)}</td>
                    <td>${p.reference}</td>
                    <td>${p.late?w`<span class="badge overdue">${e("con.late")}</span>`:e("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var R=z.bind(Z),Ir=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],Tr=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],Nn="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",Ar=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${Nn} } }
}`,Sr=`${Nn} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects }
  report { committeeId ranking { rank bidId organisationId price total } }
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt }
  ended { rule reason at }
  contract { id status }`,Cr=`query One($id: UUID!) { procurement(id: $id) { ${Sr} } }`,Dn=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,wr=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,Rr=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,Dr="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",Pr="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",Nr="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",kr="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",Or="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",Lr="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",xr="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }";function Pn(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function qe(t){let e=new Date(He()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function Ye(t,e){return t.openedBids.find(n=>n.organisationId===e)?.organisationName??e}function kn({t,status:e}){return e?R`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function On({ui:t,params:e}){let{t:n,lang:i,claims:o,ErrorText:r,Link:a,navigate:s}=t,c=o?.role==="purchaser",[l,u]=b(e.get("jurisdiction")??o?.jurisdiction??""),[h,d]=b(e.get("status")??""),[$,v]=b(e.get("item")??""),m=c&&e.get("mine")==="1",[p,E]=b(null),[T,g]=b(null),y=e.toString();x(()=>{let _=e.get("jurisdiction")??o?.jurisdiction;if(!m&&!_)return E(null);let I=m?{mine:!0}:{jurisdiction:_};e.get("status")&&(I.status=e.get("status")),!m&&e.get("item")&&(I.item=e.get("item"));let C=!0;return g(null),D(Ar,{f:I},{lang:i}).then(A=>C&&E(A.procurements),A=>C&&(g(A),E(null))),()=>{C=!1}},[y,i,m]);let f=_=>{_.preventDefault();let I=new URLSearchParams;L(l)&&I.set("jurisdiction",L(l)),h&&I.set("status",h),L($)&&I.set("item",L($).toUpperCase()),s("/app/procurements?"+I.toString())};return R`<main id="main">
    <h1>${n(m?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${n(m?"proc.mineIntro":"proc.boardIntro")}</p>
    ${c?R`<p class="actions">
          <${a} href="/app/procurements/new" class="button">${n("proc.draftTitle")}<//>
          ${" "}<${a} href=${m?"/app/procurements":"/app/procurements?mine=1"}>${n(m?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${m?null:R`<form class="search board-filter" role="search" onSubmit=${f} aria-label=${n("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${n("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${_=>u(_.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${n("state")}</label>
            <select id="board-status" value=${h} onChange=${_=>d(_.currentTarget.value)}>
              <option value="">${n("proc.anyStatus")}</option>
              ${Ir.map(_=>R`<option value=${_}>${n("proc.statuses."+_)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${n("proc.itemCode")}</label>
            <input id="board-item" value=${$} spellcheck=${!1} onInput=${_=>v(_.currentTarget.value)} /></div>
          <button type="submit">${n("search")}</button>
        </form>`}
    <${r} error=${T} />
    ${p&&p.nodes.length===0?R`<p class="empty" role="status">${n("proc.boardEmpty")}</p>`:null}
    ${p&&p.nodes.length>0?R`<table class="board">
          <caption>${n("proc.boardCount",{count:p.totalCount})}</caption>
          <thead><tr><th scope="col">${n("proc.title")}</th><th scope="col">${n("proc.purchaser")}</th><th scope="col">${n("proc.item")}</th><th scope="col">${n("proc.budget")}</th><th scope="col">${n("proc.bidDeadline")}</th><th scope="col">${n("state")}</th></tr></thead>
          <tbody>
            ${p.nodes.map(_=>R`<tr>
                <td><${a} href=${"/app/procurements/"+_.id}>${_.title}<//></td>
                <td>${_.purchaser}</td>
                <td><code>${_.item.code}</code> ${_.item.nameZh}</td>
                <td class="money">${N(_.budget)}</td>
                <td>${P(_.bidDeadline,i)}</td>
                <td><${kn} t=${n} status=${_.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function mt(t,e){let n=[],i=null;for(let s=0;s<5;s++){let c=await D(Rr,{j:t,after:i},{lang:e});if(!c.catalogue)return null;if(n.push(...c.catalogue.items.nodes),!c.catalogue.items.pageInfo.hasNextPage)break;i=c.catalogue.items.pageInfo.endCursor}let o=new Map;for(let s of n)o.set(s.parent??"",[...o.get(s.parent??"")??[],s]);let r=[],a=(s,c)=>{for(let l of(o.get(s)??[]).sort((u,h)=>u.code.localeCompare(h.code)))r.push({...l,depth:c}),c<10&&a(l.code,c+1)};return a("",0),r}function pt(t){let e=L(t).replace(/[\uFF10-\uFF19]/g,n=>String.fromCharCode(n.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var Fr=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],Ur={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function Mr(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(Fr.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:Ur[t.rule]??null}function Ln({ui:t}){let{t:e,lang:n,claims:i,ErrorText:o,navigate:r}=t,[a,s]=b(void 0),[c,l]=b(null),[u,h]=b(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:qe(60),serviceEnd:qe(330),bidDeadline:qe(21)+"T17:00",openingAt:qe(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:e("proc.defaultPlan"),points:"40"},{name:e("proc.defaultTeam"),points:"30"}]})),[d,$]=b(null),v=J(n);x(()=>{let I=!0;return mt(i.jurisdiction,n).then(C=>I&&s(C),C=>I&&l(C)),()=>{I=!1}},[i.jurisdiction,n]);let m=(I,C)=>h(A=>({...A,[I]:C})),p=(I,C,A)=>h(k=>({...k,criteria:k.criteria.map((M,re)=>re===I?{...M,[C]:A}:M)})),E=I=>{I.preventDefault();let C=ae(u.budget),A=ae(u.bidSecurity||"0");if(C==null)return $(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(A==null)return $(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([u.minRating,u.minYears].some(M=>L(M)&&pt(M)==null))return $(new j(e("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));$(null);let k={purchaser:L(u.purchaser),title:L(u.title),description:L(u.description),item:u.item,method:u.method,budgetFen:C,bidSecurityFen:A,serviceStart:u.serviceStart,serviceEnd:u.serviceEnd,requirements:{kinds:u.kinds,minRating:pt(u.minRating),minYearsRegistered:pt(u.minYears)},scoring:{priceWeightPercent:Number(u.priceWeight)||0,criteria:u.criteria.filter(M=>L(M.name)).map((M,re)=>({key:"c"+(re+1),name:L(M.name),maxPoints:Number(M.points)||0}))},bidDeadline:Pn(u.bidDeadline),openingAt:Pn(u.openingAt)};v.run(Dr,k,M=>r("/app/procurements/"+M.draftProcurement.id+"?drafted=1"))},T=d??v.error,g=Mr(T),y=I=>({id:"draft-"+I,"aria-invalid":g===I?"true":void 0,"aria-describedby":g===I?"draft-"+I+"-error":void 0}),f=I=>g===I?R`<${o} error=${T} id=${"draft-"+I+"-error"} />`:null,_=(I,C,A={})=>R`<div class=${"field"+(g===I?" invalid":"")}>
    <label for=${"draft-"+I}>${e(C)}</label>
    <input ...${y(I)} value=${u[A.key??I]} type=${A.type??"text"} inputmode=${A.inputmode}
      onInput=${k=>m(A.key??I,k.currentTarget.value)} />
    ${A.hint?R`<p class="hint">${e(A.hint)}</p>`:null}
    ${f(I)}
  </div>`;return R`<main id="main">
    <h1>${e("proc.draftTitle")}</h1>
    <p>${e("proc.draftIntro",{jurisdiction:i.jurisdiction})}</p>
    <${o} error=${c} />
    ${a===null?R`<p class="error" role="alert">${e("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${E} novalidate>
      ${_("purchaser","proc.purchaser")}
      ${_("title","proc.title")}
      <div class=${"field"+(g==="description"?" invalid":"")}>
        <label for="draft-description">${e("proc.description")}</label>
        <textarea ...${y("description")} rows="3" value=${u.description} onInput=${I=>m("description",I.currentTarget.value)}></textarea>
        ${f("description")}
      </div>
      <div class=${"field"+(g==="item"?" invalid":"")}>
        <label for="draft-item">${e("proc.item")}</label>
        <select ...${y("item")} value=${u.item} onChange=${I=>m("item",I.currentTarget.value)}>
          <option value="">${e("proc.pickItem")}</option>
          ${(a??[]).map(I=>R`<option value=${I.code} disabled=${I.status!=="ACTIVE"}>
              ${"\u3000".repeat(I.depth)}${I.code} ${n==="en"&&I.nameEn?I.nameEn:I.nameZh}${I.status!=="ACTIVE"?" "+e("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${e("proc.itemHint")}</p>
        ${f("item")}
      </div>
      <div class="field">
        <label for="draft-method">${e("proc.method")}</label>
        <select id="draft-method" value=${u.method} onChange=${I=>m("method",I.currentTarget.value)}>
          ${Tr.map(I=>R`<option value=${I}>${e("proc.methods."+I)}</option>`)}
        </select>
      </div>
      ${_("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${_("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${_("serviceStart","proc.serviceStart",{type:"date"})}
      ${_("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${_("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${_("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+(g==="requirements"?" invalid":"")}>
        <legend>${e("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(I=>R`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+I} checked=${u.kinds.includes(I)}
            onChange=${C=>m("kinds",C.currentTarget.checked?[...u.kinds,I]:u.kinds.filter(A=>A!==I))} />
            <label for=${"draft-kind-"+I}>${e("kinds."+I)}</label></div>`)}
        <p class="hint">${e("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${e("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${u.minRating} aria-describedby=${"draft-limits-hint"+(g==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${g==="requirements"?"true":void 0} onInput=${I=>m("minRating",I.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${e("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${u.minYears} aria-describedby=${"draft-limits-hint"+(g==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${g==="requirements"?"true":void 0} onInput=${I=>m("minYears",I.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${e("proc.limitsHint")}</p>
        ${f("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+(g==="scoring"?" invalid":"")}>
        <legend>${e("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${e("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${u.priceWeight} onInput=${I=>m("priceWeight",I.currentTarget.value)}
            aria-invalid=${g==="scoring"?"true":void 0} aria-describedby=${g==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${u.criteria.map((I,C)=>R`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+C}>${e("proc.criterion",{n:C+1})}</label>
              <input id=${"draft-criterion-"+C} value=${I.name} onInput=${A=>p(C,"name",A.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+C}>${e("proc.maxPoints")}</label>
              <input id=${"draft-points-"+C} inputmode="numeric" value=${I.points} onInput=${A=>p(C,"points",A.currentTarget.value)} /></div>
          </div>`)}
        ${f("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${v.busy}>${v.busy?e("submitting"):e("proc.saveDraft")}</button>
        ${T&&!g?R`<${o} error=${T} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function We({ui:t,id:e,label:n,mutation:i,input:o,onDone:r,className:a}){let{lang:s,ErrorText:c}=t,l=J(s);return R`<div class="action">
    <button type="button" id=${e} class=${a} disabled=${l.busy} onClick=${()=>l.run(i,o,r)}>${n}</button>
    <${c} error=${l.error} id=${e+"-error"} />
  </div>`}function Br({ui:t,p:e,challenge:n,onDone:i}){let{t:o,lang:r,ErrorText:a}=t,[s,c]=b("DISMISSED"),[l,u]=b(""),h=J(r),d="answer-"+n.challengeId;return R`<form class="answer" onSubmit=${v=>{v.preventDefault(),h.run(xr,{procurementId:e.id,challengeId:n.challengeId,decision:s,reply:L(l),expectedVersion:e.version},i)}}>
    <div class="field"><label for=${d+"-decision"}>${o("proc.decision")}</label>
      <select id=${d+"-decision"} value=${s} onChange=${v=>c(v.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(v=>R`<option value=${v}>${o("proc.decisions."+v)}</option>`)}
      </select></div>
    <div class="field"><label for=${d+"-reply"}>${o("proc.reply")}</label>
      <textarea id=${d+"-reply"} rows="2" value=${l} onInput=${v=>u(v.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${h.busy}>${o("proc.answer")}</button>
      <${a} error=${h.error} id=${d+"-error"} />
    </div>
  </form>`}function Hr({ui:t,p:e,generation:n,onDone:i}){let{t:o,lang:r,ErrorText:a}=t,[s,c]=b([]),[l,u]=b("5"),[h,d]=b(null),$=J(r);x(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let p=!0;return D(wr,{id:e.id},{lang:r}).then(E=>p&&c(E.procurementCommittees),E=>p&&d(E)),()=>{p=!1}},[e.id,n,r]);let v={procurementId:e.id,expectedVersion:e.version},m=p=>()=>i(o(p));return R`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${o("proc.purchaserActions")}</h2>
    <${a} error=${h} />
    ${e.status==="DRAFT"?R`<p>${o("proc.publishIntro")}</p>
          <${We} ui=${t} id="publish" label=${o("proc.publish")} mutation=${Pr} input=${v} onDone=${m("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?R`<p>${o("proc.openIntro",{at:P(e.openingAt,r)})}</p>
          <${We} ui=${t} id="open-bids" label=${o("proc.openBids")} mutation=${Nr} input=${v} onDone=${m("proc.opened")} />`:null}
    ${e.status==="OPENED"||s.length>0?R`<h3>${o("proc.committees")}</h3>
          ${s.length===0?R`<p class="empty">${o("proc.noCommittee")}</p>`:null}
          ${s.length>0?R`<table class="committees"><caption>${o("proc.committees")}</caption>
                <thead><tr><th scope="col">${o("state")}</th><th scope="col">${o("proc.seats")}</th><th scope="col">${o("proc.submitted")}</th><th scope="col">${o("proc.constitutedAt")}</th></tr></thead>
                <tbody>${s.map(p=>R`<tr><td>${o("proc.committeeStatuses."+p.status)}</td><td>${p.sitting} / ${p.seats}</td><td>${p.submitted} / ${p.sitting}</td><td>${P(p.constitutedAt,r)}</td></tr>`)}</tbody></table>`:null}
          ${s.filter(p=>p.status==="SCORING").map(p=>p.submitted<p.sitting?R`<p class="hint" id="committee-waiting">${o("proc.waitingSheets",{count:p.sitting-p.submitted})}</p>`:R`<${We} ui=${t} id="conclude" label=${o("proc.conclude")} mutation=${Or}
                    input=${{committeeId:p.committeeId,expectedVersion:p.version}} onDone=${m("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!s.some(p=>p.status==="SCORING")?R`<form class="constitute" onSubmit=${p=>{p.preventDefault(),$.run(kr,{procurementId:e.id,experts:Number(l)||0,representatives:[]},m("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${o("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${p=>u(p.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${$.busy}>${o("proc.constitute")}</button>
                  <${a} error=${$.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?R`<h3>${o("proc.award")}</h3>
          <p>${o("proc.awardIntro")}</p>
          ${e.report.ranking.map(p=>R`<${We} ui=${t} id=${"award-"+p.rank} label=${o("proc.awardTo",{rank:p.rank,name:Ye(e,p.organisationId),price:N(p.price)})}
              mutation=${Lr} input=${{...v,bidId:p.bidId}} onDone=${m("proc.awarded")} />`)}`:null}
    ${e.challenges.filter(p=>!p.decision).map(p=>R`<h3>${o("proc.answerChallenge",{due:G(p.replyDue,r)})}</h3>
          <p>${p.grounds}</p>
          <${Br} ui=${t} p=${e} challenge=${p} onDone=${m("proc.answered")} />`)}
  </section>`}function xn({ui:t,id:e,flash:n}){let{t:i,lang:o,claims:r,ErrorText:a}=t,[s,c]=b(void 0),[l,u]=b(null),[h,d]=b(null),[$,v]=b(n),[m,p]=b(0);x(()=>{let y=!0;return D(Cr,{id:e},{lang:o}).then(async f=>{if(!y)return;c(f.procurement);let I=f.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(f.procurement.status)?(await D(Dn,{id:e},{lang:o})).sealedBids:null;y&&u(I)}).catch(f=>y&&d(f)),()=>{y=!1}},[e,o,m]);let E=s?.status==="PUBLISHED";if(x(()=>{if(!E)return;let y=setInterval(()=>{D(Dn,{id:e},{lang:o}).then(u,()=>{})},3e4);return()=>clearInterval(y)},[E,e,o]),h)return R`<main id="main"><${a} error=${h} /></main>`;if(s===void 0)return R`<main id="main"><p role="status">${i("loading")}</p></main>`;if(s===null)return R`<main id="main"><h1>${i("proc.notFound")}</h1></main>`;let T=r?.role==="purchaser"&&r.organisation===s.purchaserUnit,g=(y,f,_)=>R`<div><dt>${i(y)}</dt><dd id=${_}>${f}</dd></div>`;return R`<main id="main" class="procurement">
    <h1>${s.title}</h1>
    ${$?R`<p class="notice" role="status">${$}</p>`:null}
    <p><${kn} t=${i} status=${s.status} /> ${s.purchaser} · ${i("jurisdiction")} ${s.jurisdiction}
      ${r?.role==="auditor"||r?.role==="admin"?R` · <${t.Link} href=${"/app/audit/purchases/"+s.id} id="purchase-audit-link">${i("paudit.open")}<//>`:null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${i("proc.terms")}</h2>
      <p>${s.description}</p>
      <dl class="facts">
        ${g("proc.item",R`<code>${s.item.code}</code> ${s.item.nameZh}`)}
        ${g("proc.method",i("proc.methods."+s.method))}
        ${g("proc.budget",N(s.budget),"proc-budget")}
        ${g("proc.bidSecurity",N(s.bidSecurity))}
        ${g("proc.servicePeriod",`${G(s.serviceStart,o)} \u2013 ${G(s.serviceEnd,o)}`)}
        ${g("proc.bidDeadline",P(s.bidDeadline,o)+" "+i("proc.chinaTime"),"proc-deadline")}
        ${g("proc.openingAt",P(s.openingAt,o)+" "+i("proc.chinaTime"),"proc-opening")}
        ${s.publishedAt?g("proc.publishedAt",P(s.publishedAt,o)):null}
        ${g("proc.eligibility",s.requirements.kinds.length?s.requirements.kinds.map(y=>i("kinds."+y)).join("\u3001"):i("proc.anyKind"))}
        ${s.requirements.minRating!=null?g("proc.minRating",`${s.requirements.minRating}A`):null}
        ${s.requirements.minYearsRegistered!=null?g("proc.minYears",String(s.requirements.minYearsRegistered)):null}
        ${g("proc.scoring",[i("proc.priceWeightShort",{n:s.scoring.priceWeightPercent}),...s.scoring.criteria.map(y=>`${y.name} ${y.maxPoints}`)].join("\uFF1B"))}
        ${s.amendments?g("proc.amendments",String(s.amendments)):null}
      </dl>
    </section>
    ${l?R`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${i("proc.sealedBids")}</h2>
          <p id="sealed-count">${i("proc.sealedCount",{count:l.totalCount})}</p>
          <p class="hint">${i("proc.sealedIntro")}</p>
          ${l.nodes.length>0?R`<table class="sealed"><caption>${i("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${i("proc.sealedAt")}</th><th scope="col">${i("proc.commitment")}</th></tr></thead>
                <tbody>${l.nodes.map(y=>R`<tr><td>${P(y.sealedAt,o)}</td><td><code class="hash">${y.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.openedAt?R`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${i("proc.opening",{at:P(s.openedAt,o)})}</h2>
          ${s.openedBids.length===0?R`<p class="empty">${i("proc.noBids")}</p>`:null}
          ${s.openedBids.length>0?R`<table class="opened"><caption>${i("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${i("organisation")}</th><th scope="col">${i("proc.price")}</th><th scope="col">${i("proc.valid")}</th><th scope="col">${i("proc.commitment")}</th></tr></thead>
                <tbody>${s.openedBids.map(y=>R`<tr><td>${y.organisationName}</td><td class="money">${N(y.price)}</td>
                    <td>${y.valid?i("proc.validYes"):R`${i("proc.validNo")}: ${y.defects.join("\uFF1B")}`}</td><td><code class="hash">${y.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.report?R`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${i("proc.ranking")}</h2>
          <ol class="ranking">${s.report.ranking.map(y=>R`<li>${Ye(s,y.organisationId)} · ${N(y.price)} · ${i("proc.total",{total:y.total})}</li>`)}</ol>
        </section>`:null}
    ${s.award?R`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${i("proc.awardNotice")}</h2>
          <p id="award-notice">${i("proc.awardText",{organisation:Ye(s,s.award.organisationId),price:N(s.award.price),at:P(s.award.noticedAt,o),deadline:G(s.award.challengeDeadline,o)})}</p>
          ${s.contract?R`<p><${t.Link} href=${"/app/contracts/"+s.contract.id} id="contract-link">${i("con.contractLink",{status:i("con.statuses."+s.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${T&&s.status==="AWARDED"&&s.award&&!s.contract?R`<${Cn} ui=${t} p=${s} supplierName=${Ye(s,s.award.organisationId)} />`:null}
    ${s.challenges.length>0?R`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${i("proc.challenges")}</h2>
          <ul>${s.challenges.map(y=>R`<li>${P(y.filedAt,o)}: ${y.grounds} — ${y.decision?`${i("proc.decisions."+y.decision)}\uFF1A${y.reply??""}`:i("proc.unanswered",{due:G(y.replyDue,o)})}</li>`)}</ul>
        </section>`:null}
    ${s.ended?R`<p class="notice">${i("proc.ended",{reason:s.ended.reason,at:P(s.ended.at,o)})}${s.ended.rule?` (${s.ended.rule})`:""}</p>`:null}
    ${T?R`<${Hr} ui=${t} p=${s} generation=${m} onDone=${y=>(v(y),p(f=>f+1))} />`:null}
    ${r?.role==="ngo"?R`<${pn} ui=${t} procurement=${s} onChanged=${()=>p(y=>y+1)} />`:null}
  </main>`}var ee=z.bind(Z),$t=t=>N(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`),jr=`query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`,Vr="query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }",Gr=`query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`,qr="query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }",Wr="query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }",Yr=10,Kr=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,Fn=t=>t.split("-")[0],Zr=120;function Un(t,e,n){return n==null?t("audit.empty"):Kr.test(n)?P(n,e):n.length<=Zr?n:ee`<details class="long"><summary>${n.slice(0,60)}…</summary><code>${n}</code></details>`}function Qr(t){let e=/^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(t);return e&&e[2]!=="999999"?`${e[1]}.${String(Number(e[2])+1).padStart(6,"0")}${e[3]}`:new Date(new Date(t).getTime()+1).toISOString()}function zr(t,e){let n=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)+`
`],{type:"application/json"})),i=document.createElement("a");i.href=n,i.download=e,document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(n),6e4)}function Jr({ui:t,id:e}){let{t:n,lang:i,ErrorText:o}=t,[r,a]=b(null),[s,c]=b(null),l=async u=>{if(!s){c(u),a(null);try{let h=await D(u==="releases"?qr:Wr,{id:e},{lang:i}),d=u==="releases"?h.ocdsReleasePackage:h.ocdsRecordPackage;if(d==null)throw Object.assign(new Error(n("paudit.ocdsNone")),{code:"NOT_FOUND"});zr(d,`ocds-${u==="releases"?"release":"record"}-package-${e}.json`)}catch(h){a(h)}finally{c(null)}}};return ee`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${n("paudit.ocds")}</h2>
    <p>${n("paudit.ocdsIntro")}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!s} onClick=${()=>l("releases")}>${n("paudit.ocdsReleases")}</button>
      ${" "}<button type="button" id="ocds-records" disabled=${!!s} onClick=${()=>l("records")}>${n("paudit.ocdsRecords")}</button>
    </p>
    <${o} error=${r} id="ocds-error" />
  </section>`}function Xr({ui:t,contractId:e,entries:n}){let{t:i,lang:o,ErrorText:r}=t,a=n.filter(p=>p.stream==="contract-"+e),[s,c]=b(null),l=s??Math.max(0,a.length-1),[u,h]=b(null),[d,$]=b(null),v=a[l]?.recordedAt;if(x(()=>{if(!v)return;let p=!0;return D(Gr,{id:e,at:Qr(v)},{lang:o}).then(E=>p&&(h(E.contractAsOf),$(null)),E=>p&&$(E)),()=>{p=!1}},[e,v,o]),a.length===0)return null;let m=a[l];return ee`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${i("paudit.asOf")}</h2>
    <div class="field">
      <label for="asof-contract">${i("paudit.asOfPick")}</label>
      <input id="asof-contract" type="range" min="0" max=${a.length-1} step="1" value=${l}
        aria-valuetext=${`${m.version} \xB7 ${m.kind} \xB7 ${P(m.recordedAt,o)}`} onInput=${p=>c(Number(p.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${i("paudit.asOfAt",{version:m.version,kind:m.kind,at:P(m.recordedAt,o)})}</p>
    </div>
    <${r} error=${d} />
    ${u?ee`<dl class="facts" id="asof-contract-facts">
            <div><dt>${i("state")}</dt><dd id="asof-status">${i("con.statuses."+u.status)}</dd></div>
            <div><dt>${i("con.total")}</dt><dd>${N(u.total)}</dd></div>
            <div><dt>${i("con.accepted")}</dt><dd>${N(u.accepted)}</dd></div>
            <div><dt>${i("con.paid")}</dt><dd id="asof-paid">${N(u.paid)}</dd></div>
            <div><dt>${i("con.remaining")}</dt><dd>${N(u.remaining)}</dd></div>
            <div><dt>${i("con.milestones")}</dt><dd>${u.milestones.map(p=>`${p.id} ${p.kind==="DELIVERY"?i(p.accepted?"con.ocds.met":"con.ocds.scheduled"):`${$t(p.paidFen)} / ${$t(p.amountFen)}`}`).join(i("listSeparator"))}</dd></div>
          </dl>
          <${Ve}
            id="asof-chart"
            title=${i("con.chartTitle")}
            describe=${i("paudit.asOfChart",{paid:N(u.paid),remaining:N(u.remaining)})}
            format=${$t}
            parts=${[{key:"paid",label:i("con.chartPaid"),value:u.paidFen,className:"paid"},{key:"remaining",label:i("con.remaining"),value:u.remainingFen,className:"later"}]}
          />`:null}
  </section>`}function Mn({ui:t,id:e}){let{t:n,lang:i,ErrorText:o,Link:r}=t,[a,s]=b(void 0),[c,l]=b([]),[u,h]=b([]),[d,$]=b(null),[v,m]=b(0),[p,E]=b(null),T=async g=>{let f=(await D(jr,{id:e,after:g},{lang:i})).purchaseTimeline;f&&(h(f.streams),l(_=>g==null?f.entries:[..._,...f.entries]),$(f.nextPosition),m(_=>g==null?1:_+1))};return x(()=>{let g=!0;return D(Vr,{id:e},{lang:i}).then(async y=>{g&&(s(y.procurement),y.procurement&&await T(null))}).catch(y=>g&&E(y)),()=>{g=!1}},[e,i]),p?ee`<main id="main"><${o} error=${p} /></main>`:a===void 0?ee`<main id="main"><p role="status">${n("loading")}</p></main>`:a===null?ee`<main id="main"><h1>${n("proc.notFound")}</h1></main>`:ee`<main id="main" class="audit purchase-audit">
    <h1>${n("paudit.title",{title:a.title})}</h1>
    <p>${n("paudit.intro",{streams:u.length})} <${r} href=${"/app/procurements/"+a.id}>${n("paudit.procurementPage")}<//>
      ${a.contract?ee` · <${r} href=${"/app/contracts/"+a.contract.id}>${n("perf.theContract")}<//>`:null}</p>
    ${a.contract?ee`<${Xr} ui=${t} contractId=${a.contract.id} entries=${c} />`:null}
    <${Jr} ui=${t} id=${a.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${n("paudit.timeline")}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${n("paudit.timeline")}</caption>
        <thead><tr><th scope="col">${n("audit.when")}</th><th scope="col">${n("paudit.record")}</th><th scope="col">${n("audit.what")}</th><th scope="col">${n("audit.who")}</th><th scope="col">${n("audit.reason")}</th><th scope="col">${n("audit.changes")}</th></tr></thead>
        <tbody>${c.map(g=>ee`<tr data-stream=${Fn(g.stream)} data-position=${g.position}>
            <td>${P(g.recordedAt,i)}</td>
            <td>${n("paudit.categories."+Fn(g.stream))} <span class="hint">v${g.version}</span></td>
            <td><code>${g.kind}</code>${g.correctsVersion!=null?ee`<br /><span class="badge today">${n("paudit.corrects",{version:g.correctsVersion})}</span>`:null}</td>
            <td>${g.actor??n("audit.ledgerItself")}${g.role?ee` <span class="hint">(${n("roles."+g.role)})</span>`:null}</td>
            <td>${g.reason??""}</td>
            <td><ul class="changes">${g.changes.map(y=>ee`<li><code>${y.field}</code>: ${Un(n,i,y.old)} → ${Un(n,i,y.new)}</li>`)}
              ${g.omittedChanges>0?ee`<li class="hint">${n("paudit.omitted",{count:g.omittedChanges})}</li>`:null}</ul></td>
          </tr>`)}</tbody>
      </table>
      ${d!=null&&v<Yr?ee`<button type="button" id="timeline-more" onClick=${()=>T(d).catch(E)}>${n("audit.more")}</button>`:null}
    </section>
  </main>`}function Bn({ui:t}){let{t:e,navigate:n}=t,[i,o]=b(""),[r,a]=b(!1),s=c=>{c.preventDefault();let l=i.trim().toLowerCase();if(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(l))return a(!0);n("/app/audit/purchases/"+l)};return ee`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${e("paudit.navHint")}</h2>
    <form class="search" onSubmit=${s}>
      <div class=${"field"+(r?" invalid":"")}><label for="purchase-id">${e("paudit.procurementId")}</label>
        <input id="purchase-id" spellcheck=${!1} value=${i} aria-invalid=${r?"true":void 0}
          aria-describedby=${r?"purchase-id-error":void 0} onInput=${c=>(o(c.currentTarget.value),a(!1))} />
        ${r?ee`<p class="error" id="purchase-id-error" role="alert">${e("paudit.idInvalid")}</p>`:null}</div>
      <button type="submit" id="purchase-open">${e("paudit.open")}</button>
    </form>
  </section>`}var be=z.bind(Z),eo=`query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`,ht=t=>N(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`);function Hn({ui:t,params:e}){let{t:n,lang:i,claims:o,ErrorText:r,navigate:a}=t,s=o?.role==="auditor"||o?.role==="admin",c=e.get("jurisdiction")??(s?"":o?.jurisdiction??""),[l,u]=b(c),[h,d]=b(null),[$,v]=b({}),[m,p]=b(null);x(()=>{let f=!0;return p(null),D(eo,{j:c||null,after:null},{lang:i}).then(async _=>{if(!f)return;d(_);let I=_.spending.jurisdiction;if(I){let C=await mt(I,i).catch(()=>null);f&&C&&v(Object.fromEntries(C.map(A=>[A.code,i==="en"?A.nameEn:A.nameZh])))}}).catch(_=>f&&(p(_),d(null))),()=>{f=!1}},[c,i]);let E=f=>{f.preventDefault(),a("/app/statistics"+(L(l)?"?jurisdiction="+encodeURIComponent(L(l)):""))},T=h?.spending.groups??[],g=f=>$[f]?`${f} ${$[f]}`:f,y=h?.purchaseStatistics;return be`<main id="main" class="statistics">
    <h1>${n("stats.title")}</h1>
    <p>${n("stats.intro")}</p>
    <form class="search" onSubmit=${E} aria-label=${n("stats.title")}>
      <div class="field"><label for="stats-jurisdiction">${n(s?"stats.jurisdiction":"jurisdiction")}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${l} readonly=${!s} onInput=${f=>u(f.currentTarget.value)} /></div>
      ${s?be`<button type="submit">${n("stats.show")}</button>`:null}
    </form>
    <${r} error=${m} />
    ${h&&T.length===0?be`<p class="empty">${n("stats.none")}</p>`:null}
    ${T.length>0?be`<${$n}
            id="spending-chart"
            title=${n("stats.chartTitle")}
            describe=${n("stats.chartDescribe",{items:T.map(f=>`${g(f.key)} ${ht(f.contractedFen)} / ${ht(f.paidFen)}`).join(n("listSeparator"))})}
            series=${[{label:n("stats.contracted"),className:"contracted"},{label:n("stats.paid"),className:"paid"}]}
            rows=${T.map(f=>({key:f.key,label:g(f.key),values:[f.contractedFen,f.paidFen]}))}
            format=${ht}
          />
          <table class="spending">
            <caption>${n("stats.chartTitle")}</caption>
            <thead><tr><th scope="col">${n("stats.item")}</th><th scope="col">${n("stats.awarded")}</th><th scope="col">${n("stats.awards")}</th><th scope="col">${n("stats.contracted")}</th><th scope="col">${n("stats.contracts")}</th><th scope="col">${n("stats.paid")}</th></tr></thead>
            <tbody>${T.map(f=>be`<tr data-key=${f.key}>
                <th scope="row">${g(f.key)}</th>
                <td class="money">${N(f.awarded)}</td><td>${f.awards}</td>
                <td class="money">${N(f.contracted)}</td><td>${f.contracts}</td>
                <td class="money">${N(f.paid)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    ${y?be`<dl class="facts" id="purchase-statistics">
          <div><dt>${n("stats.published")}</dt><dd>${y.published}</dd></div>
          <div><dt>${n("stats.opened")}</dt><dd>${y.opened}</dd></div>
          <div><dt>${n("stats.fewBids")}</dt><dd>${n("stats.fewBidsShare",{count:y.fewerThanThreeValidBids,share:y.shareFewerThanThreeValidBids==null?"\u2014":`${Math.round(y.shareFewerThanThreeValidBids*1e3)/10}%`})}</dd></div>
          <div><dt>${n("stats.awarded")}</dt><dd>${N(y.awarded)}（${y.awards}）</dd></div>
          <div><dt>${n("stats.averageDays")}</dt><dd>${y.averageDaysToAward==null?"\u2014":n("stats.days",{days:Math.round(y.averageDaysToAward*10)/10})}</dd></div>
          <div><dt>${n("stats.grades")}</dt><dd>${y.grades.length?y.grades.map(f=>`${n("perf.grades."+f.grade)} ${f.evaluations}`).join(n("listSeparator")):"\u2014"}</dd></div>
        </dl>`:null}
  </main>`}var S=z.bind(Z),qn=Lt(null),de=()=>Wt(qn);function jn(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),n=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"organisation",id:n[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let i=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"procurement",id:i[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let o=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);if(o)return{screen:"committee",id:o[1]};if(t==="contracts")return{screen:"contracts"};let r=/^contracts\/([0-9a-fA-F-]{36})$/.exec(t);if(r)return{screen:"contract",id:r[1]};let a=/^evaluations\/([0-9a-fA-F-]{36})$/.exec(t);if(a)return{screen:"evaluation",id:a[1]};let s=/^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(t);return s?{screen:"purchaseAudit",id:s[1]}:t==="statistics"?{screen:"statistics",params:e}:t==="evaluations"?{screen:"evaluations"}:{screen:"home"}}function Ze(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function ne({href:t,children:e,...n}){return S`<a href=${t} onClick=${o=>{o.button!==0||o.metaKey||o.ctrlKey||o.shiftKey||o.altKey||(o.preventDefault(),Ze(t))}} ...${n}>${e}</a>`}function to(t,e){let n=t("rules."+e);return n==="rules."+e?"":t("ruleSeparator")+n}function le({error:t,id:e}){let{t:n,lang:i}=de();if(!t)return null;let o=t.code==="CONFLICT"?n("conflict"):t.code==="NETWORK"?n("networkError",{message:t.message}):t.message,r=i==="zh"&&t.rule?n("ruleText."+t.rule):null,a=r&&r!=="ruleText."+t.rule;return S`<p class="error" id=${e} role="alert">
    ${a?S`${r} <span class="detail" lang="en">${o}</span>`:o}${t.rule?S` <span class="rule">(${n("ruleLabel",{rule:t.rule})}${to(n,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?S` <button type="button" class="link" onClick=${()=>location.reload()}>${n("reload")}</button>`:null}
  </p>`}function se({id:t,label:e,error:n,children:i,hint:o}){return S`<div class=${"field"+(n?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${i}
    ${o?S`<p class="hint" id=${t+"-hint"}>${o}</p>`:null}
    <${le} error=${n} id=${t+"-error"} />
  </div>`}function he(t,e,n){return[n?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function Wn({status:t}){let{t:e}=de();return t?S`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function Yn(t,e){return t("cases."+e.kind,{year:e.year})}function no({notice:t,onToken:e}){let{t:n,lang:i}=de(),[o,r]=b(""),[a,s]=b(""),[c,l]=b(""),[u,h]=b(null),[d,$]=b(null),[v,m]=b(!1),p=async T=>{if(T.preventDefault(),!v){m(!0),h(null);try{let g=await D("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:L(o),p:a},{lang:i,token:null});e(g.signIn.token)}catch(g){h(g)}finally{m(!1)}}},E=T=>{T.preventDefault();let g=Me(c);if(!g)return $(new j(n("tokenMalformed"),{code:"VALIDATION"}));if(g.exp*1e3<=Date.now())return $(new j(n("tokenExpired"),{code:"UNAUTHENTICATED"}));e(c.trim())};return S`<main id="main" class="sign-in">
    <h1>${n("signInTitle")}</h1>
    ${t?S`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${p} aria-labelledby="password-heading">
        <h2 id="password-heading">${n("signInPassword")}</h2>
        <${se} id="username" label=${n("username")}>
          <input id="username" name="username" autocomplete="username" value=${o} onInput=${T=>r(T.currentTarget.value)} />
        <//>
        <${se} id="password" label=${n("password")} error=${u}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${a}
            aria-describedby=${he("password",u)} aria-invalid=${u?"true":void 0}
            onInput=${T=>s(T.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${v}>${n("signIn")}</button>
      </form>
      <form onSubmit=${E} aria-labelledby="token-heading">
        <h2 id="token-heading">${n("signInToken")}</h2>
        <${se} id="token" label=${n("token")} error=${d} hint=${n("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${c}
            aria-describedby=${he("token",d,!0)} aria-invalid=${d?"true":void 0}
            onInput=${T=>l(T.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${n("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var io=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function ro(t,e){let n=[],i=null;for(let o=0;o<10;o++){let r=await D(io,{j:t,after:i},{lang:e});for(let a of r.organisations.nodes)for(let s of a.openCases)n.push({org:a,case:s});if(!r.organisations.pageInfo.hasNextPage)break;i=r.organisations.pageInfo.endCursor}return n.sort((o,r)=>Number(r.case.overdue)-Number(o.case.overdue)||o.case.due.localeCompare(r.case.due)||o.org.name.localeCompare(r.org.name)),n}function oo(t,e){let n=new Date(t+"T00:00:00Z");return n.setUTCDate(n.getUTCDate()+e),n.toISOString().slice(0,10)}function ao({rows:t,today:e}){let{t:n,lang:i}=de(),o=Array.from({length:7},(c,l)=>oo(e,l)),r=new Intl.DateTimeFormat(i==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),a=[{key:"overdue",label:n("overdue"),count:t.filter(c=>c.case.overdue).length,className:"overdue"},...o.map((c,l)=>({key:c,label:l===0?n("today"):r.format(new Date(c+"T00:00:00Z")),sublabel:c.slice(5).replace("-","/"),count:t.filter(u=>!u.case.overdue&&u.case.due===c).length,className:l===0?"today":""}))],s=n("weekChartDescribe",{overdue:a[0].count,days:a.slice(1).map(c=>`${G(c.key,i)} ${c.count}`).join(n("listSeparator"))});return S`<${mn} id="week-chart" title=${n("weekChartTitle")} describe=${s} bars=${a} />`}function so(){let{t,lang:e,claims:n}=de(),[i,o]=b(null),[r,a]=b(null);x(()=>{let c=!0;return o(null),ro(n.jurisdiction,e).then(l=>c&&o(l),l=>c&&a(l)),()=>{c=!1}},[n.jurisdiction,e]);let s=He();return S`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${le} error=${r} />
    ${i==null&&!r?S`<p role="status">${t("loading")}</p>`:null}
    ${i&&i.length===0?S`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${i&&i.length>0?S`<${ao} rows=${i} today=${s} />`:null}
    ${i&&i.length>0?S`<table class="queue">
          <caption>${t("queueTitle")} · ${G(s,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${i.map(c=>S`<tr class=${c.case.overdue?"overdue":""}>
                <td>${c.case.overdue?S`<strong class="badge overdue">${t("overdue")}</strong>`:c.case.due===s?S`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${G(c.case.due,e)}</td>
                <td>${Yn(t,c.case)}</td>
                <td><${ne} href=${"/app/organisations/"+c.org.id}>${c.org.name}<//></td>
                <td><code>${c.case.rule}</code></td>
                <td>${G(c.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var co=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],lo=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function Vn({params:t}){let{t:e,lang:n}=de(),[i,o]=b(t.get("name")??""),[r,a]=b(t.get("code")??""),[s,c]=b(t.get("status")??""),[l,u]=b(null),[h,d]=b(null),[$,v]=b(!1),m=Ie(async g=>{v(!0),d(null);try{u(await D(lo,{filter:g},{lang:n}))}catch(y){d(y),u(null)}finally{v(!1)}},[n]),p=(g,y,f)=>{let _={};return L(g)&&(_.nameContains=L(g)),ie(y)&&(_.creditCode=ie(y)),f&&(_.status=f),_};x(()=>{t.toString()&&m(p(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),m]);let E=g=>{g.preventDefault();let y=new URLSearchParams;L(i)&&y.set("name",L(i)),ie(r)&&y.set("code",ie(r)),s&&y.set("status",s),a(ie(r));let f="/app/search"+(y.toString()?"?"+y:"");f===location.pathname+location.search?m(p(i,r,s)):Ze(f)},T=h&&(h.field==="creditCode"||/credit/i.test(h.field??""))?h:null;return S`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${E} role="search">
      <${se} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${i} onInput=${g=>o(g.currentTarget.value)} />
      <//>
      <${se} id="search-code" label=${e("searchCreditCode")} error=${T}>
        <input id="search-code" value=${r} spellcheck=${!1} autocomplete="off"
          aria-describedby=${he("search-code",T)} aria-invalid=${T?"true":void 0}
          onInput=${g=>a(g.currentTarget.value)} onBlur=${()=>a(ie(r))} />
      <//>
      <${se} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${s} onChange=${g=>c(g.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${co.map(g=>S`<option value=${g}>${e("statuses."+g)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${$}>${e("search")}</button>
    </form>
    ${T?null:S`<${le} error=${h} />`}
    ${l?l.organisations.nodes.length===0?S`<p class="empty" role="status">${e("noResults")}</p>`:S`<table class="results">
            <caption role="status">${e("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(g=>S`<tr>
                  <td><${ne} href=${"/app/organisations/"+g.id}>${g.name}<//></td>
                  <td><code>${g.creditCode}</code></td>
                  <td>${g.kind?e("kinds."+g.kind):""}</td>
                  <td><${Wn} status=${g.status} /></td>
                  <td>${P(g.appliedAt,n)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var uo=`query Profile($id: UUID!) {
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
}`,Kn={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function po({org:t,onDecided:e}){let{t:n,lang:i,claims:o}=de(),[r,a]=b(""),[s,c]=b(null),[l,u]=b(null),h=oe(!1),d=oe({}),$=Kn[t.status];if(!$||o?.role!=="registrar")return null;let v=async E=>{if(h.current)return;h.current=!0,u(E),c(null),d.current[E]??=ge();let T={organisationId:t.id,commandId:d.current[E],expectedVersion:t.version};E==="refuse"&&(T.reason=L(r));let g=$[E];try{await D(`mutation($i: ${$[E+"Type"]}!) { ${g}(input: $i) { version } }`,{i:T},{lang:i}),delete d.current[E];let y=t.status==="PREP_APPLIED";e(n(E==="approve"?y?"preparationApproved":"approved":y?"preparationRefused":"refused"))}catch(y){y.code!=="NETWORK"&&delete d.current[E],c({action:E,error:y})}finally{h.current=!1,u(null)}},m=s?.action==="approve"?s.error:null,p=s?.action==="refuse"?s.error:null;return S`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${n("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>v("approve")} disabled=${l!=null} aria-describedby=${m?"approve-error":void 0}>${n(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${le} error=${m} id="approve-error" />
    </div>
    <form class="action" onSubmit=${E=>(E.preventDefault(),v("refuse"))}>
      <${se} id="refuse-reason" label=${n("refuseReason")} error=${p}>
        <textarea id="refuse-reason" rows="3" value=${r} aria-required="true"
          aria-describedby=${he("refuse-reason",p)} aria-invalid=${p?"true":void 0}
          onInput=${E=>a(E.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${n(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function mo({rows:t}){return S`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,n])=>S`<div><dt>${e}</dt><dd>${n}</dd></div>`)}
  </dl>`}function Gn({id:t,flash:e}){let{t:n,lang:i}=de(),[o,r]=b(void 0),[a,s]=b(null),[c,l]=b(e),u=Ie(()=>{D(uo,{id:t},{lang:i}).then(d=>r(d.organisation),d=>s(d))},[t,i]);if(x(u,[u]),a)return S`<main id="main"><${le} error=${a} /></main>`;if(o===void 0)return S`<main id="main"><p role="status">${n("loading")}</p></main>`;if(o===null)return S`<main id="main"><p class="empty">${n("notFound")}</p></main>`;let h=o.legalRepresentative;return S`<main id="main" class="profile">
    <h1>${o.name} <${Wn} status=${o.status} /></h1>
    ${c?S`<p class="notice" role="status">${c}</p>`:null}
    <${mo}
      rows=${[[n("creditCode"),S`<code>${o.creditCode}</code>`],[n("kind"),o.kind?n("kinds."+o.kind)+(o.publicFundraising?` \xB7 ${n("publicFundraising")}`:""):null],[n("jurisdiction"),o.jurisdiction],[n("domicile"),o.domicile],[n("purpose"),o.purpose],[n("businessScope"),o.businessScope],[n("legalRepresentative"),h?[h.name,h.idNumber,h.phone].filter(Boolean).join(" \xB7 "):null],[n("registeredFunds"),N(o.registeredFunds)],[n("supervisoryUnitShort"),o.supervisoryUnit],[n("members"),o.members?n("memberCounts",{individual:o.members.individual,unit:o.members.unit}):null],[n("appliedAt"),P(o.appliedAt,i)],[n("decisionDue"),Kn[o.status]?G(o.decisionDue,i):null],[n("registeredAt"),P(o.registeredAt,i)],[n("refusedAt"),P(o.refusedAt,i)],[n("refusalReason"),o.refusalReason],[n("version"),String(o.version)]]}
    />
    <${po} key=${o.version} org=${o} onDecided=${d=>(l(d),u())} />
    <${$o} key=${"e"+o.version} org=${o} onDone=${d=>(l(d),u())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${n("openCases")}</h2>
      ${o.openCases.length===0?S`<p>${n("none")}</p>`:S`<ul class="cases">${o.openCases.map(d=>S`<li class=${d.overdue?"overdue":""}>${Yn(n,d)} · ${n("due")} ${G(d.due,i)} ${d.overdue?S`<strong class="badge overdue">${n("overdue")}</strong>`:null} <code>${d.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${n("annualReports")}</h2>
      ${o.annualReports.length===0?S`<p>${n("none")}</p>`:S`<table><caption class="sr-only">${n("annualReports")}</caption>
            <thead><tr><th scope="col">${n("year")}</th><th scope="col">${n("submittedAt")}</th><th scope="col">${n("conclusion")}</th><th scope="col">${n("notFiledDue")}</th></tr></thead>
            <tbody>${o.annualReports.map(d=>S`<tr><td>${d.year}</td><td>${P(d.submittedAt,i)}</td><td>${d.conclusion?n("conclusions."+d.conclusion):""}</td><td>${G(d.notFiledDue,i)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${n("creditStanding")}</h2>
      <p><span class=${"list list-"+o.creditStanding.list.toLowerCase()}>${n("lists."+o.creditStanding.list)}</span>
        ${o.creditStanding.reason?` \xB7 ${o.creditStanding.reason}`:""}
        ${o.creditStanding.listedAt?` \xB7 ${P(o.creditStanding.listedAt,i)}`:""}</p>
      ${o.creditHistory.length>0?S`<table><caption>${n("creditHistory")}</caption>
            <thead><tr><th scope="col">${n("creditStanding")}</th><th scope="col">${n("reason")}</th><th scope="col">${n("listedAt")}</th><th scope="col">${n("endedAt")}</th></tr></thead>
            <tbody>${o.creditHistory.map(d=>S`<tr><td>${n("lists."+d.list)}</td><td>${d.reason}</td><td>${P(d.listedAt,i)}</td><td>${P(d.endedAt,i)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${n("rating")}</h2>
      <p>${o.rating?n("ratingScore",{label:o.rating.label,score:o.rating.score,until:G(o.rating.validUntil,i)}):n("noRating")}</p>
    </section>
    <${En} ui=${{t:n,lang:i,Link:ne}} organisationId=${o.id} />
  </main>`}function Zn({prefix:t,values:e,set:n,error:i}){let{t:o}=de(),r=gt(i)?i:null;return S`<fieldset class="members">
    <legend>${o("members")}</legend>
    <${se} id=${t+"-individual"} label=${o("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${he(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${a=>n("individualMembers",a.currentTarget.value)} />
    <//>
    <${se} id=${t+"-unit"} label=${o("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${he(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${a=>n("unitMembers",a.currentTarget.value)} />
    <//>
    <${le} error=${r} id=${t+"-members-error"} />
  </fieldset>`}function $o({org:t,onDone:e}){let{t:n,lang:i,claims:o}=de(),[r,a]=b({}),[s,c]=b(null),[l,u]=b(!1),h=oe(!1),d=oe(null);if(t.status!=="PREPARING"||o?.role!=="registrar")return null;let $=(p,E)=>a(T=>({...T,[p]:E})),v=async p=>{if(p.preventDefault(),h.current)return;h.current=!0,u(!0),c(null),d.current??=ge();let E={organisationId:t.id,individualMembers:Ke(r.individualMembers??"0"),unitMembers:Ke(r.unitMembers??"0"),commandId:d.current,expectedVersion:t.version};try{await D("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:E},{lang:i}),d.current=null,e(n("establishmentApplied"))}catch(T){T.code!=="NETWORK"&&(d.current=null),c(T)}finally{h.current=!1,u(!1)}},m=gt(s)?s:null;return S`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${n("establishment")}</h2>
    <p>${n("establishmentDue",{due:G(t.establishmentDue,i)})}</p>
    <form onSubmit=${v}>
      <${Zn} prefix="establish" values=${r} set=${$} error=${s} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${n("applyEstablishment")}</button>
        ${s&&!m?S`<${le} error=${s} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var ho=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,fo=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function Ke(t){let e=ie(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var ft=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],go=t=>"apply-"+t.replace(/\./g,"-"),Qn={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},gt=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||Qn[t.rule]==="members");function vo(t){if(gt(t))return"members";if(!t?.field)return t?.rule&&Qn[t.rule]||null;let e=ft.find(([o])=>o===t.field);if(e)return e[0];let n=t.field.split(".").pop(),i=ft.find(([o])=>o.split(".").pop()===n);return i?i[0]:null}function bo(){let{t,lang:e,claims:n}=de(),[i,o]=b({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:n.jurisdiction??""}),[r,a]=b(null),[s,c]=b(!1),l=oe(!1),u=oe(null),h=(m,p)=>o(E=>({...E,[m]:p})),d=async m=>{if(m.preventDefault(),l.current)return;l.current=!0,c(!0),a(null),u.current??=ge();let p=g=>L(i[g]),E={name:p("name"),kind:i.kind,creditCode:ie(i.creditCode),domicile:p("domicile"),purpose:p("purpose"),businessScope:p("businessScope"),legalRepresentative:{name:p("legalRepresentative.name"),idNumber:ie(i["legalRepresentative.idNumber"]),phone:p("legalRepresentative.phone")},registeredFunds:ve(i.registeredFunds),jurisdiction:p("jurisdiction"),publicFundraising:i.kind==="FOUNDATION"&&i.publicFundraising,commandId:u.current};p("supervisoryUnit")&&(E.supervisoryUnit=p("supervisoryUnit"));let T=i.kind==="SOCIAL_GROUP"&&i.twoStage;T&&(delete E.kind,delete E.publicFundraising,E.individualMembers=Ke(i.individualMembers??"0"),E.unitMembers=Ke(i.unitMembers??"0"));try{let g=await D(T?fo:ho,{i:E},{lang:e});u.current=null;let y=T?g.applyForPreparation:g.applyForRegistration;Ze("/app/organisations/"+y.organisation.id+"?applied=1")}catch(g){g.code!=="NETWORK"&&(u.current=null),a(g)}finally{l.current=!1,c(!1)}},$=vo(r),v=m=>$===m?r:null;return S`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${d} novalidate>
      <${se} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${i.kind} onChange=${m=>h("kind",m.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(m=>S`<option value=${m}>${t("kinds."+m)}</option>`)}
        </select>
      <//>
      ${ft.map(([m,p,E])=>{let T=go(m),g=v(m),y={id:T,name:m,value:i[m]??"","aria-describedby":he(T,g),"aria-invalid":g?"true":void 0,onInput:f=>h(m,f.currentTarget.value)};return m==="creditCode"&&(y.onBlur=()=>h(m,ie(i[m]))),m==="registeredFunds"&&(y.inputmode="decimal"),S`<${se} id=${T} label=${t(p)} error=${g}>
          ${E==="textarea"?S`<textarea rows="2" ...${y}></textarea>`:S`<input ...${y} />`}
        <//>`})}
      ${i.kind==="SOCIAL_GROUP"?S`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!i.twoStage} onChange=${m=>h("twoStage",m.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${i.twoStage?S`<${Zn} prefix="apply" values=${i} set=${h} error=${r} />`:null}`:null}
      ${i.kind==="FOUNDATION"?S`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${i.publicFundraising} onChange=${m=>h("publicFundraising",m.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${se} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${i.jurisdiction} inputmode="numeric" onInput=${m=>h("jurisdiction",m.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${s}>${t(s?"submitting":"submit")}</button>
        ${r&&!$?S`<${le} error=${r} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function yo({onSignOut:t,onLanguage:e}){let{t:n,claims:i}=de();return S`<header class="top">
    <a class="skip" href="#main">${n("skipToMain")}</a>
    <div class="brand">${n("appTitle")}</div>
    <nav aria-label=${n("nav")}>
      ${i?.jurisdiction&&i.role!=="purchaser"?S`<${ne} href="/app/">${n("navQueue")}<//>`:null}
      <${ne} href="/app/procurements">${n("proc.nav")}<//>
      ${i?.role==="ngo"?S`<${ne} href="/app/eligible">${n("proc.navEligible")}<//> <${ne} href="/app/bids">${n("proc.navMyBids")}<//>`:null}
      ${i?.role==="evaluator"?S`<${ne} href="/app/committees">${n("eval.nav")}<//>`:null}
      ${i?.role==="ngo"||i?.role==="purchaser"?S`<${ne} href="/app/contracts">${n(i.role==="ngo"?"con.navMine":"con.navUnit")}<//>`:null}
      <${ne} href="/app/search">${n(i?"navSearch":"navPublicSearch")}<//>
      ${i?.role==="registrar"?S`<${ne} href="/app/apply">${n("navApply")}<//>`:null}
      ${i?.role==="auditor"||i?.role==="admin"?S`<${ne} href="/app/audit">${n("audit.nav")}<//>`:null}
      ${Jn.includes(i?.role)?S`<${ne} href="/app/evaluations">${n("perf.nav")}<//>`:null}
      ${zn.includes(i?.role)?S`<${ne} href="/app/statistics">${n("stats.nav")}<//>`:null}
      ${i?null:S`<${ne} href="/app/">${n("signIn")}<//>`}
    </nav>
    <div class="who">
      ${i?S`<span class="identity" aria-label=${n("signedInAs")}>
            <span class="subject">${i.sub}</span>
            <span class="role">${n("roles."+i.role)}</span>
            ${i.jurisdiction?S`<span class="jurisdiction">${n("jurisdiction")} ${i.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${n("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${n("switchLanguageLabel")} onClick=${e}>${n("switchLanguage")}</button>
      ${i?S`<button type="button" class="link" id="sign-out" onClick=${t}>${n("signOut")}</button>`:null}
    </div>
  </header>`}var zn=["purchaser","registrar","auditor","admin"],Jn=["purchaser","ngo","evaluator"];function Eo(t){let e=t?Me(t):null;return e&&e.exp*1e3>Date.now()?e:null}function _o(){let[t,e]=b(Ae.get()),[n,i]=b($e.token()),[o,r]=b(null),[a,s]=b(jn()),c=Eo(n),l=Ie((v,m)=>Te(t,v,m),[t]);x(()=>{let v=()=>s(jn());return addEventListener("popstate",v),()=>removeEventListener("popstate",v)},[]),x(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${Te(t,"appTitle")} \xB7 civic-ledger`},[t]);let u=Ie((v=null)=>{$e.clear(),i(null),r(v)},[]);x(()=>en(()=>u(Te(Ae.get(),"sessionEnded"))),[u]),x(()=>{if(!n)return;let v=Me(n)?.exp*1e3,m=()=>u(Te(Ae.get(),"tokenExpired"));if(!(v>Date.now()))return m();let p=setTimeout(m,Math.min(v-Date.now(),2**31-1));return()=>clearTimeout(p)},[n,u]);let h={t:l,lang:t,claims:c},d={t:l,lang:t,claims:c,ErrorText:le,Link:ne,navigate:Ze},$;return a.screen==="procurements"||a.screen==="home"&&c?.role==="purchaser"?$=S`<${On} key=${location.search} ui=${d} params=${a.params??new URLSearchParams(c?"mine=1":"")} />`:a.screen==="procurement"?$=S`<${xn} key=${a.id+location.search} ui=${d} id=${a.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:a.screen==="contract"?$=S`<${wn} key=${a.id+location.search} ui=${d} id=${a.id} flash=${new URLSearchParams(location.search).has("signed")?l("con.signed"):null} />`:Jn.includes(c?.role)&&a.screen==="evaluations"?$=S`<${_n} ui=${d} />`:a.screen==="evaluation"?$=S`<${yn} key=${a.id} ui=${d} id=${a.id} />`:(c?.role==="auditor"||c?.role==="admin")&&a.screen==="purchaseAudit"?$=S`<${Mn} key=${a.id} ui=${d} id=${a.id} />`:zn.includes(c?.role)&&a.screen==="statistics"?$=S`<${Hn} key=${location.search} ui=${d} params=${a.params} />`:(c?.role==="ngo"||c?.role==="purchaser")&&a.screen==="contracts"?$=S`<${Rn} ui=${d} />`:c?.role==="purchaser"&&a.screen==="draft"?$=S`<${Ln} ui=${d} />`:c?.role==="ngo"&&(a.screen==="eligible"||a.screen==="home")?$=S`<${ln} ui=${d} />`:c?.role==="ngo"&&a.screen==="bids"?$=S`<${un} ui=${d} />`:c?.role==="evaluator"&&(a.screen==="committees"||a.screen==="home")?$=S`<${gn} ui=${d} />`:c?.role==="evaluator"&&a.screen==="committee"?$=S`<${vn} key=${a.id} ui=${d} id=${a.id} />`:!c&&(a.screen==="search"||a.screen==="organisation")?$=a.screen==="search"?S`<${Vn} params=${a.params} />`:S`<${Gn} key=${a.id} id=${a.id} flash=${null} />`:c?a.screen==="audit"?$=S`<${sn} t=${l} lang=${t} ErrorText=${le} params=${a.params} extra=${S`<${Bn} ui=${d} />`} />`:a.screen==="organisation"?$=S`<${Gn} key=${a.id+location.search} id=${a.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:a.screen==="search"||a.screen==="home"&&!c.jurisdiction?$=S`<${Vn} params=${a.params??new URLSearchParams} />`:a.screen==="apply"?$=S`<${bo} />`:$=S`<${so} />`:$=S`<${no} notice=${o} onToken=${v=>($e.save(v),i(v),r(null))} />`,S`<${qn.Provider} value=${h}>
    <${yo}
      onSignOut=${()=>u(null)}
      onLanguage=${()=>{let v=t==="en"?"zh":"en";Ae.set(v),e(v)}}
    />
    ${$}
  <//>`}Ot(S`<${_o} />`,document.getElementById("root"));})();
