(()=>{var Ze,K,Lt,Tr,_e,kt,Ft,Mt,mt,Ve,Oe,Ut,gt,$t,ht,Bt,We={},Ye=[],Ar=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Qe=Array.isArray;function Ie(t,e){for(var r in e)t[r]=e[r];return t}function bt(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function J(t,e,r){var n,o,i,a={};for(i in e)i=="key"?n=e[i]:i=="ref"?o=e[i]:a[i]=e[i];if(arguments.length>2&&(a.children=arguments.length>3?Ze.call(arguments,2):r),typeof t=="function"&&t.defaultProps!=null)for(i in t.defaultProps)a[i]===void 0&&(a[i]=t.defaultProps[i]);return Ge(t,a,n,o,null)}function Ge(t,e,r,n,o){var i={type:t,props:e,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++Lt,__i:-1,__u:0};return o==null&&K.vnode!=null&&K.vnode(i),i}function Je(t){return t.children}function qe(t,e){this.props=t,this.context=e}function Ce(t,e){if(e==null)return t.__?Ce(t.__,t.__i+1):null;for(var r;e<t.__k.length;e++)if((r=t.__k[e])!=null&&r.__e!=null)return r.__e;return typeof t.type=="function"?Ce(t):null}function _r(t){if(t.__P&&t.__d){var e=t.__v,r=e.__e,n=[],o=[],i=Ie({},e);i.__v=e.__v+1,K.vnode&&K.vnode(i),vt(t.__P,i,e,t.__n,t.__P.namespaceURI,32&e.__u?[r]:null,n,r??Ce(e),!!(32&e.__u),o),i.__v=e.__v,i.__.__k[i.__i]=i,qt(n,i,o),e.__e=e.__=null,i.__e!=r&&jt(i)}}function jt(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),jt(t)}function ft(t){(!t.__d&&(t.__d=!0)&&_e.push(t)&&!Ke.__r++||kt!=K.debounceRendering)&&((kt=K.debounceRendering)||Ft)(Ke)}function Ke(){try{for(var t,e=1;_e.length;)_e.length>e&&_e.sort(Mt),t=_e.shift(),e=_e.length,_r(t)}finally{_e.length=Ke.__r=0}}function Ht(t,e,r,n,o,i,a,s,d,l,$){var h,c,p,E,m,u,y=n&&n.__k||Ye,T=e.length;for(d=Cr(r,e,y,d,T),h=0;h<T;h++)(p=r.__k[h])!=null&&(c=p.__i!=-1&&y[p.__i]||We,p.__i=h,u=vt(t,p,c,o,i,a,s,d,l,$),E=p.__e,p.ref&&c.ref!=p.ref&&(c.ref&&yt(c.ref,null,p),$.push(p.ref,p.__c||E,p)),m==null&&E!=null&&(m=E),4&p.__u?(d=Vt(p,d,t),c.__e&&(c.__e=null)):typeof p.type=="function"&&u!==void 0?d=u:E&&(d=E.nextSibling),p.__u&=-7);return r.__e=m,d}function Cr(t,e,r,n,o){var i,a,s,d,l,$=r.length,h=$,c=0;for(t.__k=new Array(o),i=0;i<o;i++)(a=e[i])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=t.__k[i]=Ge(null,a,null,null,null):Qe(a)?a=t.__k[i]=Ge(Je,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=t.__k[i]=Ge(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):t.__k[i]=a,d=i+c,a.__=t,a.__b=t.__b+1,s=null,(l=a.__i=Sr(a,r,d,h))!=-1&&(h--,(s=r[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(o>$?c--:o<$&&c++),typeof a.type!="function"&&(a.__u|=4)):l!=d&&(l==d-1?c--:l==d+1?c++:(l>d?c--:c++,a.__u|=4))):t.__k[i]=null;if(h)for(i=0;i<$;i++)(s=r[i])!=null&&(2&s.__u)==0&&(s.__e==n&&(n=Ce(s)),Yt(s,s));return n}function Vt(t,e,r){var n,o;if(typeof t.type=="function"){for(n=t.__k,o=0;n&&o<n.length;o++)n[o]&&(n[o].__=t,e=Vt(n[o],e,r));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=Ce(t)),e=r.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function Sr(t,e,r,n){var o,i,a,s=t.key,d=t.type,l=e[r],$=l!=null&&(2&l.__u)==0;if(l===null&&s==null||$&&s==l.key&&d==l.type)return r;if(n>($?1:0)){for(o=r-1,i=r+1;o>=0||i<e.length;)if((l=e[a=o>=0?o--:i++])!=null&&(2&l.__u)==0&&s==l.key&&d==l.type)return a}return-1}function Ot(t,e,r){e[0]=="-"?t.setProperty(e,r??""):t[e]=r==null?"":typeof r!="number"||Ar.test(e)?r:r+"px"}function He(t,e,r,n,o){var i,a;e:if(e=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof n=="string"&&(t.style.cssText=n=""),n)for(e in n)r&&e in r||Ot(t.style,e,"");if(r)for(e in r)n&&r[e]==n[e]||Ot(t.style,e,r[e])}else if(e[0]=="o"&&e[1]=="n")i=e!=(e=e.replace(Ut,"$1")),a=e.toLowerCase(),e=a in t||e=="onFocusOut"||e=="onFocusIn"?a.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+i]=r,r?n?r[Oe]=n[Oe]:(r[Oe]=gt,t.addEventListener(e,i?ht:$t,i)):t.removeEventListener(e,i?ht:$t,i);else{if(o=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&r==1?"":r))}}function xt(t){return function(e){if(this.l){var r=this.l[e.type+t];if(e[Ve]==null)e[Ve]=gt++;else if(e[Ve]<r[Oe])return;return r(K.event?K.event(e):e)}}}function vt(t,e,r,n,o,i,a,s,d,l){var $,h,c,p,E,m,u,y,T,f,I,b,g,A,C,M,_=e.type;if(e.constructor!==void 0)return null;128&r.__u&&(d=!!(32&r.__u),i=[s=e.__e=r.__e]),($=K.__b)&&$(e);e:if(typeof _=="function"){h=a.length;try{if(T=e.props,f=_.prototype&&_.prototype.render,I=($=_.contextType)&&n[$.__c],b=$?I?I.props.value:$.__:n,r.__c?y=(c=e.__c=r.__c).__=c.__E:(f?e.__c=c=new _(T,b):(e.__c=c=new qe(T,b),c.constructor=_,c.render=Dr),I&&I.sub(c),c.state||(c.state={}),c.__n=n,p=c.__d=!0,c.__h=[],c._sb=[]),f&&c.__s==null&&(c.__s=c.state),f&&_.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Ie({},c.__s)),Ie(c.__s,_.getDerivedStateFromProps(T,c.__s))),E=c.props,m=c.state,c.__v=e,p)f&&_.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),f&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(f&&_.getDerivedStateFromProps==null&&T!==E&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(T,b),e.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(T,c.__s,b)===!1){e.__v!=r.__v&&(c.props=T,c.state=c.__s,c.__d=!1),e.__e=r.__e,e.__k=r.__k,e.__k.some(function(N){N&&(N.__=e)}),Ye.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&a.push(c),s=Ce(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(T,c.__s,b),f&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(E,m,u)})}if(c.context=b,c.props=T,c.__P=t,c.__e=!1,g=K.__r,A=0,f)c.state=c.__s,c.__d=!1,g&&g(e),$=c.render(c.props,c.state,c.context),Ye.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,g&&g(e),$=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++A<25);c.state=c.__s,c.getChildContext!=null&&(n=Ie(Ie({},n),c.getChildContext())),f&&!p&&c.getSnapshotBeforeUpdate!=null&&(u=c.getSnapshotBeforeUpdate(E,m)),C=$!=null&&$.type===Je&&$.key==null?Wt($.props.children):$,s=Ht(t,Qe(C)?C:[C],e,r,n,o,i,a,s,d,l),c.base=e.__e,e.__u&=-161,c.__h.length&&a.push(c),y&&(c.__E=c.__=null)}catch(N){if(a.length=h,e.__v=null,d||i!=null){if(N.then){for(e.__u|=d?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;i!=null&&(i[i.indexOf(s)]=null),e.__e=s}else if(i!=null)for(M=i.length;M--;)bt(i[M])}else e.__e=r.__e;e.__k==null&&(e.__k=r.__k||[]),N.then||Gt(e),K.__e(N,e,r)}}else i==null&&e.__v==r.__v?(e.__k=r.__k,e.__e=r.__e):s=e.__e=Rr(r.__e,e,r,n,o,i,a,d,l);return($=K.diffed)&&$(e),128&e.__u?void 0:s}function Gt(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(Gt))}function qt(t,e,r){for(var n=0;n<r.length;n++)yt(r[n],r[++n],r[++n]);K.__c&&K.__c(e,t),t.some(function(o){try{t=o.__h,o.__h=[],t.some(function(i){i.call(o)})}catch(i){K.__e(i,o.__v)}})}function Wt(t){return typeof t!="object"||t==null||t.__b>0?t:Qe(t)?t.map(Wt):t.constructor!==void 0?null:Ie({},t)}function Rr(t,e,r,n,o,i,a,s,d){var l,$,h,c,p,E,m,u=r.props||We,y=e.props,T=e.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),i!=null){for(l=0;l<i.length;l++)if((p=i[l])&&"setAttribute"in p==!!T&&(T?p.localName==T:p.nodeType==3)){t=p,i[l]=null;break}}if(t==null){if(T==null)return document.createTextNode(y);t=document.createElementNS(o,T,y.is&&y),s&&(K.__m&&K.__m(e,i),s=!1),i=null}if(T==null)u===y||s&&t.data==y||(t.data=y);else{if(i=T=="textarea"&&y.defaultValue!=null?null:i&&Ze.call(t.childNodes),!s&&i!=null)for(u={},l=0;l<t.attributes.length;l++)u[(p=t.attributes[l]).name]=p.value;for(l in u)p=u[l],l=="dangerouslySetInnerHTML"?h=p:l=="children"||l in y||l=="value"&&"defaultValue"in y||l=="checked"&&"defaultChecked"in y||He(t,l,null,p,o);for(l in y)p=y[l],l=="children"?c=p:l=="dangerouslySetInnerHTML"?$=p:l=="value"?E=p:l=="checked"?m=p:s&&typeof p!="function"||u[l]===p||He(t,l,p,u[l],o);if($)s||h&&($.__html==h.__html||$.__html==t.innerHTML)||(t.innerHTML=$.__html),e.__k=[];else if(h&&(t.innerHTML=""),Ht(e.type=="template"?t.content:t,Qe(c)?c:[c],e,r,n,T=="foreignObject"?"http://www.w3.org/1999/xhtml":o,i,a,i?i[0]:r.__k&&Ce(r,0),s,d),i!=null)for(l=i.length;l--;)bt(i[l]);s&&T!="textarea"||(l="value",T=="progress"&&E==null?t.removeAttribute("value"):E!=null&&(E!==t[l]||T=="progress"&&!E||T=="option"&&E!=u[l])&&He(t,l,E,u[l],o),l="checked",m!=null&&m!=t[l]&&He(t,l,m,u[l],o))}return t}function yt(t,e,r){try{if(typeof t=="function"){var n=typeof t.__u=="function";n&&t.__u(),n&&e==null||(t.__u=t(e))}else t.current=e}catch(o){K.__e(o,r)}}function Yt(t,e,r){var n,o;if(K.unmount&&K.unmount(t),(n=t.ref)&&(n.current&&n.current!=t.__e||yt(n,null,e)),(n=t.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(i){K.__e(i,e)}n.base=n.__P=n.__n=null}if(n=t.__k)for(o=0;o<n.length;o++)n[o]&&Yt(n[o],e,r||typeof t.type!="function");r||bt(t.__e),t.__c=t.__=t.__e=void 0}function Dr(t,e,r){return this.constructor(t,r)}function Kt(t,e,r){var n,o,i,a;e==document&&(e=document.documentElement),K.__&&K.__(t,e),o=(n=typeof r=="function")?null:r&&r.__k||e.__k,i=[],a=[],vt(e,t=(!n&&r||e).__k=J(Je,null,[t]),o||We,We,e.namespaceURI,!n&&r?[r]:o?null:e.firstChild?Ze.call(e.childNodes):null,i,!n&&r?r:o?o.__e:e.firstChild,n,a),qt(i,t,a),t.props.children=null}function Zt(t){function e(r){var n,o;return this.getChildContext||(n=new Set,(o={})[e.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&n.forEach(function(a){a.__e=!0,ft(a)})},this.sub=function(i){n.add(i);var a=i.componentWillUnmount;i.componentWillUnmount=function(){n&&n.delete(i),a&&a.call(i)}}),r.children}return e.__c="__cC"+Bt++,e.__=t,e.Provider=e.__l=(e.Consumer=function(r,n){return r.children(n)}).contextType=e,e}Ze=Ye.slice,K={__e:function(t,e,r,n){for(var o,i,a;e=e.__;)if((o=e.__c)&&!o.__)try{if((i=o.constructor)&&i.getDerivedStateFromError!=null&&(o.setState(i.getDerivedStateFromError(t)),a=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(t,n||{}),a=o.__d),a)return o.__E=o}catch(s){t=s}throw t}},Lt=0,Tr=function(t){return t!=null&&t.constructor===void 0},qe.prototype.setState=function(t,e){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Ie({},this.state),typeof t=="function"&&(t=t(Ie({},r),this.props)),t&&Ie(r,t),t!=null&&this.__v&&(e&&this._sb.push(e),ft(this))},qe.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),ft(this))},qe.prototype.render=Je,_e=[],Ft=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Mt=function(t,e){return t.__v.__b-e.__v.__b},Ke.__r=0,mt=Math.random().toString(8),Ve="__d"+mt,Oe="__a"+mt,Ut=/(PointerCapture)$|Capture$/i,gt=0,$t=xt(!1),ht=xt(!0),Bt=0;var De,ee,Et,Qt,xe=0,on=[],ie=K,Jt=ie.__b,zt=ie.__r,Xt=ie.diffed,en=ie.__c,tn=ie.unmount,nn=ie.__;function Xe(t,e){ie.__h&&ie.__h(ee,t,xe||e),xe=0;var r=ee.__H||(ee.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function v(t){return xe=1,wr(cn,t)}function wr(t,e,r){var n=Xe(De++,2);if(n.t=t,!n.__c&&(n.__=[r?r(e):cn(void 0,e),function(s){var d=n.__N?n.__N[0]:n.__[0],l=n.t(d,s);d!==l&&(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=ee,!ee.__f)){var o=function(s,d,l){if(!n.__c.__H)return!0;var $=!1,h=n.__c.props!==s;if(n.__c.__H.__.some(function(p){if(p.__N){$=!0;var E=p.__[0];p.__=p.__N,p.__N=void 0,E!==p.__[0]&&(h=!0)}}),i){var c=i.call(this,s,d,l);return $?c||h:c}return!$||h};ee.__f=!0;var i=ee.shouldComponentUpdate,a=ee.componentWillUpdate;ee.componentWillUpdate=function(s,d,l){if(this.__e){var $=i;i=void 0,o(s,d,l),i=$}a&&a.call(this,s,d,l)},ee.shouldComponentUpdate=o}return n.__N||n.__}function U(t,e){var r=Xe(De++,3);!ie.__s&&dn(r.__H,e)&&(r.__=t,r.u=e,ee.__H.__h.push(r))}function me(t){return xe=5,an(function(){return{current:t}},[])}function an(t,e){var r=Xe(De++,7);return dn(r.__H,e)&&(r.__=t(),r.__H=e,r.__h=t),r.__}function Le(t,e){return xe=8,an(function(){return t},e)}function sn(t){var e=ee.context[t.__c],r=Xe(De++,9);return r.c=t,e?(r.__==null&&(r.__=!0,e.sub(ee)),e.props.value):t.__}function Pr(){for(var t;t=on.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(ze),e.__h.some(It),e.__h=[]}catch(r){e.__h=[],ie.__e(r,t.__v)}}}ie.__b=function(t){ee=null,Jt&&Jt(t)},ie.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),nn&&nn(t,e)},ie.__r=function(t){zt&&zt(t),De=0;var e=(ee=t.__c).__H;e&&(Et===ee?(e.__h=[],ee.__h=[],e.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(e.__h.some(ze),e.__h.some(It),e.__h=[],De=0)),Et=ee},ie.diffed=function(t){Xt&&Xt(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(on.push(e)!==1&&Qt===ie.requestAnimationFrame||((Qt=ie.requestAnimationFrame)||Nr)(Pr)),e.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),Et=ee=null},ie.__c=function(t,e){e.some(function(r){try{r.__h.some(ze),r.__h=r.__h.filter(function(n){return!n.__||It(n)})}catch(n){e.some(function(o){o.__h&&(o.__h=[])}),e=[],ie.__e(n,r.__v)}}),en&&en(t,e)},ie.unmount=function(t){tn&&tn(t);var e,r=t.__c;r&&r.__H&&(r.__H.__.some(function(n){try{ze(n)}catch(o){e=o}}),r.__H=void 0,e&&ie.__e(e,r.__v))};var rn=typeof requestAnimationFrame=="function";function Nr(t){var e,r=function(){clearTimeout(n),rn&&cancelAnimationFrame(e),setTimeout(t)},n=setTimeout(r,35);rn&&(e=requestAnimationFrame(r))}function ze(t){var e=ee,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),ee=e}function It(t){var e=ee;t.__c=t.__(),ee=e}function dn(t,e){return!t||t.length!==e.length||e.some(function(r,n){return r!==t[n]})}function cn(t,e){return typeof e=="function"?e(t):e}var un=function(t,e,r,n){var o;e[0]=0;for(var i=1;i<e.length;i++){var a=e[i++],s=e[i]?(e[0]|=a?1:2,r[e[i++]]):e[++i];a===3?n[0]=s:a===4?n[1]=Object.assign(n[1]||{},s):a===5?(n[1]=n[1]||{})[e[++i]]=s:a===6?n[1][e[++i]]+=s+"":a?(o=t.apply(s,un(t,s,r,["",null])),n.push(o),s[0]?e[0]|=2:(e[i-2]=0,e[i]=o)):n.push(s)}return n},ln=new Map;function X(t){var e=ln.get(this);return e||(e=new Map,ln.set(this,e)),(e=un(this,e.get(t)||(e.set(t,e=(function(r){for(var n,o,i=1,a="",s="",d=[0],l=function(c){i===1&&(c||(a=a.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,c,a):i===3&&(c||a)?(d.push(3,c,a),i=2):i===2&&a==="..."&&c?d.push(4,c,0):i===2&&a&&!c?d.push(5,0,!0,a):i>=5&&((a||!c&&i===5)&&(d.push(i,0,a,o),i=6),c&&(d.push(i,c,0,o),i=6)),a=""},$=0;$<r.length;$++){$&&(i===1&&l(),l($));for(var h=0;h<r[$].length;h++)n=r[$][h],i===1?n==="<"?(l(),d=[d],i=3):a+=n:i===4?a==="--"&&n===">"?(i=1,a=""):a=n+a[0]:s?n===s?s="":a+=n:n==='"'||n==="'"?s=n:n===">"?(l(),i=1):i&&(n==="="?(i=5,o=a,a=""):n==="/"&&(i<5||r[$][h+1]===">")?(l(),i===3&&(d=d[0]),i=d,(d=d[0]).push(2,0,i),i=0):n===" "||n==="	"||n===`
`||n==="\r"?(l(),i=2):a+=n),i===3&&a==="!--"&&(i=4,d=d[0])}return l(),d})(t)),e),arguments,[])).length>1?e:e[0]}var kr={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navMyOrganisation:"\u672C\u673A\u6784",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","MENU-ITEM":"\u670D\u52A1\u83DC\u5355\u9879\u76EE","MENU-CAP":"\u6BCF\u9879\u91D1\u989D\u4E0A\u9650","MENU-FLOW":"\u70B9\u5355\u73AF\u8282\u987A\u5E8F","MENU-NOTICE":"\u5404\u73AF\u8282\u516C\u793A","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",reasonLabel:"\u7406\u7531",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",menu:{nav:"\u793E\u533A\u70B9\u5355",filters:"\u7B5B\u9009",menuTitle:"\u670D\u52A1\u83DC\u5355",menuIntro:"\u672C\u8F96\u533A\u6C11\u751F\u5FAE\u5B9E\u4E8B\u7684\u670D\u52A1\u83DC\u5355\uFF1A\u5404\u670D\u52A1\u7C7B\u522B\u53CA\u5176\u9879\u76EE\uFF0C\u6BCF\u4E2A\u9879\u76EE\u6CE8\u660E\u7C7B\u578B\u3001\u6BCF\u9879\u91D1\u989D\u4E0A\u9650\u548C\u6240\u56DE\u5E94\u7684\u793E\u533A\u9700\u6C42\u3002\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u518D\u70B9\u9009\u3002",noMenu:"{jurisdiction} \u5C1A\u672A\u5BFC\u5165\u670D\u52A1\u83DC\u5355\u3002",loadIntro:"\u5BFC\u5165\u968F\u7CFB\u7EDF\u63D0\u4F9B\u7684\u793A\u4F8B\u670D\u52A1\u83DC\u5355\uFF0810 \u4E2A\u7C7B\u522B\u300140 \u4E2A\u9879\u76EE\uFF09\uFF1B\u6B64\u540E\u9010\u9879\u589E\u8865\u3002",load:"\u5BFC\u5165\u793A\u4F8B\u670D\u52A1\u83DC\u5355",loaded:"\u670D\u52A1\u83DC\u5355\u5DF2\u5BFC\u5165\u3002",version:"\u7B2C {version} \u7248 \xB7 \u5BFC\u5165\u4E8E {at}",noItems:"\u672C\u7C7B\u522B\u4E0B\u6682\u65E0\u9879\u76EE\u3002",code:"\u7F16\u7801",name:"\u540D\u79F0",type:"\u7C7B\u578B",types:{WORKS:"\u5DE5\u7A0B\u7C7B",SERVICES:"\u670D\u52A1\u7C7B",GOODS:"\u8D27\u7269\u7C7B"},cap:"\u6BCF\u9879\u4E0A\u9650",noCap:"\u672A\u8BBE\u4E0A\u9650",needs:"\u56DE\u5E94\u7684\u793E\u533A\u9700\u6C42",active:"\u53EF\u70B9\u9009",retired:"\u5DF2\u505C\u7528",retiredMark:"\uFF08\u5DF2\u505C\u7528\uFF09",retiredOn:"{on} \u505C\u7528\uFF1A{reason}",adminTitle:"\u7EF4\u62A4\u670D\u52A1\u83DC\u5355",addTitle:"\u589E\u52A0\u7C7B\u522B\u6216\u9879\u76EE",addIntro:"\u7C7B\u522B\u7528\u4E00\u4E2A\u5B57\u6BCD\u7F16\u7801\uFF08\u5982 K\uFF09\uFF0C\u9879\u76EE\u7528\u7C7B\u522B\u5B57\u6BCD\u52A0\u4E24\u4F4D\u6570\u5B57\uFF08\u5982 K01\uFF09\uFF0C\u5E76\u586B\u5199\u7C7B\u578B\u548C\u6240\u56DE\u5E94\u7684\u9700\u6C42\uFF1B\u7F16\u7801\u4E0D\u53EF\u91CD\u590D\u4F7F\u7528\u3002",codeHint:"\u7C7B\u522B\u5982 K\uFF0C\u9879\u76EE\u5982 K01",nameZh:"\u4E2D\u6587\u540D\u79F0",nameEn:"\u82F1\u6587\u540D\u79F0\uFF08\u53EF\u4E0D\u586B\uFF09",categoryType:"\u670D\u52A1\u7C7B\u522B\uFF08\u4E0D\u586B\u7C7B\u578B\uFF09",needsAnswered:"\u56DE\u5E94\u7684\u793E\u533A\u9700\u6C42",needsHint:"\u6BCF\u884C\u4E00\u9879\uFF0C1 \u81F3 10 \u9879\uFF1B\u7C7B\u522B\u4E0D\u586B\u3002",add:"\u589E\u52A0",added:"\u5DF2\u589E\u52A0\u3002",entryTitle:"\u66F4\u540D\u3001\u505C\u7528\u6216\u6062\u590D",entry:"\u83DC\u5355\u6761\u76EE",renameTitle:"\u66F4\u540D {code}",rename:"\u66F4\u540D",renamed:"\u5DF2\u66F4\u540D\u3002",retireTitle:"\u505C\u7528 {code}",retireIntro:"\u505C\u7528\u540E\u65B0\u7684\u70B9\u5355\u4E0D\u80FD\u518D\u70B9\u9009\u8BE5\u6761\u76EE\uFF1B\u6B64\u524D\u7684\u70B9\u5355\u4E0D\u53D7\u5F71\u54CD\u3002\u7C7B\u522B\u987B\u5148\u505C\u7528\u5176\u4E0B\u5168\u90E8\u9879\u76EE\u3002",retire:"\u505C\u7528",retiredDone:"\u5DF2\u505C\u7528\u3002",reinstateTitle:"\u6062\u590D {code}",reinstateIntro:"\u6062\u590D\u540E\u793E\u533A\u53EF\u518D\u6B21\u70B9\u9009\uFF1B\u6240\u5C5E\u7C7B\u522B\u987B\u4E3A\u53EF\u7528\u3002",reinstate:"\u6062\u590D",reinstated:"\u5DF2\u6062\u590D\u3002",ordersTitle:"\u793E\u533A\u70B9\u5355\u516C\u793A",mineTitle:"\u672C\u793E\u533A\u7684\u70B9\u5355",ordersIntro:"\u5404\u793E\u533A\u4ECE\u670D\u52A1\u83DC\u5355\u70B9\u5355\uFF0C\u7ECF\u6536\u96C6\u9700\u6C42\u3001\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE\u3001\u51B3\u7B56\u3001\u5B9E\u65BD\u3001\u9A8C\u6536\u4E94\u4E2A\u73AF\u8282\uFF0C\u6BCF\u4E2A\u73AF\u8282\u5747\u4E88\u516C\u793A\u3002",anyStatus:"\u5168\u90E8\u72B6\u6001",noOrders:"\u6682\u65E0\u70B9\u5355\u3002",ordersCount:"\u5171 {count} \u4E2A\u70B9\u5355",orderTitleField:"\u9879\u76EE\u540D\u79F0",community:"\u793E\u533A",items:"\u70B9\u9009\u9879\u76EE",total:"\u91D1\u989D\u5408\u8BA1",collectedAt:"\u516C\u793A\u65F6\u95F4",statuses:{NEEDS_COLLECTED:"\u9700\u6C42\u5DF2\u6536\u96C6",COUNCIL_APPROVED:"\u8BAE\u4E8B\u4F1A\u5DF2\u901A\u8FC7",REJECTED:"\u8BAE\u4E8B\u4F1A\u672A\u901A\u8FC7",DECIDED:"\u5DF2\u51B3\u7B56",IMPLEMENTING:"\u5B9E\u65BD\u4E2D",ACCEPTED:"\u5DF2\u9A8C\u6536"},steps:{COLLECT_NEEDS:"\u6536\u96C6\u9700\u6C42",COUNCIL_REVIEW:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE",DECIDE:"\u51B3\u7B56",IMPLEMENT:"\u5B9E\u65BD",ACCEPT:"\u9A8C\u6536"},orderTitle:"\u4ECE\u670D\u52A1\u83DC\u5355\u70B9\u5355",orderIntro:"\u4ECE {jurisdiction} \u7684\u670D\u52A1\u83DC\u5355\u70B9\u9009\u9879\u76EE\uFF0C\u9010\u9879\u586B\u5199\u91D1\u989D\uFF08\u5143\uFF09\u548C\u5C45\u6C11\u63D0\u51FA\u7684\u9700\u6C42\uFF0C\u5E76\u516C\u793A\u6536\u96C6\u5230\u7684\u9700\u6C42\u3002",communityOnly:"\u70B9\u5355\u7531\u793E\u533A\uFF08\u8D2D\u4E70\u4E3B\u4F53\uFF09\u4F7F\u7528\u672C\u5355\u4F4D\u7684\u4EE4\u724C\u529E\u7406\uFF0C\u8BF7\u5148\u767B\u5F55\u3002",communityName:"\u793E\u533A\u540D\u79F0",communityHint:"\u516C\u793A\u4E2D\u663E\u793A\u7684\u793E\u533A\u540D\u79F0\uFF0C\u5982\uFF1A\u798F\u7530\u533A\u9999\u871C\u6E56\u8857\u9053\u7AF9\u56ED\u793E\u533A",answers:"\u56DE\u5E94\uFF1A{needs}\u3002",capHint:"{type}\u9879\u76EE\u6BCF\u9879\u4E0A\u9650 {cap}\u3002",noCapHint:"\u672C\u8F96\u533A\u672A\u8BBE\u91D1\u989D\u4E0A\u9650\u3002",amount:"{code} \u91D1\u989D\uFF08\u5143\uFF09",amountShort:"\u91D1\u989D",statedNeeds:"{code} \u5C45\u6C11\u9700\u6C42\u8BF4\u660E",statedNeedsShort:"\u5C45\u6C11\u9700\u6C42",moneyInvalid:"{code} \u7684\u91D1\u989D\u4E0D\u662F\u6709\u6548\u91D1\u989D\uFF0C\u4F8B\u5982 30,000.00",orderTotal:"\u5DF2\u70B9\u9009 {count} \u4E2A\u9879\u76EE\uFF0C\u5408\u8BA1 {total}",noticeOf:"\u201C{step}\u201D\u516C\u793A\u5185\u5BB9",noticeHint:"\u516C\u793A\u7684\u5185\u5BB9\uFF0C\u5982\u9700\u6C42\u6536\u96C6\u7684\u65B9\u5F0F\u548C\u7ED3\u679C\u3001\u516C\u793A\u671F\u9650\u3002",collect:"\u63D0\u4EA4\u5E76\u516C\u793A",collected:"\u70B9\u5355\u5DF2\u63D0\u4EA4\uFF0C\u9700\u6C42\u5DF2\u516C\u793A\u3002",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u70B9\u5355\u3002",lines:"\u70B9\u9009\u9879\u76EE",menuVersion:"\u6309\u670D\u52A1\u83DC\u5355\u7B2C {version} \u7248\u6838\u5BF9\u3002",notices:"\u5404\u73AF\u8282\u516C\u793A",stepPending:"\u5C1A\u672A\u8FDB\u884C",stepEnded:"\u70B9\u5355\u5DF2\u7EC8\u6B62",councilApproved:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE\u901A\u8FC7\uFF1A{reason}",councilRejected:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE\u672A\u901A\u8FC7\uFF1A{reason}",implementation:"\u5B9E\u65BD",procurement:"\u91C7\u8D2D\u9879\u76EE",contract:"\u5408\u540C",budget:"\u9884\u7B97 {budget}",noContract:"\u5C1A\u672A\u7B7E\u8BA2\u5408\u540C",byApplication:"\u4EE5\u9879\u76EE\u7533\u62A5\u5B9E\u65BD\uFF0C\u7533\u62A5\u7F16\u53F7 {reference}",communityActions:"\u793E\u533A\u529E\u7406",bureauActions:"\u6C11\u653F\u90E8\u95E8\u529E\u7406",reviewTitle:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE",reviewIntro:"\u8BB0\u5F55\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u7684\u5BA1\u8BAE\u7ED3\u679C\u548C\u7406\u7531\uFF0C\u5E76\u4E88\u516C\u793A\uFF1B\u672A\u901A\u8FC7\u7684\u70B9\u5355\u5230\u6B64\u7EC8\u6B62\u3002",councilOutcome:"\u5BA1\u8BAE\u7ED3\u679C",approve:"\u901A\u8FC7",reject:"\u672A\u901A\u8FC7",councilReason:"\u5BA1\u8BAE\u7406\u7531",councilReasonHint:"\u5982\uFF1A\u5C45\u6C11\u8BAE\u4E8B\u4F1A 23 \u540D\u6210\u5458\u4E2D 19 \u4EBA\u8D5E\u6210",review:"\u8BB0\u5F55\u5BA1\u8BAE\u7ED3\u679C\u5E76\u516C\u793A",reviewed:"\u5BA1\u8BAE\u7ED3\u679C\u5DF2\u8BB0\u5F55\u5E76\u516C\u793A\u3002",decideTitle:"\u51B3\u7B56\uFF08\u653F\u5E9C\u914D\u83DC\uFF09",decideIntro:"\u540C\u610F\u5B9E\u65BD\u672C\u70B9\u5355\uFF0C\u91D1\u989D {total}\uFF0C\u5E76\u516C\u793A\u51B3\u7B56\u3002",decide:"\u540C\u610F\u5B9E\u65BD\u5E76\u516C\u793A",decided:"\u5DF2\u51B3\u7B56\u5E76\u516C\u793A\u3002",draftProcurement:"\u4E3A\u672C\u70B9\u5355\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftFor:"\u4E3A\u70B9\u5355\u201C{title}\u201D\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u9884\u7B97\u4E0D\u5F97\u8D85\u8FC7\u70B9\u5355\u91D1\u989D {total}\u3002\u4FDD\u5B58\u540E\u8FD4\u56DE\u70B9\u5355\u529E\u7406\u5B9E\u65BD\u3002",drafted:"\u91C7\u8D2D\u9879\u76EE\u5DF2\u8D77\u8349\uFF0C\u5DF2\u5728\u4E0B\u65B9\u9009\u5B9A\uFF1B\u8BF7\u586B\u5199\u516C\u793A\u5185\u5BB9\u529E\u7406\u5B9E\u65BD\u3002",implementTitle:"\u5B9E\u65BD",implementIntro:"\u901A\u8FC7\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE\uFF08\u9884\u7B97\u4E0D\u8D85\u8FC7 {total}\uFF09\u6216\u9879\u76EE\u7533\u62A5\u5B9E\u65BD\uFF0C\u5E76\u516C\u793A\u3002",implementBy:"\u5B9E\u65BD\u65B9\u5F0F",byProcurement:"\u653F\u5E9C\u91C7\u8D2D",byApplicationLabel:"\u9879\u76EE\u7533\u62A5",pickProcurement:"\u8BF7\u9009\u62E9\u91C7\u8D2D\u9879\u76EE",procurementHint:"\u672C\u5355\u4F4D\u8D77\u8349\u6216\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF1B\u5DF2\u6D41\u6807\u6216\u5DF2\u53D6\u6D88\u7684\u4E0D\u5217\u51FA\u3002",reference:"\u9879\u76EE\u7533\u62A5\u7F16\u53F7",implement:"\u529E\u7406\u5B9E\u65BD\u5E76\u516C\u793A",implemented:"\u5DF2\u529E\u7406\u5B9E\u65BD\u5E76\u516C\u793A\u3002",acceptTitle:"\u9A8C\u6536",acceptIntro:"\u91C7\u8D2D\u9879\u76EE\u7684\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u540E\uFF0C\u7EC4\u7EC7\u5C45\u6C11\u4EE3\u8868\u53C2\u4E0E\u9A8C\u6536\uFF0C\u5E76\u516C\u793A\u9A8C\u6536\u7ED3\u679C\u3002",accept:"\u9A8C\u6536\u5E76\u516C\u793A",accepted:"\u5DF2\u9A8C\u6536\u5E76\u516C\u793A\u3002",waiting:{NEEDS_COLLECTED:"\u7B49\u5F85\u793E\u533A\u8BB0\u5F55\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u7684\u5BA1\u8BAE\u7ED3\u679C\u3002",COUNCIL_APPROVED:"\u7B49\u5F85\u6C11\u653F\u90E8\u95E8\u51B3\u7B56\u3002",REJECTED:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u672A\u901A\u8FC7\uFF0C\u70B9\u5355\u5DF2\u7EC8\u6B62\u3002",DECIDED:"\u7B49\u5F85\u793E\u533A\u529E\u7406\u5B9E\u65BD\u3002",IMPLEMENTING:"\u7B49\u5F85\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u540E\u7531\u793E\u533A\u9A8C\u6536\u3002",ACCEPTED:"\u70B9\u5355\u5DF2\u9A8C\u6536\uFF0C\u5168\u90E8\u73AF\u8282\u5DF2\u5B8C\u6210\u3002"}},con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E",supplementTitle:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",headroom:"\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684 {percent}%\uFF08\u653F\u5E9C\u91C7\u8D2D\u6CD5\u7B2C\u56DB\u5341\u4E5D\u6761\uFF09\uFF1B\u5DF2\u8865\u5145 {used}\uFF0C\u5C1A\u53EF\u8865\u5145 {left}\u3002",headroomLeft:"\u81F3\u591A {left}",supplementAmount:"\u8865\u5145\u5408\u540C\u91D1\u989D\uFF08\u5143\uFF09",supplementDescription:"\u8865\u5145\u5185\u5BB9",sameSubject:"\u8865\u5145\u5408\u540C\u4E0E\u539F\u5408\u540C\u6807\u7684\u76F8\u540C\uFF0C\u5176\u4ED6\u6761\u6B3E\u4E0D\u53D8",supplementPayment:"\u8865\u5145\u5408\u540C\u7684\u4ED8\u6B3E\u8282\u70B9",supplementPayTitle:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u540D\u79F0",supplementPayDue:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u65E5\u671F",supplementFollows:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u6240\u5BF9\u5E94\u7684\u9A8C\u6536",supplementSubmit:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",supplementRecorded:"\u8865\u5145\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",correctIntro:"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF1A\u66F4\u6B63\u53E6\u4F5C\u8BB0\u5F55\uFF0C\u5199\u660E\u7406\u7531\uFF0C\u539F\u8BB0\u5F55\u4FDD\u7559\u3002",correctPaymentTitle:"\u66F4\u6B63\u4ED8\u6B3E\u8BB0\u5F55",correctWhichPayment:"\u8981\u66F4\u6B63\u7684\u4ED8\u6B3E",correctAmount:"\u66F4\u6B63\u540E\u7684\u91D1\u989D\uFF08\u5143\uFF09",correctReason:"\u66F4\u6B63\u7406\u7531",correctSubmit:"\u8BB0\u5F55\u66F4\u6B63",paymentCorrected:"\u4ED8\u6B3E\u8BB0\u5F55\u5DF2\u66F4\u6B63\u3002",correctAcceptanceTitle:"\u66F4\u6B63\u9A8C\u6536\u7ED3\u8BBA",currentResult:"\u73B0\u8BB0\u5F55\u7684\u7ED3\u8BBA\uFF1A{result}",correctedResult:"\u66F4\u6B63\u540E\u7684\u7ED3\u8BBA",acceptanceCorrected:"\u9A8C\u6536\u7ED3\u8BBA\u5DF2\u66F4\u6B63\u3002",suspendTitle:"\u4E2D\u6B62\u5408\u540C",suspendIntro:"\u4E2D\u6B62\u671F\u95F4\u4E0D\u518D\u9A8C\u6536\uFF0C\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",suspend:"\u4E2D\u6B62\u5408\u540C",suspended:"\u5408\u540C\u5DF2\u4E2D\u6B62\u3002",resumeTitle:"\u6062\u590D\u5C65\u884C",resume:"\u6062\u590D\u5C65\u884C",resumed:"\u5408\u540C\u5DF2\u6062\u590D\u5C65\u884C\u3002",terminateTitle:"\u89E3\u9664\u5408\u540C",terminateIntro:"\u89E3\u9664\u540E\u5408\u540C\u4E0D\u518D\u5C65\u884C\uFF0C\u4E0D\u53EF\u64A4\u56DE\uFF1B\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",terminate:"\u89E3\u9664\u5408\u540C",terminated:"\u5408\u540C\u5DF2\u89E3\u9664\u3002"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784",thirdPartySearch:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u540D\u79F0\uFF08\u90E8\u5206\u5373\u53EF\uFF09",thirdPartyNone:"\u6CA1\u6709\u540D\u79F0\u76F8\u7B26\u3001\u767B\u8BB0\u72B6\u6001\u6B63\u5E38\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",thirdPartyPick:"\u8BF7\u5148\u6309\u540D\u79F0\u67E5\u627E\u5E76\u9009\u62E9\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u3002",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E",nav:"\u7EE9\u6548\u8BC4\u4EF7",mineTitle:"\u6211\u7684\u7EE9\u6548\u8BC4\u4EF7",opened:"\u5F00\u59CB\u65F6\u95F4"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7",idInvalid:"\u8BF7\u7C98\u8D34\u5B8C\u6574\u7684\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7\uFF08UUID\uFF09\u3002"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",amendTitle:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amendIntro:"\u6295\u6807\u622A\u6B62\u524D\u53EF\u66F4\u6B63\u91C7\u8D2D\u9700\u6C42\u548C\u65F6\u95F4\uFF1B\u622A\u6B62\u65F6\u95F4\u53EA\u80FD\u5EF6\u540E\u3002\u6240\u4F5C\u66F4\u6B63\u4E0E\u7406\u7531\u4E00\u5E76\u516C\u5F00\u3002",amendDeadlineHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\uFF1B\u53EA\u80FD\u5EF6\u540E\u3002\u5B9E\u8D28\u6027\u66F4\u6B63\u987B\u81EA\u66F4\u6B63\u4E4B\u65E5\u8D77\u91CD\u65B0\u6EE1\u8DB3\u7B49\u6807\u671F\u3002",substantive:"\u5B9E\u8D28\u6027\u66F4\u6B63\uFF08\u5F71\u54CD\u6295\u6807\u6587\u4EF6\u7F16\u5236\uFF09",substantiveHint:"\u66F4\u6B63\u8D44\u683C\u8981\u6C42\u6216\u8BC4\u5206\u529E\u6CD5\u603B\u662F\u5B9E\u8D28\u6027\u7684\u3002",amendReason:"\u66F4\u6B63\u7406\u7531",amend:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amended:"\u66F4\u6B63\u516C\u544A\u5DF2\u53D1\u5E03\u3002",cancelTitle:"\u7EC8\u6B62\u91C7\u8D2D",cancelIntro:"\u4E2D\u6807\u516C\u544A\u53D1\u5E03\u524D\u53EF\u7EC8\u6B62\u91C7\u8D2D\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF1B\u7EC8\u6B62\u540E\u4E0D\u53EF\u6062\u590D\u3002",cancel:"\u7EC8\u6B62\u91C7\u8D2D",cancelled:"\u91C7\u8D2D\u5DF2\u7EC8\u6B62\u3002",excludeTitle:"\u4E2D\u6807\u5019\u9009\u4EBA\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C",excludeIntro:"\u6392\u540D\u6700\u9AD8\u7684\u6295\u6807\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C\u540E\uFF0C\u7531\u6392\u540D\u5176\u6B21\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u9012\u8865\uFF1B\u65E0\u4EBA\u9012\u8865\u65F6\u91C7\u8D2D\u5931\u8D25\uFF08\u5E9F\u6807\uFF09\u3002",rankedBid:"\u6392\u540D\u6295\u6807",rankedOption:"\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09",candidateMark:"\uFF08\u4E2D\u6807\u5019\u9009\u4EBA\uFF09",excludeWhat:"\u60C5\u5F62",excludeKinds:{DECLINE:"\u6295\u6807\u4EBA\u653E\u5F03\u4E2D\u6807",DISQUALIFY:"\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},excludeSubmit:"\u8BB0\u5F55",declined:"\u5DF2\u8BB0\u5F55\u653E\u5F03\u4E2D\u6807\u3002",disqualified:"\u5DF2\u53D6\u6D88\u8BE5\u6295\u6807\u7684\u4E2D\u6807\u8D44\u683C\u3002",exclusions:{DECLINED:"\u5DF2\u653E\u5F03\u4E2D\u6807",DISQUALIFIED:"\u5DF2\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},exclusionReason:"\uFF1A{reason}",complaintTitle:"\u6295\u8BC9",complaintAbout:"\u8D28\u7591\u201C{grounds}\u201D",complaintReference:"\u6295\u8BC9\u7F16\u53F7\uFF08\u8D22\u653F\u90E8\u95E8\u53D7\u7406\uFF09",complaintHint:"\u8D28\u7591\u4EBA\u5411\u8D22\u653F\u90E8\u95E8\u6295\u8BC9\u540E\uFF0C\u8BB0\u5F55\u5176\u53D7\u7406\u7F16\u53F7\u3002",recordComplaint:"\u8BB0\u5F55\u6295\u8BC9",complaintRecorded:"\u6295\u8BC9\u5DF2\u8BB0\u5F55\u3002",complaints:"\u6295\u8BC9\uFF1A{refs}",challengeTitle:"\u63D0\u51FA\u8D28\u7591",challengeIntro:"\u5BF9\u4E2D\u6807\u7ED3\u679C\u6709\u5F02\u8BAE\u7684\u6295\u6807\u4EBA\u53EF\u5728\u8D28\u7591\u671F\u5185\uFF08\u81F3 {deadline}\uFF09\u63D0\u51FA\u8D28\u7591\uFF0C\u5199\u660E\u8D28\u7591\u4E8B\u9879\u548C\u7406\u7531\u3002",grounds:"\u8D28\u7591\u4E8B\u9879\u53CA\u7406\u7531",challengeSubmit:"\u63D0\u51FA\u8D28\u7591",challengeFiled:"\u8D28\u7591\u5DF2\u63D0\u51FA\u3002",documents:"\u6295\u6807\u6587\u4EF6\uFF08\u9644\u4EF6\uFF09",commitmentAndDocuments:"\u627F\u8BFA\u503C\u4E0E\u6295\u6807\u6587\u4EF6\u6458\u8981",documentsHint:"\u53EA\u767B\u8BB0\u6BCF\u4E2A\u6587\u4EF6\u7684\u540D\u79F0\u548C SHA-256 \u6458\u8981\uFF0C\u6587\u4EF6\u672C\u8EAB\u4E0D\u4E0A\u4F20\uFF1B\u5F00\u6807\u540E\u53EF\u636E\u6B64\u6838\u5BF9\u6240\u4EA4\u6587\u4EF6\u3002",hashing:"\u6B63\u5728\u8BA1\u7B97\u6587\u4EF6\u6458\u8981\u2026",removeDocument:"\u5220\u9664\u9644\u4EF6 {name}",documentUnreadable:"\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{message}",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navMyOrganisation:"My organisation",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","MENU-ITEM":"menu item","MENU-CAP":"cap per item","MENU-FLOW":"order of the steps","MENU-NOTICE":"public notice of each step","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",reasonLabel:"Reason",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",menu:{nav:"Community orders",filters:"Filters",menuTitle:"Service menu",menuIntro:"The jurisdiction\u2019s menu of community projects: its categories and their items, each with its type, the cap per item and the community needs it answers. Retired items can no longer be ordered.",noMenu:"No service menu has been loaded for {jurisdiction} yet.",loadIntro:"Load the sample menu shipped with the ledger (10 categories, 40 items); entries are added one by one after that.",load:"Load the sample menu",loaded:"The menu was loaded.",version:"version {version} \xB7 loaded {at}",noItems:"No items in this category yet.",code:"Code",name:"Name",type:"Type",types:{WORKS:"Works",SERVICES:"Services",GOODS:"Goods"},cap:"Cap per item",noCap:"no cap",needs:"Community needs answered",active:"open to orders",retired:"retired",retiredMark:"(retired)",retiredOn:"retired {on}: {reason}",adminTitle:"Keep the menu",addTitle:"Add a category or an item",addIntro:"A category has a letter (K), an item its category\u2019s letter and two digits (K01), with its type and the needs it answers; a code is never used twice.",codeHint:"a category like K, an item like K01",nameZh:"Chinese name",nameEn:"English name (optional)",categoryType:"a category (no type)",needsAnswered:"Community needs answered",needsHint:"one a line, 1 to 10; none for a category.",add:"Add",added:"Added.",entryTitle:"Rename, retire or reinstate",entry:"Menu entry",renameTitle:"Rename {code}",rename:"Rename",renamed:"Renamed.",retireTitle:"Retire {code}",retireIntro:"New orders can no longer name it; orders placed before keep it. A category is retired once its items are.",retire:"Retire",retiredDone:"Retired.",reinstateTitle:"Reinstate {code}",reinstateIntro:"Communities can order it again; its category must be open.",reinstate:"Reinstate",reinstated:"Reinstated.",ordersTitle:"Community orders (public notices)",mineTitle:"Our community\u2019s orders",ordersIntro:"Communities order from the menu; each order goes through collecting needs, the residents\u2019 council review, the decision, implementation and acceptance, each step publicly noticed.",anyStatus:"any status",noOrders:"No orders yet.",ordersCount:"{count} orders",orderTitleField:"Title",community:"Community",items:"Items ordered",total:"Total",collectedAt:"Noticed",statuses:{NEEDS_COLLECTED:"needs collected",COUNCIL_APPROVED:"council approved",REJECTED:"council rejected",DECIDED:"decided",IMPLEMENTING:"implementing",ACCEPTED:"accepted"},steps:{COLLECT_NEEDS:"Collecting needs",COUNCIL_REVIEW:"Residents\u2019 council review",DECIDE:"Decision",IMPLEMENT:"Implementation",ACCEPT:"Acceptance"},orderTitle:"Order from the menu",orderIntro:"Pick items from the menu of {jurisdiction}, each with its amount in yuan and the needs residents stated, and publish the needs collected.",communityOnly:"A community (a purchaser) orders with its unit\u2019s token: sign in first.",communityName:"Community name",communityHint:"as the notices print it, e.g. \u798F\u7530\u533A\u9999\u871C\u6E56\u8857\u9053\u7AF9\u56ED\u793E\u533A",answers:"Answers: {needs}.",capHint:"A {type} item is capped at {cap}.",noCapHint:"No cap is set in this jurisdiction.",amount:"{code} amount (yuan)",amountShort:"Amount",statedNeeds:"{code} needs stated by residents",statedNeedsShort:"Needs stated",moneyInvalid:"The amount of {code} is not an amount, e.g. 30,000.00",orderTotal:"{count} items picked, {total} in all",noticeOf:"Public notice of \u201C{step}\u201D",noticeHint:"What is published: how the needs were collected and what was found, and for how long.",collect:"Submit and publish",collected:"The order was placed and its needs published.",notFound:"There is no such order.",lines:"Items ordered",menuVersion:"Checked against version {version} of the menu.",notices:"Public notices of each step",stepPending:"not yet",stepEnded:"the order has ended",councilApproved:"Approved by the residents\u2019 council: {reason}",councilRejected:"Rejected by the residents\u2019 council: {reason}",implementation:"Implementation",procurement:"Procurement",contract:"Contract",budget:"budget {budget}",noContract:"no contract signed yet",byApplication:"Implemented as project application {reference}",communityActions:"The community\u2019s steps",bureauActions:"The bureau\u2019s steps",reviewTitle:"Residents\u2019 council review",reviewIntro:"Record the council\u2019s outcome and reason, and publish it; a rejected order ends here.",councilOutcome:"Outcome",approve:"Approved",reject:"Rejected",councilReason:"The council\u2019s reason",councilReasonHint:"e.g. 19 of the council\u2019s 23 members in favour",review:"Record the review and publish",reviewed:"The review was recorded and published.",decideTitle:"Decision (the government funds it)",decideIntro:"Fund this order, {total}, and publish the decision.",decide:"Decide and publish",decided:"Decided and published.",draftProcurement:"Draft the procurement for this order",draftFor:"Drafting the procurement for the order \u201C{title}\u201D: its budget at most the order\u2019s {total}. Once saved, the order opens again to be implemented.",drafted:"The procurement was drafted and is picked below: write the notice to implement the order.",implementTitle:"Implementation",implementIntro:"Through a procurement of your unit (budget at most {total}) or a project application, and publish it.",implementBy:"Implemented by",byProcurement:"Government procurement",byApplicationLabel:"Project application",pickProcurement:"Pick a procurement",procurementHint:"Your unit\u2019s procurements, drafted or published; failed or cancelled ones are not listed.",reference:"Project application reference",implement:"Implement and publish",implemented:"Implemented and published.",acceptTitle:"Acceptance",acceptIntro:"Once the procurement\u2019s contract is completed, accept the order with residents\u2019 representatives and publish the result.",accept:"Accept and publish",accepted:"Accepted and published.",waiting:{NEEDS_COLLECTED:"Waiting for the community to record its residents\u2019 council review.",COUNCIL_APPROVED:"Waiting for the bureau\u2019s decision.",REJECTED:"The residents\u2019 council rejected it: the order has ended.",DECIDED:"Waiting for the community to implement it.",IMPLEMENTING:"Waiting for the contract to be completed and the community to accept it.",ACCEPTED:"Accepted: every step is done."}},con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received",supplementTitle:"Sign a supplementary contract",headroom:"Supplements together may add at most {percent}% of the original amount (Government Procurement Law, art. 49); {used} added so far, {left} left.",headroomLeft:"At most {left}",supplementAmount:"Supplement amount (yuan)",supplementDescription:"What it adds",sameSubject:"Same subject as the contract, its other terms unchanged",supplementPayment:"The supplement's payment milestone",supplementPayTitle:"Supplement payment name",supplementPayDue:"Supplement payment date",supplementFollows:"Supplement payment after the acceptance of",supplementSubmit:"Sign the supplement",supplementRecorded:"Supplementary contract signed.",correctIntro:"A record is never changed: a correction is a new record with its reason, and the old one stays.",correctPaymentTitle:"Correct a payment",correctWhichPayment:"Payment to correct",correctAmount:"Corrected amount (yuan)",correctReason:"Reason for the correction",correctSubmit:"Record the correction",paymentCorrected:"Payment corrected.",correctAcceptanceTitle:"Correct an acceptance result",currentResult:"Recorded now: {result}",correctedResult:"Corrected result",acceptanceCorrected:"Acceptance result corrected.",suspendTitle:"Suspend the contract",suspendIntro:"While suspended nothing is accepted; what was accepted is still paid.",suspend:"Suspend",suspended:"Contract suspended.",resumeTitle:"Resume the contract",resume:"Resume",resumed:"Contract resumed.",terminateTitle:"Terminate the contract",terminateIntro:"A terminated contract is not performed any further, and this cannot be undone; what was accepted is still paid.",terminate:"Terminate",terminated:"Contract terminated."},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third-party evaluator",thirdPartySearch:"Third party\u2019s name (part of it)",thirdPartyNone:"No active organisation has such a name.",thirdPartyPick:"Find the third party by its name and pick it first.",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility",nav:"Evaluations",mineTitle:"My performance evaluations",opened:"Opened"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id",idInvalid:"Paste the whole procurement id (a UUID)."},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",amendTitle:"Publish an amendment",amendIntro:"Until the bid deadline the description and the times may be amended; the deadline may only move later. The amendment is published with its reason.",amendDeadlineHint:"Beijing time; later only. A substantive amendment needs the full bidding period again from today.",substantive:"Substantive (changes how bids are prepared)",substantiveHint:"A change of requirements or scoring always is.",amendReason:"Reason for the amendment",amend:"Publish the amendment",amended:"Amendment published.",cancelTitle:"Cancel the procurement",cancelIntro:"Before the award a procurement may be cancelled, with the reason; this cannot be undone.",cancel:"Cancel the procurement",cancelled:"Procurement cancelled.",excludeTitle:"A ranked bidder declines, or is disqualified",excludeIntro:"When the top-ranked bid declines or is disqualified, the next valid bid in rank takes its place; with none left the procurement fails.",rankedBid:"Ranked bid",rankedOption:"No. {rank} {name} ({price})",candidateMark:" (candidate)",excludeWhat:"What happened",excludeKinds:{DECLINE:"The bidder declines the award",DISQUALIFY:"Disqualify the bid"},excludeSubmit:"Record",declined:"Declined award recorded.",disqualified:"Bid disqualified.",exclusions:{DECLINED:"Declined the award",DISQUALIFIED:"Disqualified"},exclusionReason:": {reason}",complaintTitle:"Complaints",complaintAbout:"Challenge \u201C{grounds}\u201D",complaintReference:"Complaint reference (finance department)",complaintHint:"When the challenger complains to the finance department, record its reference.",recordComplaint:"Record the complaint",complaintRecorded:"Complaint recorded.",complaints:"Complaints: {refs}",challengeTitle:"Challenge the award",challengeIntro:"A bidder who disputes the award may challenge it until {deadline}, stating what and why.",grounds:"What is challenged, and why",challengeSubmit:"File the challenge",challengeFiled:"Challenge filed.",documents:"Bid documents",commitmentAndDocuments:"Commitment and document digests",documentsHint:"Only each file\u2019s name and SHA-256 digest are recorded, the file is not uploaded; after the opening the files handed in are checked against them.",hashing:"Computing the files\u2019 digests\u2026",removeDocument:"Remove {name}",documentUnreadable:"The file could not be read: {message}",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"}}};function Fe(t,e,r={}){let n=e.split(".").reduce((i,a)=>i?.[a],kr[t]);return(typeof n=="string"?n:e).replace(/\{(\w+)\}/g,(i,a)=>(r[a]??`{${a}}`).toString())}function pn(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}var Tt="civic-ledger.token",mn="civic-ledger.lang";function et(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let r=e[1].replace(/-/g,"+").replace(/_/g,"/"),n=r+"=".repeat((4-r.length%4)%4),o=Uint8Array.from(atob(n),a=>a.charCodeAt(0)),i=JSON.parse(new TextDecoder().decode(o));return i&&typeof i.role=="string"&&typeof i.exp=="number"?i:null}catch{return null}}var Se={token(){return sessionStorage.getItem(Tt)},save(t){sessionStorage.setItem(Tt,t.trim())},clear(){sessionStorage.removeItem(Tt)}},Me={get(){return localStorage.getItem(mn)==="en"?"en":"zh"},set(t){localStorage.setItem(mn,t)}};function we(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,r=>r.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var W=class extends Error{constructor(e,r={},n=200){super(e),this.code=r.code??"INTERNAL",this.rule=r.rule??null,this.field=r.field??null,this.extensions=r,this.status=n}},$n=()=>{};function hn(t){$n=t}async function x(t,e,{lang:r,token:n=Se.token()}={}){let o={"content-type":"application/json","accept-language":pn(r)};n&&(o.authorization=`Bearer ${n}`);let i;try{i=await fetch("/graphql",{method:"POST",headers:o,body:JSON.stringify({query:t,variables:e})})}catch(d){throw new W(d.message,{code:"NETWORK"},0)}let a;try{a=await i.json()}catch{throw new W(`HTTP ${i.status}`,{code:"NETWORK"},i.status)}let s=a.errors?.[0];if(s){let d=new W(s.message,s.extensions??{},i.status);throw i.status===401&&$n(d),d}return a.data}var fn="Asia/Shanghai";function tt(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function le(t){return tt(t).replace(/\s+/g,"").toUpperCase()}function k(t){return String(t??"").trim()}function Pe(t){return tt(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function L(t){if(t==null||t==="")return"";let e=String(t),r=e.startsWith("-"),[n,o=""]=(r?e.slice(1):e).split("."),i=n.replace(/\B(?=(\d{3})+(?!\d))/g,","),a=(o+"00").slice(0,Math.max(2,o.length));return`${r?"-":""}\xA5${i}.${a}`}function gn(t){return t==="en"?"en-GB":"zh-CN"}function F(t,e){if(!t)return"";let r=new Date(t);return Number.isNaN(r.getTime())?String(t):new Intl.DateTimeFormat(gn(e),{timeZone:fn,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(r)}function z(t,e){if(!t)return"";let r=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!r)return String(t);let n=new Date(Date.UTC(+r[1],+r[2]-1,+r[3]));return new Intl.DateTimeFormat(gn(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(n)}function nt(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:fn}).format(t)}var Z=X.bind(J),Or=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,xr=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,Lr=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,Fr=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,Mr=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,Ur=10,Br=1e3,vn=/^organisation-[0-9a-fA-F-]{36}$/;function jr(t,e){let r=t("audit.fields."+e);return r==="audit.fields."+e?e:r}var Hr=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function bn(t,e,r,n){return n==null?t("audit.empty"):r==="status"?t("statuses."+n):r==="kind"?t("kinds."+n):r==="registeredFunds"?L(n):Hr.test(n)?F(n,e):n}function Vr({t,lang:e,ErrorText:r,onOpen:n}){let[o,i]=v(""),[a,s]=v(null),[d,l]=v(null),[$,h]=v(!1),c=async p=>{p.preventDefault();let E=k(o);if(!E||$)return;if(vn.test(E))return n(E);h(!0),l(null);let m=le(E),u=/^[0-9A-Z]{18}$/.test(m)?{creditCode:m}:{nameContains:E};try{s((await x(Or,{filter:u},{lang:e})).organisations.nodes)}catch(y){l(y),s(null)}finally{h(!1)}};return Z`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${c}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${o} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${p=>i(p.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${$}>${t("search")}</button>
    </form>
    <${r} error=${d} />
    ${a&&a.length===0?Z`<p class="empty" role="status">${t("noResults")}</p>`:null}
    ${a&&a.length>0?Z`<ul class="found" aria-label=${t("audit.found")}>
          ${a.map(p=>Z`<li>
              <button type="button" class="link" onClick=${()=>n("organisation-"+p.id)}>${p.name}</button>
              ${" "}<code>${p.creditCode}</code> ${t("statuses."+p.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function Gr({t,lang:e,changes:r}){return r.length===0?Z`<span class="empty">${t("audit.noChange")}</span>`:Z`<ul class="changes">
    ${r.map(n=>Z`<li>
        <span class="field-name">${jr(t,n.field)}</span>: <del>${bn(t,e,n.field,n.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${bn(t,e,n.field,n.new)}</ins>
      </li>`)}
  </ul>`}function qr({t,lang:e,ErrorText:r,stream:n,entries:o}){let[i,a]=v(o.length-1),[s,d]=v(null),[l,$]=v(null),h=n.slice(13),c=o[Math.min(i,o.length-1)]?.recordedAt;U(()=>{if(!c)return;let E=!0;return $(null),x(Lr,{id:h,at:c},{lang:e}).then(m=>E&&d(m.organisationAsOf),m=>E&&$(m)),()=>{E=!1}},[h,c,e]);let p=c?F(c,e):"";return Z`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${o.length-1} step="1" value=${i}
        aria-valuetext=${t("audit.sliderValue",{version:o[i]?.version,when:p})}
        onInput=${E=>a(Number(E.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:o[i]?.version,when:p})}</p>
    </div>
    <${r} error=${l} />
    ${s?Z`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${s.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+s.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${s.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${s.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${L(s.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${s.version}</dd></div>
        </dl>`:null}
  </section>`}function Wr({t,lang:e,ErrorText:r,stream:n}){let[o,i]=v([]),[a,s]=v(null),[d,l]=v(!1),[$,h]=v(null),c=async(u,y)=>{l(!0),s(null);try{let T=(await x(xr,{s:n,from:u},{lang:e})).recordTimeline;i([...y,T])}catch(T){s(T)}finally{l(!1)}};U(()=>{i([]),h(null),c(0,[])},[n,e]);let p=async()=>{h({busy:!0});try{let u=(await x(Mr,{s:n},{lang:e})).verifyStream;h({result:u})}catch(u){h({error:u})}},E=o.flatMap(u=>u.entries),m=o[o.length-1];return Z`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${n}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${$?.busy} onClick=${p}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${$?.result?Z`<${yn} t=${t} failure=${$.result.firstFailure} ok=${t("audit.recordOk",{count:$.result.eventsChecked})} />`:null}
      </div>
      <${r} error=${$?.error} />
    </div>
    <${r} error=${a} />
    ${E.length>0?Z`<${qr} key=${n+E.length} t=${t} lang=${e} ErrorText=${r} stream=${n} entries=${E} />`:null}
    ${E.length>0?Z`<table class="timeline">
          <caption>${t("audit.events",{count:m.totalCount})}</caption>
          <thead><tr><th scope="col">${t("version")}</th><th scope="col">${t("audit.when")}</th><th scope="col">${t("audit.who")}</th><th scope="col">${t("audit.what")}</th><th scope="col">${t("audit.reason")}</th><th scope="col">${t("audit.changes")}</th></tr></thead>
          <tbody>
            ${E.map(u=>Z`<tr>
                <td>${u.version}</td>
                <td>${F(u.recordedAt,e)}</td>
                <td>${u.actor??t("audit.ledgerItself")}${u.role?Z` <span class="role">(${t("roles."+u.role)})</span>`:null}</td>
                <td>${t("audit.kinds."+u.kind)==="audit.kinds."+u.kind?u.kind:t("audit.kinds."+u.kind)}</td>
                <td>${u.reason??""}</td>
                <td><${Gr} t=${t} lang=${e} changes=${u.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:d?Z`<p role="status">${t("loading")}</p>`:null}
    ${m?.nextVersion!=null&&o.length<Ur?Z`<button type="button" disabled=${d} onClick=${()=>c(m.nextVersion,o)}>${t("audit.more")}</button>`:null}
  </section>`}function yn({t,failure:e,ok:r}){return e?Z`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:Z`<p class="notice verify-ok">${r}</p>`}function Yr({t,lang:e,ErrorText:r}){let[n,o]=v(null),[i,a]=v(null),[s,d]=v(!1),l=me(!1),$=async()=>{if(l.current)return;l.current=!0,d(!0),a(null);let h=0,c=0;try{let p=!1;for(let E=0;E<Br&&!p;E++){let m=(await x(Fr,{after:h},{lang:e})).verifyLedger;if(c+=m.eventsChecked,h=m.lastPosition,p=m.done||m.firstFailure!=null,o({checked:c,at:h,head:m.head,failure:m.firstFailure,done:p}),!p&&m.eventsChecked===0)break}if(!p)throw new W(t("audit.stalled",{position:h}),{code:"INTERNAL"})}catch(p){a(p)}finally{l.current=!1,d(!1)}};return Z`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t("audit.verify")}</h2>
    <p>${t("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${$} disabled=${s}>${t("audit.verifyButton")}</button>
    </div>
    ${n?Z`<div class="field">
          <label for="audit-verify-progress">${t("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(n.head,1)} value=${n.at}>${n.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${n&&!n.done?Z`<p>${t("audit.verifying",{checked:n.checked,head:n.head})}</p>`:null}
      ${n?.done?Z`<${yn} t=${t} failure=${n.failure} ok=${t("audit.ledgerOk",{count:n.checked})} />`:null}
    </div>
    <${r} error=${i} />
  </section>`}function Kr({t,ErrorText:e}){let[r,n]=v(null),[o,i]=v(!1),a=async()=>{if(!o){i(!0),n(null);try{let s=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${Se.token()}`}});if(!s.ok){let c=(await s.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(c?.message??`HTTP ${s.status}`),{code:c?.extensions?.code??"NETWORK"})}let d=/filename="([^"]+)"/.exec(s.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await s.blob()),$=document.createElement("a");$.href=l,$.download=d,document.body.append($),$.click(),$.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(s){n(s)}finally{i(!1)}}};return Z`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${o} onClick=${a}>${t("audit.exportButton")}</button>
    <${e} error=${r} />
  </section>`}function En({t,lang:e,ErrorText:r,params:n,extra:o=null}){let[i,a]=v(n.get("stream")),s=d=>{a(d),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(d))};return Z`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${Vr} t=${t} lang=${e} ErrorText=${r} onOpen=${s} />
    ${i&&vn.test(i)?Z`<${Wr} key=${i} t=${t} lang=${e} ErrorText=${r} stream=${i} />`:null}
    ${o}
    <${Yr} t=${t} lang=${e} ErrorText=${r} />
    <${Kr} t=${t} ErrorText=${r} />
  </main>`}var Te=X.bind(J);function oe(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(Pe(t));if(!e)return null;let r=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(r)?r:null}function G(t,{untilRemount:e=!1}={}){let r=me(!1),n=me(null),[o,i]=v(!1),[a,s]=v(null);return{run:async(l,$,h)=>{if(r.current)return;r.current=!0,i(!0),s(null),n.current??=we();let c=!1;try{let p=await x(l,{i:{...$,commandId:n.current}},{lang:t});n.current=null,c=!0,await h(p)}catch(p){p.code!=="NETWORK"&&(n.current=null),s(p)}finally{c&&e||(r.current=!1),i(!1)}},busy:o,error:a,setError:s}}function ue(t,e,r={}){if(!t)return null;let n=String(t.field??"").split(".")[0];return n&&Object.hasOwn(e,n)?e[n]:t.rule&&r[t.rule]||null}function q({ui:t,id:e,label:r,value:n,onInput:o,error:i,hint:a,rows:s,className:d="",...l}){let{ErrorText:$}=t,h=[a?e+"-hint":null,i?e+"-error":null].filter(Boolean).join(" ")||void 0,c={id:e,value:n,"aria-invalid":i?"true":void 0,"aria-describedby":h,onInput:p=>o(p.currentTarget.value),...l};return Te`<div class=${"field "+d+(i?" invalid":"")}>
    <label for=${e}>${r}</label>
    ${s?Te`<textarea rows=${s} ...${c}></textarea>`:Te`<input ...${c} />`}
    ${a?Te`<p class="hint" id=${e+"-hint"}>${a}</p>`:null}
    ${i?Te`<${$} error=${i} id=${e+"-error"} />`:null}
  </div>`}function Ae({ui:t,id:e,label:r,mutation:n,input:o,onDone:i,className:a}){let{lang:s,ErrorText:d}=t,l=G(s);return Te`<div class="action">
    <button type="button" id=${e} class=${a} disabled=${l.busy} onClick=${()=>l.run(n,o,i)}>${r}</button>
    <${d} error=${l.error} id=${e+"-error"} />
  </div>`}function $e({ui:t,id:e,title:r,intro:n,reasonLabel:o,submitLabel:i,mutation:a,input:s,reasonKey:d="reason",onDone:l,danger:$=!1,untilRemount:h=!1}){let{t:c,lang:p,ErrorText:E}=t,[m,u]=v(""),y=G(p,{untilRemount:h}),T=I=>{I.preventDefault(),y.run(a,{...s,[d]:k(m)},l)},f=ue(y.error,{[d]:"reason"})==="reason";return Te`<form class=${"reason-form"+($?" danger":"")} id=${e} onSubmit=${T} novalidate aria-labelledby=${e+"-heading"}>
    <h3 id=${e+"-heading"}>${r}</h3>
    ${n?Te`<p>${n}</p>`:null}
    <${q} ui=${t} id=${e+"-reason"} label=${o??c("reasonLabel")} rows="2" value=${m} onInput=${u} error=${f?y.error:null} />
    <div class="action">
      <button type="submit" id=${e+"-submit"} class=${$?"danger":void 0} disabled=${y.busy}>${y.busy?c("submitting"):i}</button>
      ${y.error&&!f?Te`<${E} error=${y.error} id=${e+"-error"} />`:null}
    </div>
  </form>`}var Zr=new Uint32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),be=(t,e)=>t>>>e|t<<32-e;function Qr(t){let e=new Uint32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),r=t.length,n=new Uint8Array((r+8>>6)+1<<6);n.set(t),n[r]=128;let o=new DataView(n.buffer);o.setUint32(n.length-8,Math.floor(r/536870912)),o.setUint32(n.length-4,r<<3>>>0);let i=new Uint32Array(64);for(let a=0;a<n.length;a+=64){for(let m=0;m<16;m++)i[m]=o.getUint32(a+m*4);for(let m=16;m<64;m++){let u=be(i[m-15],7)^be(i[m-15],18)^i[m-15]>>>3,y=be(i[m-2],17)^be(i[m-2],19)^i[m-2]>>>10;i[m]=i[m-16]+u+i[m-7]+y>>>0}let[s,d,l,$,h,c,p,E]=e;for(let m=0;m<64;m++){let u=E+(be(h,6)^be(h,11)^be(h,25))+(h&c^~h&p)+Zr[m]+i[m]>>>0,y=(be(s,2)^be(s,13)^be(s,22))+(s&d^s&l^d&l)>>>0;E=p,p=c,c=h,h=$+u>>>0,$=l,l=d,d=s,s=u+y>>>0}e[0]+=s,e[1]+=d,e[2]+=l,e[3]+=$,e[4]+=h,e[5]+=c,e[6]+=p,e[7]+=E}return Array.from(e,a=>a.toString(16).padStart(8,"0")).join("")}async function In(t){let e=new Uint8Array(await t.arrayBuffer());if(globalThis.isSecureContext&&globalThis.crypto?.subtle){let r=new Uint8Array(await crypto.subtle.digest("SHA-256",e));return Array.from(r,n=>n.toString(16).padStart(2,"0")).join("")}return Qr(e)}var Y=X.bind(J),Jr=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,rt="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",An=`query MyBids { myBids(first: 100) { nodes { ${rt} } } }`,zr=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${rt} } }`,Xr=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${rt} } }`,ei=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${rt} } }`,ti="mutation Challenge($i: ChallengeAwardInput!) { challengeAward(input: $i) { version } }";function _n({ui:t}){let{t:e,lang:r,ErrorText:n,Link:o}=t,[i,a]=v(null),[s,d]=v(null);return U(()=>{let l=!0;return x(Jr,{after:null},{lang:r}).then($=>l&&a($.eligibleProcurements.nodes),$=>l&&d($)),()=>{l=!1}},[r]),Y`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${n} error=${s} />
    ${i==null&&!s?Y`<p role="status">${e("loading")}</p>`:null}
    ${i&&i.length===0?Y`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${i&&i.length>0?Y`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${i.map(l=>Y`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${o} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${L(l.procurement.budget)}</td>
                <td>${F(l.procurement.bidDeadline,r)}</td>
                <td>
                  ${l.eligible?Y`<strong class="badge ok">${e("proc.eligible")}</strong>`:Y`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map($=>Y`<li>${$.message} <code class="rule">${$.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function ni(t,e){if(t.length===0)return{};let r=t.map((i,a)=>`$p${a}: UUID!`).join(", "),n=t.map((i,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await x(`query Titles(${r}) { ${n} }`,Object.fromEntries(t.map((i,a)=>["p"+a,i])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.title]))}function Cn({ui:t}){let{t:e,lang:r,ErrorText:n,Link:o}=t,[i,a]=v(null),[s,d]=v({}),[l,$]=v(null);return U(()=>{let h=!0;return x(An,{},{lang:r}).then(async c=>{if(!h)return;a(c.myBids.nodes);let p=[...new Set(c.myBids.nodes.map(m=>m.procurementId))].slice(0,100),E=await ni(p,r);h&&d(E)}).catch(c=>h&&$(c)),()=>{h=!1}},[r]),Y`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${n} error=${l} />
    ${i==null&&!l?Y`<p role="status">${e("loading")}</p>`:null}
    ${i&&i.length===0?Y`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${i&&i.length>0?Y`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${i.map(h=>Y`<tr>
                <td><${o} href=${"/app/procurements/"+h.procurementId}>${s[h.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+h.status)}</td>
                <td>${F(h.sealedAt,r)}</td>
                <td>${h.replacements}</td>
                <td><code class="hash">${h.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function Tn({ui:t,prefix:e,command:r,submitLabel:n,onSend:o}){let{t:i,ErrorText:a}=t,[s,d]=v(""),[l,$]=v(""),[h,c]=v([]),[p,E]=v(!1),[m,u]=v(null),y=A=>{A.preventDefault();let C=oe(s);if(C==null)return u(new W(i("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));u(null),o(C,k(l),h)},T=async A=>{let C=[...A.currentTarget.files];A.currentTarget.value="",E(!0);try{let M=[];for(let _ of C)M.push({name:_.name,sha256:await In(_)});c(_=>[..._,...M.filter(N=>!_.some(P=>P.name===N.name&&P.sha256===N.sha256))])}catch(M){u(new W(i("proc.documentUnreadable",{message:M.message}),{code:"VALIDATION",field:"documents"}))}finally{E(!1)}},f=m??r.error,I=f&&(f.field==="priceFen"||f.field==="price"),b=f&&f.field==="technicalProposal",g=f&&String(f.field??"").startsWith("documents");return Y`<form class="bid" onSubmit=${y} novalidate>
    <div class=${"field"+(I?" invalid":"")}>
      <label for=${e+"-price"}>${i("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${s} aria-describedby=${e+"-price-hint"+(I?" "+e+"-price-error":"")}
        aria-invalid=${I?"true":void 0} onInput=${A=>d(A.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${i("proc.priceHint")}</p>
      ${I?Y`<${a} error=${f} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(b?" invalid":"")}>
      <label for=${e+"-proposal"}>${i("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${l} aria-invalid=${b?"true":void 0}
        aria-describedby=${b?e+"-proposal-error":void 0} onInput=${A=>$(A.currentTarget.value)}></textarea>
      ${b?Y`<${a} error=${f} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class=${"field documents"+(g?" invalid":"")}>
      <label for=${e+"-documents"}>${i("proc.documents")}</label>
      <input id=${e+"-documents"} type="file" multiple aria-describedby=${e+"-documents-hint"+(g?" "+e+"-documents-error":"")}
        aria-invalid=${g?"true":void 0} onChange=${T} />
      <p class="hint" id=${e+"-documents-hint"}>${i("proc.documentsHint")}</p>
      ${p?Y`<p role="status">${i("proc.hashing")}</p>`:null}
      ${h.length>0?Y`<ul class="documents" id=${e+"-document-list"}>${h.map((A,C)=>Y`<li><span class="name">${A.name}</span> <code class="hash">${A.sha256}</code>
              <button type="button" class="link" aria-label=${i("proc.removeDocument",{name:A.name})} onClick=${()=>c(M=>M.filter((_,N)=>N!==C))}>${i("con.remove")}</button></li>`)}</ul>`:null}
      ${g?Y`<${a} error=${f} id=${e+"-documents-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${r.busy||p}>${n}</button>
      ${f&&!I&&!b&&!g?Y`<${a} error=${f} id=${e+"-error"} />`:null}
    </div>
  </form>`}function Sn({ui:t,procurement:e,onChanged:r}){let{t:n,lang:o,ErrorText:i}=t,[a,s]=v(null),[d,l]=v(null),[$,h]=v(null),[c,p]=v(0),E=G(o),m=G(o),u=G(o);U(()=>{let g=!0;return x(An,{},{lang:o}).then(A=>g&&s(A.myBids.nodes.filter(C=>C.procurementId===e.id)),A=>g&&l(A)),()=>{g=!1}},[o,e.id,c]);let y=g=>()=>{h(n(g)),p(A=>A+1),r()},T=a?.find(g=>g.status==="SUBMITTED"),f=e.status==="PUBLISHED",I=t.claims?.organisation,b=e.status==="AWARDED"&&e.award&&e.award.organisationId!==I&&e.openedBids.some(g=>g.organisationId===I);return Y`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${n("proc.myBid")}</h2>
    ${$?Y`<p class="notice" role="status">${$}</p>`:null}
    <${i} error=${d} />
    ${T?Y`<dl class="facts">
            <div><dt>${n("state")}</dt><dd id="my-bid-status">${n("proc.bidStatuses."+T.status)}</dd></div>
            <div><dt>${n("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${T.commitment}</code></dd></div>
            <div><dt>${n("proc.sealedAt")}</dt><dd>${F(T.sealedAt,o)}</dd></div>
            <div><dt>${n("proc.replacements")}</dt><dd>${T.replacements}</dd></div>
          </dl>
          <p class="hint">${n("proc.sealedNote")}</p>
          ${f?Y`<h3>${n("proc.replaceBid")}</h3>
                <${Tn} ui=${t} prefix="replace" command=${m} submitLabel=${n("proc.replaceBid")}
                  onSend=${(g,A,C)=>m.run(Xr,{bidId:T.id,priceFen:g,technicalProposal:A,documents:C,expectedVersion:T.version},y("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${u.busy}
                    onClick=${()=>u.run(ei,{bidId:T.id,expectedVersion:T.version},y("proc.bidWithdrawn"))}>${n("proc.withdrawBid")}</button>
                  <${i} error=${u.error} id="withdraw-error" />
                </div>`:null}`:f?Y`<${Tn} ui=${t} prefix="bid" command=${E} submitLabel=${n("proc.submitBid")}
            onSend=${(g,A,C)=>E.run(zr,{procurementId:e.id,priceFen:g,technicalProposal:A,documents:C},y("proc.bidSubmitted"))} />`:Y`<p class="empty">${n("proc.notTakingBids")}</p>`}
    ${b?Y`<${$e} key=${"challenge"+c} ui=${t} id="challenge" title=${n("proc.challengeTitle")}
          intro=${n("proc.challengeIntro",{deadline:z(e.award.challengeDeadline,o)})} reasonLabel=${n("proc.grounds")} reasonKey="grounds"
          submitLabel=${n("proc.challengeSubmit")} mutation=${ti} input=${{procurementId:e.id,organisationId:I}} onDone=${y("proc.challengeFiled")} />`:null}
  </section>`}var ve=X.bind(J);function it({id:t,title:e,describe:r,parts:n,format:o=String}){let i=n.reduce((l,$)=>l+Math.max(0,$.value),0),a=600,s=0,d=n.map(l=>{let $=i>0?Math.max(0,l.value)/i*a:0,h=ve`<rect class=${"part "+l.className} x=${s.toFixed(2)} y="0" width=${$.toFixed(2)} height="28" data-part=${l.key} data-value=${l.value} />`;return s+=$,h});return ve`<figure class="chart split-bar" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${a} 28`} preserveAspectRatio="none" role="img" aria-label=${r} focusable="false">
      <rect class="track" x="0" y="0" width=${a} height="28" />
      ${d}
    </svg>
    <ul class="legend">
      ${n.map(l=>ve`<li data-part=${l.key}><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label} ${o(l.value)}</li>`)}
    </ul>
  </figure>`}function Rn({id:t,title:e,describe:r,bars:n}){let o=Math.max(1,...n.map(l=>l.count)),i=64,a=110,s=18,d=i*n.length;return ve`<figure class="chart count-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${d} ${s+a+36}`} role="img" aria-label=${r} focusable="false">
      ${n.map((l,$)=>{let h=l.count/o*a,c=$*i+10,p=s+a-h;return ve`<g class=${"bar "+(l.className??"")} data-key=${l.key} data-count=${l.count}>
          <rect x=${c} y=${p.toFixed(2)} width=${i-20} height=${h.toFixed(2)} />
          <text class="count" x=${c+(i-20)/2} y=${(p-4).toFixed(2)} text-anchor="middle">${l.count}</text>
          <text class="label" x=${c+(i-20)/2} y=${s+a+16} text-anchor="middle">${l.label}</text>
          ${l.sublabel?ve`<text class="label sub" x=${c+(i-20)/2} y=${s+a+32} text-anchor="middle">${l.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${d} y1=${s+a} y2=${s+a} />
    </svg>
  </figure>`}function Dn({id:t,title:e,describe:r,series:n,rows:o,format:i=String}){let a=Math.max(1,...o.flatMap(c=>c.values)),s=220,d=420,l=14,$=n.length*(l+2)+14,h=o.length*$+4;return ve`<figure class="chart paired-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${s+d+140} ${h}`} role="img" aria-label=${r} focusable="false">
      ${o.map((c,p)=>{let E=p*$+4;return ve`<g class="row" data-key=${c.key}>
          <text class="label" x=${s-8} y=${E+$/2-2} text-anchor="end">${c.label}</text>
          ${c.values.map((m,u)=>{let y=m/a*d,T=E+u*(l+2);return ve`<rect class=${"bar "+n[u].className} x=${s} y=${T} width=${y.toFixed(2)} height=${l} data-series=${n[u].className} data-value=${m} />
              <text class="value" x=${s+y+4} y=${T+l-3}>${i(m)}</text>`})}
        </g>`})}
    </svg>
    <ul class="legend">${n.map(c=>ve`<li><span class=${"swatch "+c.className} aria-hidden="true"></span>${c.label}</li>`)}</ul>
  </figure>`}var H=X.bind(J),ri=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function At(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(Pe(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var ii=t=>(t/100).toFixed(2),oi="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",Pn=`committeeId procurementId status version seats seed constitutedAt concludedAt allSubmitted
  members { ${oi} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,ai=`query MyCommittees { myCommittees(first: 100) { ${Pn} } }`,wn=`query Committee($id: UUID!) { committee(id: $id) { ${Pn} } }`,si=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,di="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",ci="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function li(t,e){if(t.length===0)return{};let r=t.map((i,a)=>`$p${a}: UUID!`).join(", "),n=t.map((i,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await x(`query Titles(${r}) { ${n} }`,Object.fromEntries(t.map((i,a)=>["p"+a,i])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.title]))}function Nn({ui:t}){let{t:e,lang:r,claims:n,ErrorText:o,Link:i}=t,[a,s]=v(null),[d,l]=v({}),[$,h]=v(null);return U(()=>{let c=!0;return x(ai,{},{lang:r}).then(async p=>{if(!c)return;s(p.myCommittees);let E=await li([...new Set(p.myCommittees.map(m=>m.procurementId))].slice(0,100),r);c&&l(E)}).catch(p=>c&&h(p)),()=>{c=!1}},[r]),H`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${o} error=${$} />
    ${a==null&&!$?H`<p role="status">${e("loading")}</p>`:null}
    ${a&&a.length===0?H`<p class="empty">${e("eval.none")}</p>`:null}
    ${a&&a.length>0?H`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${a.map(c=>{let p=c.members.find(m=>m.memberId===n.organisation),E=c.members.filter(m=>m.sitting);return H`<tr>
                <td><${i} href=${"/app/committees/"+c.committeeId}>${d[c.procurementId]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+c.status)}</td>
                <td>${p?e(p.sitting?p.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${E.filter(m=>m.submitted).length} / ${E.length}</td>
                <td>${F(c.constitutedAt,r)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function ui(t,e,r){if(!t||t.field!=="scores.criteria.points")return null;let n=e.find(i=>t.message.includes(i.bidId)),o=r.find(i=>t.message.includes(`'${i.name}'`)||t.message.includes(`\u201C${i.name}\u201D`));return n&&o?`${n.bidId}/${o.key}`:null}function pi({ui:t,committee:e,me:r,bids:n,criteria:o,onDone:i}){let{t:a,lang:s,ErrorText:d}=t,[l,$]=v({}),[h,c]=v(null),p=G(s),E=y=>{y.preventDefault();let T=[];for(let f of n){let I={bidId:f.bidId,criteria:[]};for(let b of o){let g=At(l[f.bidId+"/"+b.key]??"");if(g==null)return c({key:f.bidId+"/"+b.key,error:new W(a("eval.pointsInvalid",{max:b.maxPoints}),{code:"VALIDATION"})});I.criteria.push({key:b.key,pointsHundredths:g})}T.push(I)}c(null),p.run(ci,{committeeId:e.committeeId,memberId:r.memberId,scores:T},i)},m=ui(p.error,n,o),u=y=>h?.key===y?h.error:m===y?p.error:null;return H`<form class="sheet" onSubmit=${E} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a("proc.price")}</th>${o.map(y=>H`<th scope="col">${y.name} (${a("eval.max",{max:y.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${n.map((y,T)=>H`<tr>
            <th scope="row">${y.organisationName}</th>
            <td class="money">${L(y.price)}</td>
            ${o.map(f=>{let I=y.bidId+"/"+f.key,b=`score-${T}-${f.key}`,g=u(I);return H`<td class=${"field"+(g?" invalid":"")}>
                <label class="sr-only" for=${b}>${a("eval.scoreLabel",{name:y.organisationName,criterion:f.name})}</label>
                <input id=${b} inputmode="decimal" size="6" value=${l[I]??""} aria-invalid=${g?"true":void 0}
                  aria-describedby=${g?b+"-error":void 0} onInput=${A=>$({...l,[I]:A.currentTarget.value})} />
                ${g?H`<${d} error=${g} id=${b+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${p.busy}>${a("eval.submitSheet")}</button>
      ${p.error&&!m?H`<${d} error=${p.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function mi({ui:t,committee:e,me:r,bids:n,onDone:o}){let{t:i,lang:a,ErrorText:s}=t,[d,l]=v(n[0]?.organisationId??""),[$,h]=v("OTHER"),[c,p]=v(""),E=G(a),m=y=>{y.preventDefault(),E.run(di,{committeeId:e.committeeId,memberId:r.memberId,organisationId:d,kind:$,note:c.trim()},o)},u=E.error?.field==="note";return H`<form class="relation" onSubmit=${m} novalidate>
    <div class="field"><label for="relation-org">${i("eval.relatedBidder")}</label>
      <select id="relation-org" value=${d} onChange=${y=>l(y.currentTarget.value)}>
        ${n.map(y=>H`<option value=${y.organisationId}>${y.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${i("eval.relationKind")}</label>
      <select id="relation-kind" value=${$} onChange=${y=>h(y.currentTarget.value)}>
        ${ri.map(y=>H`<option value=${y}>${i("eval.kinds."+y)}</option>`)}
      </select></div>
    <div class=${"field"+(u?" invalid":"")}><label for="relation-note">${i("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${c} aria-invalid=${u?"true":void 0} aria-describedby=${u?"relation-note-error":void 0}
        onInput=${y=>p(y.currentTarget.value)}></textarea>
      ${u?H`<${s} error=${E.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${E.busy}>${i("eval.declare")}</button>
      ${E.error&&!u?H`<${s} error=${E.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function $i(t,e,r){let n=t?.find(o=>o.bidId===e)?.criteria.find(o=>o.key===r)?.pointsHundredths;return n==null?"":ii(n)}function kn({ui:t,id:e}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a}=t,[s,d]=v(void 0),[l,$]=v(null),[h,c]=v(null),[p,E]=v(null);U(()=>{let g=!0;return x(wn,{id:e},{lang:n}).then(async A=>{if(g&&(d(A.committee),A.committee)){let C=await x(si,{id:A.committee.procurementId},{lang:n});g&&$(C.procurement)}}).catch(A=>g&&c(A)),()=>{g=!1}},[e,n]);let m=g=>async()=>{let A=await x(wn,{id:e},{lang:n});d(A.committee),E(r(g))};if(s===void 0&&!h)return H`<main id="main"><p role="status">${r("loading")}</p></main>`;if(!s)return H`<main id="main"><h1>${r("eval.committee")}</h1><${i} error=${h} />${h?null:H`<p class="empty">${r("eval.notFound")}</p>`}</main>`;let u=s.members.find(g=>g.memberId===o?.organisation),y=l?.openedBids.filter(g=>g.valid)??[],T=l?.scoring.criteria??[],f=g=>l?.openedBids.find(A=>A.organisationId===g)?.organisationName??g,I=s.members.filter(g=>g.sitting),b=s.status==="SCORING";return H`<main id="main">
    <h1>${r("eval.committee")}${l?H`：<${a} href=${"/app/procurements/"+l.id}>${l.title}<//>`:null}</h1>
    ${p?H`<p class="notice" role="status">${p}</p>`:null}
    <${i} error=${h} />
    <dl class="facts">
      <div><dt>${r("state")}</dt><dd id="committee-status">${r("eval.statuses."+s.status)}</dd></div>
      <div><dt>${r("eval.seats")}</dt><dd>${s.seats}</dd></div>
      <div><dt>${r("eval.sheetsIn")}</dt><dd id="sheets-in">${I.filter(g=>g.submitted).length} / ${I.length}</dd></div>
      <div><dt>${r("eval.constitutedAt")}</dt><dd>${F(s.constitutedAt,n)}</dd></div>
    </dl>

    ${u&&!u.sitting?H`<p class="notice" id="recused">${r("eval.youRecused")}</p>
          <ul class="reasons">${u.recusal.map(g=>H`<li>${f(g.organisationId)} — ${r("eval.kinds."+g.kind)}${g.note?"\uFF1A"+g.note:""}</li>`)}</ul>`:null}
    ${u&&u.sitting&&b&&!u.submitted&&l?H`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${r("eval.yourSheet")}</h2>
            <${pi} ui=${t} committee=${s} me=${u} bids=${y} criteria=${T} onDone=${m("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${r("eval.declareTitle")}</h2>
            <p class="hint">${r("eval.declareHint")}</p>
            <${mi} ui=${t} committee=${s} me=${u} bids=${y} onDone=${m("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${r("eval.members")}</h2>
      ${s.allSubmitted?null:H`<p class="hint" id="sheets-hidden">${r("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${r("eval.members")}</caption>
        <thead><tr><th scope="col">${r("eval.member")}</th><th scope="col">${r("eval.role")}</th><th scope="col">${r("state")}</th><th scope="col">${r("eval.sheetDigest")}</th>
          ${T.map(g=>H`<th scope="col">${g.name}</th>`)}</tr></thead>
        <tbody>
          ${s.members.map(g=>H`<tr class=${g.memberId===u?.memberId?"me":""}>
              <td>${g.name}${g.memberId===u?.memberId?H` <strong>(${r("eval.you")})</strong>`:null}</td>
              <td>${r("eval.roles."+g.role)}</td>
              <td>${r(g.sitting?g.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${g.sheetDigest?H`<code class="hash">${g.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${T.map(A=>H`<td class="scores">${g.scores?y.map(C=>H`<span class="score">${C.organisationName}：${$i(g.scores,C.bidId,A.key)}</span> `):g.submitted?H`<span class="hidden">${r("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${s.report?H`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${r("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${s.report.ranking.map(g=>H`<li>${f(g.organisationId)} · ${L(g.price)} · ${r("eval.total",{total:g.total,price:g.priceScore,criteria:g.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${r("eval.sheetsDigest")} <code class="hash">${s.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var j=X.bind(J),_t="code nameZh nameEn weight",hi=`evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${_t} children { ${_t} children { ${_t} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`,fi=`query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${hi} } }`,gi=`query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`,bi="query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }",vi="query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }",yi="mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }",Ei="query ThirdParties($f: OrganisationFilterInput) { organisations(filter: $f, first: 20) { nodes { id name creditCode } } }",Ii="mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }",Ti="mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }",ot=t=>`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`;function Ct(t,e=null){return t.flatMap(r=>r.children?.length?Ct(r.children,r):[{leaf:r,group:e}])}function Ai(t,e){return t>=e.excellent*100?"EXCELLENT":t>=e.good*100?"GOOD":t>=e.fair*100?"FAIR":"POOR"}function Ue({t,grade:e,id:r}){return e?j`<strong class=${"grade grade-"+e.toLowerCase()} id=${r}>${t("perf.grades."+e)}</strong>`:null}function _i({ui:t,contract:e,value:r,onPick:n,error:o}){let{t:i,lang:a,ErrorText:s}=t,[d,l]=v(""),[$,h]=v(null),[c,p]=v(null),E=async()=>{p(null);try{let u=(await x(Ei,{f:{nameContains:k(d),status:"ACTIVE"}},{lang:a})).organisations.nodes.filter(y=>y.id!==e.supplier);h(u),n(u[0]?.id??"")}catch(m){p(m)}};return j`<div class="third-party">
    <div class="field"><label for="evaluation-third-search">${i("perf.thirdPartySearch")}</label>
      <input id="evaluation-third-search" value=${d} onInput=${m=>l(m.currentTarget.value)}
        onKeyDown=${m=>m.key==="Enter"&&(m.preventDefault(),E())} /></div>
    <button type="button" class="secondary" id="evaluation-third-find" onClick=${E}>${i("search")}</button>
    <${s} error=${c} />
    ${$&&$.length===0?j`<p class="empty" role="status">${i("perf.thirdPartyNone")}</p>`:null}
    ${$&&$.length>0?j`<div class=${"field"+(o?" invalid":"")}><label for="evaluation-third">${i("perf.thirdParty")}</label>
          <select id="evaluation-third" value=${r} aria-invalid=${o?"true":void 0} aria-describedby=${o?"open-evaluation-error":void 0}
            onChange=${m=>n(m.currentTarget.value)}>
            ${$.map(m=>j`<option value=${m.id}>${m.name}（${m.creditCode}）</option>`)}
          </select></div>`:null}
  </div>`}function On({ui:t,contract:e}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a,navigate:s}=t,d=o?.role==="purchaser"&&o.organisation===e.purchaserUnit,l=o?.role==="ngo"&&o.organisation===e.supplier,$=e.status==="COMPLETED"||e.status==="TERMINATED",[h,c]=v(null),[p,E]=v(null),[m,u]=v(l?"SELF":"PURCHASER"),[y,T]=v(""),f=G(n);if(U(()=>{let b=!0,g={contractId:e.id,mine:d||l};return x(gi,{f:g},{lang:n}).then(A=>b&&c(A.performanceEvaluations.nodes),A=>b&&E(A)),()=>{b=!1}},[e.id,e.version,n]),!$&&(h??[]).length===0)return null;let I=b=>{b.preventDefault();let g={contractId:e.id,evaluator:m};if(m==="THIRD_PARTY"){if(!y)return f.setError(new W(r("perf.thirdPartyPick"),{code:"VALIDATION",field:"evaluatorOrganisationId"}));g.evaluatorOrganisationId=y}f.run(yi,g,A=>s("/app/evaluations/"+A.openPerformanceEvaluation.evaluationId))};return j`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${r("perf.title")}</h2>
    <${i} error=${p} />
    ${h&&h.length===0?j`<p class="empty">${r("perf.none")}</p>`:null}
    ${h&&h.length>0?j`<ul class="evaluations">${h.map(b=>j`<li><${a} href=${"/app/evaluations/"+b.evaluationId}>${r("perf.evaluators."+b.evaluator)}<//> · ${r("perf.statuses."+b.status)}
            ${b.grade?j` · ${r("perf.totalIs",{total:b.total})} <${Ue} t=${r} grade=${b.grade} />`:null}
            ${b.concludedAt?j` · ${F(b.concludedAt,n)}`:null}</li>`)}</ul>`:null}
    ${$&&(d||l)?j`<form class="open-evaluation" onSubmit=${I}>
          ${d?j`<div class="field"><label for="evaluation-kind">${r("perf.evaluator")}</label>
                <select id="evaluation-kind" value=${m} onChange=${b=>u(b.currentTarget.value)}>
                  ${["PURCHASER","THIRD_PARTY","SELF"].map(b=>j`<option value=${b}>${r("perf.evaluators."+b)}</option>`)}
                </select></div>
              ${m==="THIRD_PARTY"?j`<${_i} ui=${t} contract=${e} value=${y} onPick=${T}
                    error=${f.error?.rule==="PERF-EVALUATOR"?f.error:null} />`:null}`:null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${f.busy}>${r(l?"perf.openSelf":"perf.open")}</button>
            <${i} error=${f.error} id="open-evaluation-error" />
          </div>
        </form>`:null}
  </section>`}function Ci(t,e){return!t||!String(t.field??"").startsWith("scores")?null:e.find(({leaf:r})=>new RegExp(`\\b${r.code}\\b`).test(t.message))?.leaf.code??null}function Si({ui:t,e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,a=Ct(e.indicators),[s,d]=v(()=>Object.fromEntries(e.scores.map(b=>[b.indicator,ot(b.pointsHundredths)]))),[l,$]=v(e.comment??""),[h,c]=v(null),p=G(o),E=G(o),m=a.map(({leaf:b})=>[b,k(s[b.code]??"")?At(s[b.code]):void 0]),u=m.reduce((b,[,g])=>b+(g??0),0),y=m.filter(([,b])=>b===void 0).length,T=b=>{b.preventDefault();let g=[];for(let[A,C]of m){if(C===null||C>A.weight*100)return c({code:A.code,error:new W(n("perf.pointsInvalid",{max:A.weight}),{code:"VALIDATION",rule:"PERF-SCORE"})});C!==void 0&&g.push({indicator:A.code,pointsHundredths:C})}c(null),p.run(Ii,{evaluationId:e.evaluationId,scores:g,comment:k(l),expectedVersion:e.version},()=>r(n("perf.scoresSaved")))},f=Ci(p.error,a),I=b=>h?.code===b?h.error:f===b?p.error:null;return j`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${n("perf.scoreTitle")}</h2>
    <form onSubmit=${T} novalidate>
      <table class="indicators">
        <caption>${n("perf.indicators")}</caption>
        <thead><tr><th scope="col">${n("perf.group")}</th><th scope="col">${n("perf.indicator")}</th><th scope="col">${n("perf.maxPoints")}</th><th scope="col">${n("perf.points")}</th></tr></thead>
        <tbody>${a.map(({leaf:b,group:g})=>{let A="score-"+b.code,C=I(b.code),M=o==="en"?b.nameEn:b.nameZh;return j`<tr>
            <td>${g?`${o==="en"?g.nameEn:g.nameZh}\uFF08${g.weight}\uFF09`:"\u2014"}</td>
            <th scope="row">${M}</th>
            <td>${b.weight}</td>
            <td class=${"field"+(C?" invalid":"")}>
              <label class="sr-only" for=${A}>${n("perf.scoreLabel",{name:M,max:b.weight})}</label>
              <input id=${A} inputmode="decimal" size="6" value=${s[b.code]??""} aria-invalid=${C?"true":void 0}
                aria-describedby=${C?A+"-error":void 0} onInput=${_=>d({...s,[b.code]:_.currentTarget.value})} />
              ${C?j`<${i} error=${C} id=${A+"-error"} />`:null}
            </td>
          </tr>`})}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${y>0?n("perf.totalSoFar",{total:ot(u),blank:y}):j`${n("perf.totalWouldBe",{total:ot(u)})} <${Ue} t=${n} grade=${Ai(u,e.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${n("perf.comment")}</label>
        <textarea id="evaluation-comment" rows="3" value=${l} onInput=${b=>$(b.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${p.busy}>${n("perf.submitScores")}</button>
        ${p.error&&!f?j`<${i} error=${p.error} id="submit-scores-error" />`:null}
      </div>
    </form>
    ${e.submissions>0?j`<div class="action">
          <p class="hint">${n("perf.concludeHint")}</p>
          <button type="button" id="conclude-evaluation" disabled=${E.busy}
            onClick=${()=>E.run(Ti,{evaluationId:e.evaluationId,expectedVersion:e.version},()=>r(n("perf.concluded")))}>${n("perf.conclude")}</button>
          <${i} error=${E.error} id="conclude-evaluation-error" />
        </div>`:null}
  </section>`}function Ri(t,e){let r={SELF:"ngo",PURCHASER:"purchaser",THIRD_PARTY:"evaluator"}[e.evaluator];return!!t&&t.role===r&&!!t.organisation&&t.organisation===e.evaluatorOrganisationId}function xn({ui:t,id:e}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a}=t,[s,d]=v(void 0),[l,$]=v(null),[h,c]=v(null),[p,E]=v(null),[m,u]=v(0);if(U(()=>{let f=!0;return x(fi,{id:e},{lang:n}).then(async I=>{if(f&&(d(I.performanceEvaluation),I.performanceEvaluation?.contractId)){let b=await x(bi,{id:I.performanceEvaluation.contractId},{lang:n});f&&$(b.contract)}}).catch(I=>f&&c(I)),()=>{f=!1}},[e,n,m]),h)return j`<main id="main"><${i} error=${h} /></main>`;if(s===void 0)return j`<main id="main"><p role="status">${r("loading")}</p></main>`;if(s===null)return j`<main id="main"><h1>${r("perf.notFound")}</h1></main>`;let y=Object.fromEntries(s.scores.map(f=>[f.indicator,f.pointsHundredths])),T=Ri(o,s)&&s.status==="OPEN";return j`<main id="main" class="evaluation">
    <h1>${r("perf.pageTitle",{title:l?.title??"\u2026"})} <span class="status" id="evaluation-status">${r("perf.statuses."+s.status)}</span></h1>
    ${p?j`<p class="notice" role="status">${p}</p>`:null}
    <p>${r("perf.evaluators."+s.evaluator)} · ${r("perf.openedAt",{at:F(s.openedAt,n)})}
      ${l?j` · <${a} href=${"/app/contracts/"+l.id}>${r("perf.theContract")}<//>`:null}</p>
    ${s.status==="CONCLUDED"?j`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${r("perf.result")}</h2>
          <p id="evaluation-result">${r("perf.resultText",{total:s.total,at:F(s.concludedAt,n)})} <${Ue} t=${r} grade=${s.grade} id="evaluation-grade" /></p>
          ${s.comment?j`<p>${r("perf.comment")}：${s.comment}</p>`:null}
        </section>`:null}
    ${T?j`<${Si} key=${s.version} ui=${t} e=${s} onDone=${f=>(E(f),u(I=>I+1))} />`:j`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${r("perf.indicators")}</h2>
          <table class="indicators"><caption class="sr-only">${r("perf.indicators")}</caption>
            <thead><tr><th scope="col">${r("perf.group")}</th><th scope="col">${r("perf.indicator")}</th><th scope="col">${r("perf.maxPoints")}</th><th scope="col">${r("perf.points")}</th></tr></thead>
            <tbody>${Ct(s.indicators).map(({leaf:f,group:I})=>j`<tr>
                <td>${I?n==="en"?I.nameEn:I.nameZh:"\u2014"}</td>
                <th scope="row">${n==="en"?f.nameEn:f.nameZh}</th>
                <td>${f.weight}</td>
                <td>${y[f.code]!=null?ot(y[f.code]):"\u2014"}</td>
              </tr>`)}</tbody></table>
        </section>`}
  </main>`}function Ln({ui:t,organisationId:e}){let{t:r,lang:n,Link:o}=t,[i,a]=v(null);return U(()=>{let s=!0;return x(vi,{id:e},{lang:n}).then(d=>s&&a(d.supplierGrades),()=>s&&a([])),()=>{s=!1}},[e,n]),!i||i.length===0?null:j`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${r("perf.gradesTitle")}</h2>
    <table class="grades"><caption class="sr-only">${r("perf.gradesTitle")}</caption>
      <thead><tr><th scope="col">${r("perf.concludedAt")}</th><th scope="col">${r("perf.evaluator")}</th><th scope="col">${r("perf.total")}</th><th scope="col">${r("perf.grade")}</th><th scope="col">${r("perf.contract")}</th></tr></thead>
      <tbody>${i.map(s=>j`<tr>
          <td>${F(s.concludedAt,n)}</td>
          <td>${r("perf.evaluators."+s.evaluator)}${s.countsForEligibility?null:j`<br /><span class="hint">${r("perf.notCounted")}</span>`}</td>
          <td>${s.score}</td>
          <td><${Ue} t=${r} grade=${s.grade} /></td>
          <td><${o} href=${"/app/contracts/"+s.contractId}>${r("perf.theContract")}<//></td>
        </tr>`)}</tbody></table>
  </section>`}var Di=`query MyEvaluations { performanceEvaluations(filter: {mine: true}, first: 100) {
  totalCount nodes { evaluationId contractId evaluator status total grade openedAt concludedAt }
} }`;async function wi(t,e){if(t.length===0)return{};let r=t.map((i,a)=>`$c${a}: UUID!`).join(", "),n=t.map((i,a)=>`c${a}: contract(id: $c${a}) { id title }`).join(" "),o=await x(`query Titles(${r}) { ${n} }`,Object.fromEntries(t.map((i,a)=>["c"+a,i])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.title]))}function Fn({ui:t}){let{t:e,lang:r,ErrorText:n,Link:o}=t,[i,a]=v(null),[s,d]=v({}),[l,$]=v(null);return U(()=>{let h=!0;return x(Di,{},{lang:r}).then(async c=>{if(!h)return;let p=c.performanceEvaluations.nodes;a(p);let E=await wi([...new Set(p.map(m=>m.contractId))].slice(0,100),r);h&&d(E)}).catch(c=>h&&$(c)),()=>{h=!1}},[r]),j`<main id="main">
    <h1>${e("perf.mineTitle")}</h1>
    <${n} error=${l} />
    ${i==null&&!l?j`<p role="status">${e("loading")}</p>`:null}
    ${i&&i.length===0?j`<p class="empty">${e("perf.none")}</p>`:null}
    ${i&&i.length>0?j`<table class="board evaluations">
          <caption>${e("perf.mineTitle")}</caption>
          <thead><tr><th scope="col">${e("perf.contract")}</th><th scope="col">${e("perf.evaluator")}</th><th scope="col">${e("state")}</th><th scope="col">${e("perf.total")}</th><th scope="col">${e("perf.grade")}</th><th scope="col">${e("perf.opened")}</th></tr></thead>
          <tbody>${i.map(h=>j`<tr>
              <td><${o} href=${"/app/evaluations/"+h.evaluationId}>${s[h.contractId]??e("perf.theContract")}<//></td>
              <td>${e("perf.evaluators."+h.evaluator)}</td>
              <td>${e("perf.statuses."+h.status)}</td>
              <td>${h.total??"\u2014"}</td>
              <td><${Ue} t=${e} grade=${h.grade} /></td>
              <td>${F(h.openedAt,r)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}var R=X.bind(J),Pi=`id version status ocdsStatus procurement { id title } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen supplementMaxPercent supplementHeadroom supplementHeadroomFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,Ni=`query Contract($id: UUID!) { contract(id: $id) { ${Pi} } }`,ki="query Supplier($id: UUID!) { organisation(id: $id) { name } }",Bn="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",Oi=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${Bn} } } }`,xi=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${Bn} } } }`,Li="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",Fi="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",Mi="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",Ui="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }",Bi="mutation Supplement($i: SupplementContractInput!) { supplementContract(input: $i) { version } }",ji="mutation Suspend($i: ContractReasonInput!) { suspendContract(input: $i) { version } }",Hi="mutation Resume($i: ContractReasonInput!) { resumeContract(input: $i) { version } }",Vi="mutation Terminate($i: ContractReasonInput!) { terminateContract(input: $i) { version } }",Gi="mutation CorrectPayment($i: CorrectPaymentInput!) { correctPayment(input: $i) { version } }",qi="mutation CorrectAcceptance($i: CorrectAcceptanceInput!) { correctAcceptance(input: $i) { version } }",Mn=100;function at(t){let e=t<0,r=Math.abs(t),n=`${Math.floor(r/100)}.${String(r%100).padStart(2,"0")}`;return e?"-"+n:n}var ce=t=>L(at(t)),jn=t=>ce(t).replace("\xA5","");function Wi(t){let e=tt(t).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(e)?Number(e):null}function Hn({t,status:e}){return e?R`<span class=${"status status-"+e.toLowerCase()} id="contract-status">${t("con.statuses."+e)}</span>`:null}function Un(t){let e={};return t.map(r=>{let n=r.kind==="DELIVERY"?"D":"P";return e[n]=(e[n]??0)+1,{...r,id:n+e[n]}})}function Vn({ui:t,p:e,supplierName:r}){let{t:n,lang:o,ErrorText:i,navigate:a}=t,s=oe(e.award.price)??0,[d,l]=v(e.serviceStart),[$,h]=v(e.serviceEnd),[c,p]=v([{kind:"DELIVERY",title:"",due:e.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:e.serviceEnd,amount:"",follows:"D1"}]),[E,m]=v(null),u=G(o),y=Un(c),T=y.filter(B=>B.kind==="DELIVERY"),I=y.filter(B=>B.kind==="PAYMENT").map(B=>k(B.amount)?oe(B.amount):0),b=I.reduce((B,ne)=>B+(ne??0),0),g=I.some(B=>B==null),A=s-b,C=(B,ne,re)=>p(te=>te.map((ae,Ir)=>Ir===B?{...ae,[ne]:re}:ae)),M=B=>p(ne=>[...ne,{kind:B,title:"",due:$,amount:"",follows:B==="PAYMENT"?Un(ne).filter(re=>re.kind==="DELIVERY").pop()?.id??"":""}]),_=B=>p(ne=>ne.filter((re,te)=>te!==B)),N=B=>{B.preventDefault();let ne=y.findIndex(te=>te.kind==="PAYMENT"&&oe(te.amount)==null);if(ne>=0)return m(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+ne}));m(null);let re={procurementId:e.id,supplier:e.award.organisationId,amountFen:s,serviceStart:d,serviceEnd:$,milestones:y.map(te=>({id:te.id,kind:te.kind,title:k(te.title),due:te.due,...te.kind==="PAYMENT"?{amountFen:oe(te.amount),follows:te.follows||null}:{}}))};u.run(Li,re,te=>a("/app/contracts/"+te.signContract.id+"?signed=1"))},P=E??u.error,O=B=>P?.field==="milestone-"+B?P:null,V=String(P?.field??""),Q=V.startsWith("milestone-"),pe=!!P&&!Q&&(V.startsWith("milestones")||P.rule==="CON-PAYMENT"&&!V),je=!!P&&!Q&&!pe,ge;return g?ge=n("con.sumUnreadable"):A===0?ge=n("con.sumMatches",{sum:ce(b)}):A>0?ge=n("con.sumShort",{sum:ce(b),gap:ce(A)}):ge=n("con.sumOver",{sum:ce(b),gap:ce(-A)}),R`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${n("con.signTitle")}</h2>
    <p>${n("con.signIntro")}</p>
    <form onSubmit=${N} novalidate>
      <dl class="facts">
        <div><dt>${n("con.supplier")}</dt><dd id="sign-supplier">${r}</dd></div>
        <div><dt>${n("con.amount")}</dt><dd id="sign-amount">${ce(s)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${n("proc.serviceStart")}</label>
          <input id="sign-start" type="date" value=${d} onInput=${B=>l(B.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${n("proc.serviceEnd")}</label>
          <input id="sign-end" type="date" value=${$} onInput=${B=>h(B.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(pe?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${n("con.milestones")}</legend>
        ${y.map((B,ne)=>{let re="ms-"+ne,te=O(ne);return R`<div class=${"milestone-row kind-"+B.kind.toLowerCase()} data-id=${B.id}>
            <div class="field id"><span class="label" id=${re+"-id-label"}>${n("con.milestoneId")}</span><code id=${re+"-id"}>${B.id}</code></div>
            <div class="field"><label for=${re+"-kind"}>${n("con.kind")}</label>
              <select id=${re+"-kind"} value=${B.kind} onChange=${ae=>C(ne,"kind",ae.currentTarget.value)}>
                ${["DELIVERY","PAYMENT"].map(ae=>R`<option value=${ae}>${n("con.kinds."+ae)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${re+"-title"}>${n("con.milestoneTitle",{id:B.id})}</label>
              <input id=${re+"-title"} value=${B.title} onInput=${ae=>C(ne,"title",ae.currentTarget.value)} /></div>
            <div class="field"><label for=${re+"-due"}>${n("con.due",{id:B.id})}</label>
              <input id=${re+"-due"} type="date" value=${B.due} onInput=${ae=>C(ne,"due",ae.currentTarget.value)} /></div>
            ${B.kind==="PAYMENT"?R`<div class=${"field"+(te?" invalid":"")}><label for=${re+"-amount"}>${n("con.paymentAmount",{id:B.id})}</label>
                    <input id=${re+"-amount"} inputmode="decimal" value=${B.amount} aria-invalid=${te?"true":void 0}
                      aria-describedby=${te?re+"-amount-error":void 0} onInput=${ae=>C(ne,"amount",ae.currentTarget.value)}
                      onBlur=${()=>oe(B.amount)!=null&&C(ne,"amount",jn(oe(B.amount)))} />
                    ${te?R`<${i} error=${te} id=${re+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${re+"-follows"}>${n("con.follows",{id:B.id})}</label>
                    <select id=${re+"-follows"} value=${B.follows} onChange=${ae=>C(ne,"follows",ae.currentTarget.value)}>
                      <option value="">${n("con.followsNone")}</option>
                      ${T.map(ae=>R`<option value=${ae.id}>${ae.id} ${ae.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>_(ne)} aria-label=${n("con.removeMilestone",{id:B.id})}>${n("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${c.length>=Mn} onClick=${()=>M("DELIVERY")}>${n("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" disabled=${c.length>=Mn} onClick=${()=>M("PAYMENT")}>${n("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(A===0&&!g?" ok":" off")} aria-live="polite">${ge}</p>
        ${pe?R`<${i} error=${P} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${u.busy}>${u.busy?n("submitting"):n("con.sign")}</button>
        ${je?R`<${i} error=${P} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function Yi({t,c:e}){let r=e.paidFen,n=Math.max(0,e.acceptedFen-e.paidFen),o=Math.max(0,e.totalFen-Math.max(e.acceptedFen,e.paidFen)),i=t("con.chartDescribe",{paid:ce(r),owed:ce(n),later:ce(o),total:ce(e.totalFen)});return R`<${it}
    id="paid-chart"
    title=${t("con.chartTitle")}
    describe=${i}
    format=${ce}
    parts=${[{key:"paid",label:t("con.chartPaid"),value:r,className:"paid"},{key:"owed",label:t("con.chartOwed"),value:n,className:"owed"},{key:"later",label:t("con.chartLater"),value:o,className:"later"}]}
  />`}function Ki({ui:t,c:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,a=e.milestones.filter(C=>C.kind==="DELIVERY"&&!C.accepted),[s,d]=v(a[0]?.id??""),[l,$]=v("true"),[h,c]=v(""),[p,E]=v(""),[m,u]=v(""),[y,T]=v(null),f=G(o);if(a.length===0)return null;let I=C=>{C.preventDefault();let M=Wi(h);if(M==null)return T(new W(n("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));T(null),f.run(Fi,{contractId:e.id,milestoneId:s,passed:l==="true",recipientsParticipating:M,recipientsNote:k(p),report:k(m),expectedVersion:e.version},()=>r(n(l==="true"?"con.acceptedPassed":"con.acceptedFailed")))},b=y??f.error,g=C=>b&&b.field===C,A=b&&!g("recipientsParticipating")&&!g("report");return R`<form class="accept" onSubmit=${I} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${n("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${n("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${s} onChange=${C=>d(C.currentTarget.value)}>
        ${a.map(C=>R`<option value=${C.id}>${C.id} ${C.title}（${z(C.due,o)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${n("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${l==="true"} onChange=${()=>$("true")} />
        <label for="accept-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${l==="false"} onChange=${()=>$("false")} />
        <label for="accept-failed">${n("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(g("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${n("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${h} aria-invalid=${g("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(g("recipientsParticipating")?" accept-recipients-error":"")} onInput=${C=>c(C.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${n("con.recipientsHint")}</p>
      ${g("recipientsParticipating")?R`<${i} error=${b} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${n("con.recipientsNote")}</label>
      <input id="accept-note" value=${p} onInput=${C=>E(C.currentTarget.value)} /></div>
    <div class=${"field"+(g("report")?" invalid":"")}><label for="accept-report">${n("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${m} aria-invalid=${g("report")?"true":void 0}
        aria-describedby=${g("report")?"accept-report-error":void 0} onInput=${C=>u(C.currentTarget.value)}></textarea>
      ${g("report")?R`<${i} error=${b} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${f.busy}>${n("con.acceptSubmit")}</button>
      ${A?R`<${i} error=${b} id="accept-error" />`:null}
    </div>
  </form>`}function Zi({ui:t,c:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,a=e.milestones.filter(A=>A.kind==="PAYMENT"&&A.paidFen<A.amountFen),[s,d]=v(a[0]?.id??""),[l,$]=v(""),[h,c]=v(""),[p,E]=v(null),m=G(o);if(a.length===0)return null;let u=a.find(A=>A.id===s)??a[0],y=A=>{A.preventDefault();let C=oe(l);if(C==null)return E(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));E(null),m.run(Mi,{contractId:e.id,milestoneId:u.id,amountFen:C,reference:k(h),expectedVersion:e.version},()=>r(n("con.paymentRecorded")))},T=p??m.error,f=T&&(T.field==="amountFen"||T.field==="amount"),I=T&&T.field==="reference",b=T&&!f&&!I,g=e.milestones.find(A=>A.id===u.follows);return R`<form class="pay" onSubmit=${y} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${n("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${n("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${u.id} aria-describedby="pay-milestone-hint" onChange=${A=>d(A.currentTarget.value)}>
        ${a.map(A=>R`<option value=${A.id}>${A.id} ${A.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${n("con.payHint",{left:ce(u.amountFen-u.paidFen),delivery:g?`${g.id} ${g.title}`:"\u2014",state:g?.accepted?n("con.deliveryAccepted"):n("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+(f?" invalid":"")}><label for="pay-amount">${n("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${l} aria-invalid=${f?"true":void 0}
        aria-describedby=${f?"pay-amount-error":void 0} onInput=${A=>$(A.currentTarget.value)} />
      ${f?R`<${i} error=${T} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(I?" invalid":"")}><label for="pay-reference">${n("con.reference")}</label>
      <input id="pay-reference" value=${h} aria-invalid=${I?"true":void 0}
        aria-describedby=${I?"pay-reference-error":void 0} onInput=${A=>c(A.currentTarget.value)} />
      ${I?R`<${i} error=${T} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${m.busy}>${n("con.paySubmit")}</button>
      ${b?R`<${i} error=${T} id="pay-error" />`:null}
    </div>
  </form>`}function Qi(t){let e=new Set(t.milestones.map(n=>n.id)),r=1;for(;e.has("S"+r);)r++;return"S"+r}function Ji({ui:t,c:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,a=e.milestones.filter(O=>O.kind==="DELIVERY"),[s,d]=v(""),[l,$]=v(""),[h,c]=v(!1),[p,E]=v(""),[m,u]=v(e.serviceEnd),[y,T]=v(a.at(-1)?.id??""),[f,I]=v(null),[b,g]=v(null),A=G(o,{untilRemount:!0}),C=O=>{O.preventDefault();let V=oe(s);if(V==null)return I(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));I(null),g({sameSubject:h});let Q=Qi(e);A.run(Bi,{contractId:e.id,amountFen:V,sameSubject:h,description:k(l),milestones:[{id:Q,kind:"PAYMENT",title:k(p),due:m,amountFen:V,follows:y||null}],expectedVersion:e.version},()=>r(n("con.supplementRecorded")))},M=f??A.error,N=M&&!M.field&&M.rule==="CON-SUPPLEMENT"&&b&&!b.sameSubject?"sameSubject":ue(M,{amountFen:"amount",amount:"amount",description:"description",milestones:"milestone"},{"CON-SUPPLEMENT":"amount"}),P=n("con.headroom",{percent:e.supplementMaxPercent,used:L(e.supplemented),left:L(e.supplementHeadroom)});return R`<form class="supplement" onSubmit=${C} novalidate aria-labelledby="supplement-heading">
    <h3 id="supplement-heading">${n("con.supplementTitle")}</h3>
    <p id="supplement-headroom" class=${e.supplementHeadroomFen>0?"hint":"hint off"}>${P}</p>
    <${q} ui=${t} id="supplement-amount" label=${n("con.supplementAmount")} inputmode="decimal" value=${s} onInput=${d}
      hint=${n("con.headroomLeft",{left:L(e.supplementHeadroom)})} error=${N==="amount"?M:null}
      onBlur=${()=>oe(s)!=null&&d(jn(oe(s)))} />
    <${q} ui=${t} id="supplement-description" label=${n("con.supplementDescription")} rows="2" value=${l} onInput=${$} error=${N==="description"?M:null} />
    <div class=${"field checkbox"+(N==="sameSubject"?" invalid":"")}>
      <input type="checkbox" id="supplement-same" checked=${h} onChange=${O=>c(O.currentTarget.checked)}
        aria-invalid=${N==="sameSubject"?"true":void 0} aria-describedby=${N==="sameSubject"?"supplement-same-error":void 0} />
      <label for="supplement-same">${n("con.sameSubject")}</label>
      ${N==="sameSubject"?R`<${i} error=${M} id="supplement-same-error" />`:null}
    </div>
    <fieldset class=${"supplement-milestone"+(N==="milestone"?" invalid":"")}>
      <legend>${n("con.supplementPayment")}</legend>
      <${q} ui=${t} id="supplement-pay-title" label=${n("con.supplementPayTitle")} value=${p} onInput=${E} />
      <${q} ui=${t} id="supplement-pay-due" label=${n("con.supplementPayDue")} type="date" value=${m} onInput=${u} />
      <div class="field"><label for="supplement-follows">${n("con.supplementFollows")}</label>
        <select id="supplement-follows" value=${y} onChange=${O=>T(O.currentTarget.value)}>
          ${a.map(O=>R`<option value=${O.id}>${O.id} ${O.title}</option>`)}
        </select></div>
      ${N==="milestone"?R`<${i} error=${M} id="supplement-milestone-error" />`:null}
    </fieldset>
    <div class="action">
      <button type="submit" id="supplement-submit" disabled=${A.busy}>${A.busy?n("submitting"):n("con.supplementSubmit")}</button>
      ${M&&!N?R`<${i} error=${M} id="supplement-error" />`:null}
    </div>
  </form>`}function zi({ui:t,c:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,[a,s]=v(e.payments[0]?.id??""),[d,l]=v(""),[$,h]=v(""),[c,p]=v(null),E=G(o,{untilRemount:!0});if(e.payments.length===0)return null;let m=T=>{T.preventDefault();let f=oe(d);if(f==null)return p(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));p(null),E.run(Gi,{contractId:e.id,paymentId:a,amountFen:f,reason:k($),expectedVersion:e.version},()=>r(n("con.paymentCorrected")))},u=c??E.error,y=ue(u,{amountFen:"amount",amount:"amount",reason:"reason"},{"CON-PAYMENT":"amount"});return R`<form class="correct-payment" onSubmit=${m} novalidate aria-labelledby="correct-payment-heading">
    <h3 id="correct-payment-heading">${n("con.correctPaymentTitle")}</h3>
    <p class="hint">${n("con.correctIntro")}</p>
    <div class="field"><label for="correct-payment">${n("con.correctWhichPayment")}</label>
      <select id="correct-payment" value=${a} onChange=${T=>s(T.currentTarget.value)}>
        ${e.payments.map(T=>R`<option value=${T.id}>${F(T.paidAt,o)} ${T.milestoneId} ${L(T.amount)} ${T.reference}</option>`)}
      </select></div>
    <${q} ui=${t} id="correct-payment-amount" label=${n("con.correctAmount")} inputmode="decimal" value=${d} onInput=${l} error=${y==="amount"?u:null} />
    <${q} ui=${t} id="correct-payment-reason" label=${n("con.correctReason")} rows="2" value=${$} onInput=${h} error=${y==="reason"?u:null} />
    <div class="action">
      <button type="submit" id="correct-payment-submit" disabled=${E.busy}>${n("con.correctSubmit")}</button>
      ${u&&!y?R`<${i} error=${u} id="correct-payment-error" />`:null}
    </div>
  </form>`}function Xi({ui:t,c:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,a=e.milestones.filter(f=>f.kind==="DELIVERY"&&f.acceptances.length>0),[s,d]=v(a[0]?.id??""),l=a.find(f=>f.id===s)??a[0],$=l?.acceptances.at(-1)?.passed,[h,c]=v(null),[p,E]=v(""),m=G(o,{untilRemount:!0});if(!l)return null;let u=h??!$,y=f=>{f.preventDefault(),m.run(qi,{contractId:e.id,milestoneId:l.id,passed:u,reason:k(p),expectedVersion:e.version},()=>r(n("con.acceptanceCorrected")))},T=ue(m.error,{reason:"reason",passed:"passed"});return R`<form class="correct-acceptance" onSubmit=${y} novalidate aria-labelledby="correct-acceptance-heading">
    <h3 id="correct-acceptance-heading">${n("con.correctAcceptanceTitle")}</h3>
    <div class="field"><label for="correct-acceptance-milestone">${n("con.deliveryMilestone")}</label>
      <select id="correct-acceptance-milestone" value=${l.id} aria-describedby="correct-acceptance-current" onChange=${f=>(d(f.currentTarget.value),c(null))}>
        ${a.map(f=>R`<option value=${f.id}>${f.id} ${f.title}</option>`)}
      </select>
      <p class="hint" id="correct-acceptance-current">${n("con.currentResult",{result:n($?"con.passed":"con.failed")})}</p></div>
    <fieldset class=${"result"+(T==="passed"?" invalid":"")}>
      <legend>${n("con.correctedResult")}</legend>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-passed" checked=${u===!0} onChange=${()=>c(!0)} />
        <label for="correct-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-failed" checked=${u===!1} onChange=${()=>c(!1)} />
        <label for="correct-failed">${n("con.failed")}</label></div>
      ${T==="passed"?R`<${i} error=${m.error} id="correct-acceptance-passed-error" />`:null}
    </fieldset>
    <${q} ui=${t} id="correct-acceptance-reason" label=${n("con.correctReason")} rows="2" value=${p} onInput=${E} error=${T==="reason"?m.error:null} />
    <div class="action">
      <button type="submit" id="correct-acceptance-submit" disabled=${m.busy}>${n("con.correctSubmit")}</button>
      ${m.error&&!T?R`<${i} error=${m.error} id="correct-acceptance-error" />`:null}
    </div>
  </form>`}function eo({ui:t,c:e,onDone:r}){let{t:n}=t,o={contractId:e.id,expectedVersion:e.version};return R`<div class="course">
    ${e.status==="ACTIVE"?R`<${$e} ui=${t} id="suspend" title=${n("con.suspendTitle")} intro=${n("con.suspendIntro")} submitLabel=${n("con.suspend")}
          untilRemount mutation=${ji} input=${o} onDone=${()=>r(n("con.suspended"))} />`:null}
    ${e.status==="SUSPENDED"?R`<${$e} ui=${t} id="resume" title=${n("con.resumeTitle")} submitLabel=${n("con.resume")}
          untilRemount mutation=${Hi} input=${o} onDone=${()=>r(n("con.resumed"))} />`:null}
    <${$e} ui=${t} id="terminate" title=${n("con.terminateTitle")} intro=${n("con.terminateIntro")} submitLabel=${n("con.terminate")} danger
      untilRemount mutation=${Vi} input=${o} onDone=${()=>r(n("con.terminated"))} />
  </div>`}function to(t,e){return e.kind==="PAYMENT"?e.paidFen>=e.amountFen?t("con.paidInFull"):e.paidFen>0?t("con.partlyPaid"):t("con.ocds."+e.ocdsStatus):t("con.ocds."+e.ocdsStatus)}function Gn({ui:t,id:e,flash:r}){let{t:n,lang:o,claims:i,ErrorText:a,Link:s}=t,[d,l]=v(void 0),[$,h]=v(null),[c,p]=v(null),[E,m]=v(r),[u,y]=v(0);if(U(()=>{let _=!0;return x(Ni,{id:e},{lang:o}).then(async N=>{if(_&&(l(N.contract),N.contract?.supplier)){let P=await x(ki,{id:N.contract.supplier},{lang:o});_&&h(P.organisation?.name??N.contract.supplier)}}).catch(N=>_&&p(N)),()=>{_=!1}},[e,o,u]),c)return R`<main id="main"><${a} error=${c} /></main>`;if(d===void 0)return R`<main id="main"><p role="status">${n("loading")}</p></main>`;if(d===null)return R`<main id="main"><h1>${n("con.notFound")}</h1></main>`;let T=i?.role==="purchaser"&&i.organisation===d.purchaserUnit,f=T&&(d.status==="ACTIVE"||d.status==="SUSPENDED"),I=_=>(m(_),y(N=>N+1)),b=(_,N,P)=>R`<div><dt>${n(_)}</dt><dd id=${P}>${N}</dd></div>`,g=Object.fromEntries(d.milestones.map(_=>[_.id,_])),A=d.milestones.flatMap(_=>_.acceptances.map((N,P)=>({m:_,a:N,inForce:P===_.acceptances.length-1}))),C=d.milestones.filter(_=>_.kind==="DELIVERY").every(_=>_.accepted),M=d.payments.length>0||d.milestones.some(_=>_.acceptances.length>0);return R`<main id="main" class="contract">
    <h1>${d.title} <${Hn} t=${n} status=${d.status} /></h1>
    ${E?R`<p class="notice" role="status">${E}</p>`:null}
    <p>${n("con.between",{purchaser:d.purchaser,supplier:$??"\u2026"})} · ${n("jurisdiction")} ${d.jurisdiction} ·${" "}
      <${s} href=${"/app/procurements/"+d.procurement.id}>${n("con.fromProcurement")}<//></p>
    ${d.overdue.unpaidFen>0?R`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${n("con.overdueTitle",{unpaid:ce(d.overdue.unpaidFen)})}</h2>
          <ul>${d.overdue.milestones.map(_=>R`<li>${_.milestoneId} ${_.title}：${n("con.overdueSince",{due:z(_.due,o),unpaid:L(_.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${n("con.money")}</h2>
      <dl class="facts money-facts">
        ${b("con.amount",L(d.amount),"contract-amount")}
        ${b("con.supplemented",L(d.supplemented),"contract-supplemented")}
        ${b("con.total",L(d.total),"contract-total")}
        ${b("con.accepted",L(d.accepted),"contract-accepted")}
        ${b("con.paid",L(d.paid),"contract-paid")}
        ${b("con.remaining",L(d.remaining),"contract-remaining")}
        ${b("con.overdue",d.overdue.unpaidFen>0?R`<strong class="badge overdue">${L(d.overdue.unpaid)}</strong>`:L(d.overdue.unpaid),"contract-overdue")}
      </dl>
      <${Yi} t=${n} c=${d} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${n("con.terms")}</h2>
      <dl class="facts">
        ${b("con.supplier",$??d.supplier,"contract-supplier")}
        ${b("proc.purchaser",d.purchaser)}
        ${b("proc.item",R`<code>${d.item.code}</code> ${d.item.nameZh}`)}
        ${b("proc.method",n("proc.methods."+d.method))}
        ${b("proc.servicePeriod",`${z(d.serviceStart,o)} \u2013 ${z(d.serviceEnd,o)}`)}
        ${b("con.signedAt",F(d.signedAt,o)+" "+n("proc.chinaTime"))}
        ${d.endedAt?b("con.endedAt",F(d.endedAt,o)):null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${n("con.milestones")}</h2>
      <table class="milestones">
        <caption class="sr-only">${n("con.milestones")}</caption>
        <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.kind")}</th><th scope="col">${n("con.title")}</th><th scope="col">${n("con.dueShort")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.paid")}</th><th scope="col">${n("state")}</th></tr></thead>
        <tbody>${d.milestones.map(_=>R`<tr data-id=${_.id}>
            <td><code>${_.id}</code></td>
            <td>${n("con.kinds."+_.kind)}${_.supplementId?R` <span class="badge">${n("con.fromSupplement")}</span>`:null}</td>
            <td>${_.title}${_.follows?R`<br /><span class="hint">${n("con.followsText",{id:_.follows,title:g[_.follows]?.title??""})}</span>`:null}</td>
            <td>${z(_.due,o)}</td>
            <td class="money">${_.kind==="PAYMENT"?L(_.amount):""}</td>
            <td class="money">${_.kind==="PAYMENT"?L(_.paid):""}</td>
            <td>${to(n,_)}</td>
          </tr>`)}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${n("con.acceptances")}</h2>
      ${A.length===0?R`<p class="empty">${n("con.noAcceptances")}</p>`:null}
      ${A.length>0?R`<table class="acceptances"><caption class="sr-only">${n("con.acceptances")}</caption>
            <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.result")}</th><th scope="col">${n("con.recipientsShort")}</th><th scope="col">${n("con.report")}</th><th scope="col">${n("con.acceptedAt")}</th><th scope="col">${n("con.paymentDue")}</th></tr></thead>
            <tbody>${A.map(({m:_,a:N,inForce:P})=>R`<tr class=${P?"":"superseded"}>
                <td><code>${_.id}</code> ${_.title}</td>
                <td>${N.passed?R`<strong class="badge ok">${n("con.passed")}</strong>`:R`<span class="badge no">${n("con.failed")}</span>`}${P?null:R` <span class="hint">${n("con.superseded")}</span>`}</td>
                <td>${n("con.recipientsCount",{count:N.recipientsParticipating})}${N.recipientsNote?R`<br /><span class="hint">${N.recipientsNote}</span>`:null}</td>
                <td>${N.report}</td>
                <td>${F(N.acceptedAt,o)}</td>
                <td>${N.paymentDue?z(N.paymentDue,o):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${n("con.payments")}</h2>
      ${d.payments.length===0?R`<p class="empty">${n("con.noPayments")}</p>`:null}
      ${d.payments.length>0?R`<table class="payments"><caption class="sr-only">${n("con.payments")}</caption>
            <thead><tr><th scope="col">${n("con.paidAt")}</th><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.reference")}</th><th scope="col">${n("con.onTime")}</th></tr></thead>
            <tbody>${d.payments.map(_=>R`<tr class=${_.late?"overdue":""}>
                <td>${F(_.paidAt,o)}</td>
                <td><code>${_.milestoneId}</code> ${g[_.milestoneId]?.title??""}</td>
                <td class="money">${L(_.amount)}</td>
                <td>${_.reference}</td>
                <td>${_.late?R`<span class="badge overdue">${n("con.late")}</span>`:n("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${d.supplements.length>0?R`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${n("con.supplements")}</h2>
          <ul>${d.supplements.map(_=>R`<li>${F(_.supplementedAt,o)}：${L(_.amount)} · ${_.description}</li>`)}</ul>
        </section>`:null}
    ${d.corrections.length>0?R`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${n("con.corrections")}</h2>
          <ul>${d.corrections.map(_=>R`<li>${F(_.correctedAt,o)}：${_.what==="PAYMENT"?n("con.correctedPayment",{from:ce(_.oldAmountFen),to:ce(_.newAmountFen)}):n("con.correctedAcceptance",{id:_.milestoneId,from:n(_.oldPassed?"con.passed":"con.failed"),to:n(_.newPassed?"con.passed":"con.failed")})} · ${_.reason}</li>`)}</ul>
        </section>`:null}
    ${d.statusChanges.length>0?R`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${n("con.statusChanges")}</h2>
          <ul>${d.statusChanges.map(_=>R`<li>${F(_.at,o)}：${n("con.statuses."+_.status)}${_.reason?" \xB7 "+_.reason:""}</li>`)}</ul>
        </section>`:null}
    <${On} ui=${t} contract=${d} />
    ${f||T&&M?R`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${n("con.actions")}</h2>
          ${d.status==="ACTIVE"?R`<${Ki} key=${"a"+u} ui=${t} c=${d} onDone=${I} />`:null}
          ${f?R`<${Zi} key=${"p"+u} ui=${t} c=${d} onDone=${I} />`:null}
          ${d.status==="ACTIVE"&&C?R`<${Ae} ui=${t} id="complete" label=${n("con.complete")} mutation=${Ui} input=${{contractId:d.id,expectedVersion:d.version}} onDone=${()=>I(n("con.completed"))} />`:null}
          ${d.status==="ACTIVE"?R`<${Ji} key=${"s"+d.version} ui=${t} c=${d} onDone=${I} />`:null}
          <${zi} key=${"cp"+d.version} ui=${t} c=${d} onDone=${I} />
          <${Xi} key=${"ca"+d.version} ui=${t} c=${d} onDone=${I} />
          ${f?R`<${eo} key=${"k"+d.version} ui=${t} c=${d} onDone=${I} />`:null}
        </section>`:null}
  </main>`}async function no(t,e){if(t.length===0)return{};let r=t.map((i,a)=>`$o${a}: UUID!`).join(", "),n=t.map((i,a)=>`o${a}: organisation(id: $o${a}) { id name }`).join(" "),o=await x(`query Names(${r}) { ${n} }`,Object.fromEntries(t.map((i,a)=>["o"+a,i])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.name]))}function qn({ui:t}){let{t:e,lang:r,claims:n,ErrorText:o,Link:i}=t,a=n?.role==="ngo",[s,d]=v(null),[l,$]=v({}),[h,c]=v(null);U(()=>{let m=!0;return x(a?Oi:xi,{},{lang:r}).then(async u=>{if(!m)return;let y=(a?u.myContracts:u.contracts).nodes;if(d(y),!a){let T=await no([...new Set(y.map(f=>f.supplier))].slice(0,100),r);m&&$(T)}}).catch(u=>m&&c(u)),()=>{m=!1}},[r,a]);let p=(s??[]).flatMap(m=>m.payments.map(u=>({c:m,pm:u}))).sort((m,u)=>u.pm.paidAt.localeCompare(m.pm.paidAt)),E=e(a?"con.myTitle":"con.unitTitle");return R`<main id="main">
    <h1>${E}</h1>
    <p>${e(a?"con.myIntro":"con.unitIntro")}</p>
    <${o} error=${h} />
    ${s==null&&!h?R`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?R`<p class="empty">${e("con.none")}</p>`:null}
    ${s&&s.length>0?R`<table class="board contracts">
          <caption>${E}</caption>
          <thead><tr><th scope="col">${e("con.title")}</th><th scope="col">${e(a?"proc.purchaser":"con.supplier")}</th><th scope="col">${e("con.total")}</th><th scope="col">${e("con.paid")}</th><th scope="col">${e("con.remaining")}</th><th scope="col">${e("con.overdue")}</th><th scope="col">${e("state")}</th></tr></thead>
          <tbody>${s.map(m=>R`<tr class=${m.overdue.unpaidFen>0?"overdue":""}>
              <td><${i} href=${"/app/contracts/"+m.id}>${m.title}<//></td>
              <td>${a?m.purchaser:l[m.supplier]??R`<code>${m.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${L(m.total)}</td>
              <td class="money">${L(m.paid)}</td>
              <td class="money">${L(m.remaining)}</td>
              <td class="money">${m.overdue.unpaidFen>0?R`<span class="badge overdue">${ce(m.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${Hn} t=${e} status=${m.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
    ${a&&s&&s.length>0?R`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${e("con.received")}</h2>
          ${p.length===0?R`<p class="empty">${e("con.noPayments")}</p>`:null}
          ${p.length>0?R`<table class="payments received"><caption class="sr-only">${e("con.received")}</caption>
                <thead><tr><th scope="col">${e("con.paidAt")}</th><th scope="col">${e("con.title")}</th><th scope="col">${e("con.milestoneId")}</th><th scope="col">${e("con.amountShort")}</th><th scope="col">${e("con.reference")}</th><th scope="col">${e("con.onTime")}</th></tr></thead>
                <tbody>${p.map(({c:m,pm:u})=>R`<tr>
                    <td>${F(u.paidAt,r)}</td>
                    <td>${m.title}</td>
                    <td><code>${u.milestoneId}</code></td>
                    <td class="money">${L(u.amount)}</td>
                    <td>${u.reference}</td>
                    <td>${u.late?R`<span class="badge overdue">${e("con.late")}</span>`:e("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var w=X.bind(J),ro=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],io=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],Yn="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",oo=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${Yn} } }
}`,ao=`${Yn} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects documents { name sha256 } }
  report { committeeId ranking { rank bidId organisationId price total } }
  excluded { bidId why reason } candidateBidId
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt complaints }
  ended { rule reason at }
  contract { id status }`,so=`query One($id: UUID!) { procurement(id: $id) { ${ao} } }`,Wn=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,co=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,lo=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,uo="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",po="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",mo="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",$o="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",ho="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",fo="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",go="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }",bo="mutation Amend($i: AmendProcurementInput!) { amendProcurement(input: $i) { version } }",vo="mutation Cancel($i: ProcurementReasonInput!) { cancelProcurement(input: $i) { version } }",yo="mutation Decline($i: RankedBidReasonInput!) { declineAward(input: $i) { version } }",Eo="mutation Disqualify($i: RankedBidReasonInput!) { disqualifyBid(input: $i) { version } }",Io="mutation Complaint($i: RecordComplaintInput!) { recordComplaint(input: $i) { version } }";function ct(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function st(t){let e=new Date(nt()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function Be(t,e){return t.openedBids.find(r=>r.organisationId===e)?.organisationName??e}function Kn({t,status:e}){return e?w`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function Zn({ui:t,params:e}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a,navigate:s}=t,d=o?.role==="purchaser",[l,$]=v(e.get("jurisdiction")??o?.jurisdiction??""),[h,c]=v(e.get("status")??""),[p,E]=v(e.get("item")??""),m=d&&e.get("mine")==="1",[u,y]=v(null),[T,f]=v(null),I=e.toString();U(()=>{let g=e.get("jurisdiction")??o?.jurisdiction;if(!m&&!g)return y(null);let A=m?{mine:!0}:{jurisdiction:g};e.get("status")&&(A.status=e.get("status")),!m&&e.get("item")&&(A.item=e.get("item"));let C=!0;return f(null),x(oo,{f:A},{lang:n}).then(M=>C&&y(M.procurements),M=>C&&(f(M),y(null))),()=>{C=!1}},[I,n,m]);let b=g=>{g.preventDefault();let A=new URLSearchParams;k(l)&&A.set("jurisdiction",k(l)),h&&A.set("status",h),k(p)&&A.set("item",k(p).toUpperCase()),s("/app/procurements?"+A.toString())};return w`<main id="main">
    <h1>${r(m?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${r(m?"proc.mineIntro":"proc.boardIntro")}</p>
    ${d?w`<p class="actions">
          <${a} href="/app/procurements/new" class="button">${r("proc.draftTitle")}<//>
          ${" "}<${a} href=${m?"/app/procurements":"/app/procurements?mine=1"}>${r(m?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${m?null:w`<form class="search board-filter" role="search" onSubmit=${b} aria-label=${r("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${r("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${g=>$(g.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${r("state")}</label>
            <select id="board-status" value=${h} onChange=${g=>c(g.currentTarget.value)}>
              <option value="">${r("proc.anyStatus")}</option>
              ${ro.map(g=>w`<option value=${g}>${r("proc.statuses."+g)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${r("proc.itemCode")}</label>
            <input id="board-item" value=${p} spellcheck=${!1} onInput=${g=>E(g.currentTarget.value)} /></div>
          <button type="submit">${r("search")}</button>
        </form>`}
    <${i} error=${T} />
    ${u&&u.nodes.length===0?w`<p class="empty" role="status">${r("proc.boardEmpty")}</p>`:null}
    ${u&&u.nodes.length>0?w`<table class="board">
          <caption>${r("proc.boardCount",{count:u.totalCount})}</caption>
          <thead><tr><th scope="col">${r("proc.title")}</th><th scope="col">${r("proc.purchaser")}</th><th scope="col">${r("proc.item")}</th><th scope="col">${r("proc.budget")}</th><th scope="col">${r("proc.bidDeadline")}</th><th scope="col">${r("state")}</th></tr></thead>
          <tbody>
            ${u.nodes.map(g=>w`<tr>
                <td><${a} href=${"/app/procurements/"+g.id}>${g.title}<//></td>
                <td>${g.purchaser}</td>
                <td><code>${g.item.code}</code> ${g.item.nameZh}</td>
                <td class="money">${L(g.budget)}</td>
                <td>${F(g.bidDeadline,n)}</td>
                <td><${Kn} t=${r} status=${g.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Rt(t,e){let r=[],n=null;for(let s=0;s<5;s++){let d=await x(lo,{j:t,after:n},{lang:e});if(!d.catalogue)return null;if(r.push(...d.catalogue.items.nodes),!d.catalogue.items.pageInfo.hasNextPage)break;n=d.catalogue.items.pageInfo.endCursor}let o=new Map;for(let s of r)o.set(s.parent??"",[...o.get(s.parent??"")??[],s]);let i=[],a=(s,d)=>{for(let l of(o.get(s)??[]).sort(($,h)=>$.code.localeCompare(h.code)))i.push({...l,depth:d}),d<10&&a(l.code,d+1)};return a("",0),i}function St(t){let e=k(t).replace(/[\uFF10-\uFF19]/g,r=>String.fromCharCode(r.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var To=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],Ao={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function _o(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(To.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:Ao[t.rule]??null}function lt({ui:t,prefill:e={},context:r=null,onDrafted:n=null}){let{t:o,lang:i,claims:a,ErrorText:s,navigate:d}=t,[l,$]=v(void 0),[h,c]=v(null),[p,E]=v(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:st(60),serviceEnd:st(330),bidDeadline:st(21)+"T17:00",openingAt:st(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:o("proc.defaultPlan"),points:"40"},{name:o("proc.defaultTeam"),points:"30"}],...e})),[m,u]=v(null),y=G(i);U(()=>{let _=!0;return Rt(a.jurisdiction,i).then(N=>_&&$(N),N=>_&&c(N)),()=>{_=!1}},[a.jurisdiction,i]);let T=(_,N)=>E(P=>({...P,[_]:N})),f=(_,N,P)=>E(O=>({...O,criteria:O.criteria.map((V,Q)=>Q===_?{...V,[N]:P}:V)})),I=_=>{_.preventDefault();let N=oe(p.budget),P=oe(p.bidSecurity||"0");if(N==null)return u(new W(o("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(P==null)return u(new W(o("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([p.minRating,p.minYears].some(V=>k(V)&&St(V)==null))return u(new W(o("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));u(null);let O={purchaser:k(p.purchaser),title:k(p.title),description:k(p.description),item:p.item,method:p.method,budgetFen:N,bidSecurityFen:P,serviceStart:p.serviceStart,serviceEnd:p.serviceEnd,requirements:{kinds:p.kinds,minRating:St(p.minRating),minYearsRegistered:St(p.minYears)},scoring:{priceWeightPercent:Number(p.priceWeight)||0,criteria:p.criteria.filter(V=>k(V.name)).map((V,Q)=>({key:"c"+(Q+1),name:k(V.name),maxPoints:Number(V.points)||0}))},bidDeadline:ct(p.bidDeadline),openingAt:ct(p.openingAt)};y.run(uo,O,V=>n?n(V.draftProcurement.id):d("/app/procurements/"+V.draftProcurement.id+"?drafted=1"))},b=m??y.error,g=_o(b),A=_=>({id:"draft-"+_,"aria-invalid":g===_?"true":void 0,"aria-describedby":g===_?"draft-"+_+"-error":void 0}),C=_=>g===_?w`<${s} error=${b} id=${"draft-"+_+"-error"} />`:null,M=(_,N,P={})=>w`<div class=${"field"+(g===_?" invalid":"")}>
    <label for=${"draft-"+_}>${o(N)}</label>
    <input ...${A(_)} value=${p[P.key??_]} type=${P.type??"text"} inputmode=${P.inputmode}
      onInput=${O=>T(P.key??_,O.currentTarget.value)} />
    ${P.hint?w`<p class="hint">${o(P.hint)}</p>`:null}
    ${C(_)}
  </div>`;return w`<main id="main">
    <h1>${o("proc.draftTitle")}</h1>
    <p>${o("proc.draftIntro",{jurisdiction:a.jurisdiction})}</p>
    ${r}
    <${s} error=${h} />
    ${l===null?w`<p class="error" role="alert">${o("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${I} novalidate>
      ${M("purchaser","proc.purchaser")}
      ${M("title","proc.title")}
      <div class=${"field"+(g==="description"?" invalid":"")}>
        <label for="draft-description">${o("proc.description")}</label>
        <textarea ...${A("description")} rows="3" value=${p.description} onInput=${_=>T("description",_.currentTarget.value)}></textarea>
        ${C("description")}
      </div>
      <div class=${"field"+(g==="item"?" invalid":"")}>
        <label for="draft-item">${o("proc.item")}</label>
        <select ...${A("item")} value=${p.item} onChange=${_=>T("item",_.currentTarget.value)}>
          <option value="">${o("proc.pickItem")}</option>
          ${(l??[]).map(_=>w`<option value=${_.code} disabled=${_.status!=="ACTIVE"}>
              ${"\u3000".repeat(_.depth)}${_.code} ${i==="en"&&_.nameEn?_.nameEn:_.nameZh}${_.status!=="ACTIVE"?" "+o("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${o("proc.itemHint")}</p>
        ${C("item")}
      </div>
      <div class="field">
        <label for="draft-method">${o("proc.method")}</label>
        <select id="draft-method" value=${p.method} onChange=${_=>T("method",_.currentTarget.value)}>
          ${io.map(_=>w`<option value=${_}>${o("proc.methods."+_)}</option>`)}
        </select>
      </div>
      ${M("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${M("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${M("serviceStart","proc.serviceStart",{type:"date"})}
      ${M("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${M("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${M("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+(g==="requirements"?" invalid":"")}>
        <legend>${o("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(_=>w`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+_} checked=${p.kinds.includes(_)}
            onChange=${N=>T("kinds",N.currentTarget.checked?[...p.kinds,_]:p.kinds.filter(P=>P!==_))} />
            <label for=${"draft-kind-"+_}>${o("kinds."+_)}</label></div>`)}
        <p class="hint">${o("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${o("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${p.minRating} aria-describedby=${"draft-limits-hint"+(g==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${g==="requirements"?"true":void 0} onInput=${_=>T("minRating",_.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${o("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${p.minYears} aria-describedby=${"draft-limits-hint"+(g==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${g==="requirements"?"true":void 0} onInput=${_=>T("minYears",_.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${o("proc.limitsHint")}</p>
        ${C("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+(g==="scoring"?" invalid":"")}>
        <legend>${o("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${o("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${p.priceWeight} onInput=${_=>T("priceWeight",_.currentTarget.value)}
            aria-invalid=${g==="scoring"?"true":void 0} aria-describedby=${g==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${p.criteria.map((_,N)=>w`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+N}>${o("proc.criterion",{n:N+1})}</label>
              <input id=${"draft-criterion-"+N} value=${_.name} onInput=${P=>f(N,"name",P.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+N}>${o("proc.maxPoints")}</label>
              <input id=${"draft-points-"+N} inputmode="numeric" value=${_.points} onInput=${P=>f(N,"points",P.currentTarget.value)} /></div>
          </div>`)}
        ${C("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${y.busy}>${y.busy?o("submitting"):o("proc.saveDraft")}</button>
        ${b&&!g?w`<${s} error=${b} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function dt(t){let e=Date.parse(t);return Number.isNaN(e)?"":new Date(e+8*36e5).toISOString().slice(0,16)}function Co({ui:t,p:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,[a,s]=v(e.description),[d,l]=v(dt(e.bidDeadline)),[$,h]=v(dt(e.openingAt)),[c,p]=v(!1),[E,m]=v(""),u=G(o,{untilRemount:!0}),y=b=>{b.preventDefault();let g={procurementId:e.id,substantive:c,reason:k(E),expectedVersion:e.version};k(a)!==e.description&&(g.description=k(a)),d!==dt(e.bidDeadline)&&(g.bidDeadline=ct(d)),$!==dt(e.openingAt)&&(g.openingAt=ct($)),u.run(bo,g,()=>r(n("proc.amended")))},T=u.error,f=ue(T,{description:"description",bidDeadline:"bidDeadline",openingAt:"openingAt",reason:"reason"},{"PROC-PERIOD":"bidDeadline"}),I=b=>f===b?T:null;return w`<form class="amend" onSubmit=${y} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">${n("proc.amendTitle")}</h3>
    <p>${n("proc.amendIntro")}</p>
    <${q} ui=${t} id="amend-description" label=${n("proc.description")} rows="3" value=${a} onInput=${s} error=${I("description")} />
    <${q} ui=${t} id="amend-deadline" label=${n("proc.bidDeadline")} type="datetime-local" value=${d} onInput=${l} hint=${n("proc.amendDeadlineHint")} error=${I("bidDeadline")} />
    <${q} ui=${t} id="amend-opening" label=${n("proc.openingAt")} type="datetime-local" value=${$} onInput=${h} hint=${n("proc.chinaTimeHint")} error=${I("openingAt")} />
    <div class="field checkbox"><input type="checkbox" id="amend-substantive" checked=${c} onChange=${b=>p(b.currentTarget.checked)} aria-describedby="amend-substantive-hint" />
      <label for="amend-substantive">${n("proc.substantive")}</label>
      <p class="hint" id="amend-substantive-hint">${n("proc.substantiveHint")}</p></div>
    <${q} ui=${t} id="amend-reason" label=${n("proc.amendReason")} rows="2" value=${E} onInput=${m} error=${I("reason")} />
    <div class="action">
      <button type="submit" id="amend-submit" disabled=${u.busy}>${u.busy?n("submitting"):n("proc.amend")}</button>
      ${T&&!f?w`<${i} error=${T} id="amend-error" />`:null}
    </div>
  </form>`}function So({ui:t,p:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,a=e.report.ranking.filter(y=>!e.excluded.some(T=>T.bidId===y.bidId)),[s,d]=v(e.candidateBidId??a[0]?.bidId??""),[l,$]=v("DECLINE"),[h,c]=v(""),p=G(o,{untilRemount:!0});if(a.length===0)return null;let E=y=>{y.preventDefault(),p.run(l==="DECLINE"?yo:Eo,{procurementId:e.id,bidId:s,reason:k(h),expectedVersion:e.version},()=>r(n(l==="DECLINE"?"proc.declined":"proc.disqualified")))},m=p.error,u=ue(m,{bidId:"bid",reason:"reason"},{"AWARD-RANK":"bid"});return w`<form class="exclude" onSubmit=${E} novalidate aria-labelledby="exclude-heading">
    <h3 id="exclude-heading">${n("proc.excludeTitle")}</h3>
    <p>${n("proc.excludeIntro")}</p>
    <div class=${"field"+(u==="bid"?" invalid":"")}><label for="exclude-bid">${n("proc.rankedBid")}</label>
      <select id="exclude-bid" value=${s} aria-invalid=${u==="bid"?"true":void 0} aria-describedby=${u==="bid"?"exclude-bid-error":void 0} onChange=${y=>d(y.currentTarget.value)}>
        ${a.map(y=>w`<option value=${y.bidId}>${n("proc.rankedOption",{rank:y.rank,name:Be(e,y.organisationId),price:L(y.price)})}${y.bidId===e.candidateBidId?n("proc.candidateMark"):""}</option>`)}
      </select>
      ${u==="bid"?w`<${i} error=${m} id="exclude-bid-error" />`:null}</div>
    <fieldset class="result">
      <legend>${n("proc.excludeWhat")}</legend>
      ${["DECLINE","DISQUALIFY"].map(y=>w`<div class="field checkbox"><input type="radio" name="exclude-what" id=${"exclude-"+y.toLowerCase()} checked=${l===y} onChange=${()=>$(y)} />
          <label for=${"exclude-"+y.toLowerCase()}>${n("proc.excludeKinds."+y)}</label></div>`)}
    </fieldset>
    <${q} ui=${t} id="exclude-reason" label=${n("reasonLabel")} rows="2" value=${h} onInput=${c} error=${u==="reason"?m:null} />
    <div class="action">
      <button type="submit" id="exclude-submit" disabled=${p.busy}>${p.busy?n("submitting"):n("proc.excludeSubmit")}</button>
      ${m&&!u?w`<${i} error=${m} id="exclude-error" />`:null}
    </div>
  </form>`}function Ro({ui:t,p:e,challenge:r,onDone:n}){let{t:o,lang:i,ErrorText:a}=t,[s,d]=v(""),l=G(i,{untilRemount:!0}),$="complaint-"+r.challengeId,h=p=>{p.preventDefault(),l.run(Io,{procurementId:e.id,challengeId:r.challengeId,reference:k(s),expectedVersion:e.version},()=>n(o("proc.complaintRecorded")))},c=ue(l.error,{reference:"reference"})==="reference";return w`<form class="complaint" onSubmit=${h} novalidate>
    <${q} ui=${t} id=${$+"-reference"} label=${o("proc.complaintReference")} value=${s} onInput=${d}
      hint=${o("proc.complaintHint")} error=${c?l.error:null} />
    <div class="action">
      <button type="submit" class="secondary" disabled=${l.busy}>${o("proc.recordComplaint")}</button>
      ${l.error&&!c?w`<${a} error=${l.error} id=${$+"-error"} />`:null}
    </div>
  </form>`}function Do({ui:t,p:e,challenge:r,onDone:n}){let{t:o,lang:i,ErrorText:a}=t,[s,d]=v("DISMISSED"),[l,$]=v(""),h=G(i),c="answer-"+r.challengeId;return w`<form class="answer" onSubmit=${E=>{E.preventDefault(),h.run(go,{procurementId:e.id,challengeId:r.challengeId,decision:s,reply:k(l),expectedVersion:e.version},n)}}>
    <div class="field"><label for=${c+"-decision"}>${o("proc.decision")}</label>
      <select id=${c+"-decision"} value=${s} onChange=${E=>d(E.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(E=>w`<option value=${E}>${o("proc.decisions."+E)}</option>`)}
      </select></div>
    <div class="field"><label for=${c+"-reply"}>${o("proc.reply")}</label>
      <textarea id=${c+"-reply"} rows="2" value=${l} onInput=${E=>$(E.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${h.busy}>${o("proc.answer")}</button>
      <${a} error=${h.error} id=${c+"-error"} />
    </div>
  </form>`}function wo({ui:t,p:e,generation:r,onDone:n}){let{t:o,lang:i,ErrorText:a}=t,[s,d]=v([]),[l,$]=v("5"),[h,c]=v(null),p=G(i);U(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let u=!0;return x(co,{id:e.id},{lang:i}).then(y=>u&&d(y.procurementCommittees),y=>u&&c(y)),()=>{u=!1}},[e.id,r,i]);let E={procurementId:e.id,expectedVersion:e.version},m=u=>()=>n(o(u));return w`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${o("proc.purchaserActions")}</h2>
    <${a} error=${h} />
    ${e.status==="DRAFT"?w`<p>${o("proc.publishIntro")}</p>
          <${Ae} ui=${t} id="publish" label=${o("proc.publish")} mutation=${po} input=${E} onDone=${m("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?w`<p>${o("proc.openIntro",{at:F(e.openingAt,i)})}</p>
          <${Ae} ui=${t} id="open-bids" label=${o("proc.openBids")} mutation=${mo} input=${E} onDone=${m("proc.opened")} />`:null}
    ${e.status==="PUBLISHED"?w`<${Co} key=${"amend"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.status==="OPENED"||s.length>0?w`<h3>${o("proc.committees")}</h3>
          ${s.length===0?w`<p class="empty">${o("proc.noCommittee")}</p>`:null}
          ${s.length>0?w`<table class="committees"><caption>${o("proc.committees")}</caption>
                <thead><tr><th scope="col">${o("state")}</th><th scope="col">${o("proc.seats")}</th><th scope="col">${o("proc.submitted")}</th><th scope="col">${o("proc.constitutedAt")}</th></tr></thead>
                <tbody>${s.map(u=>w`<tr><td>${o("proc.committeeStatuses."+u.status)}</td><td>${u.sitting} / ${u.seats}</td><td>${u.submitted} / ${u.sitting}</td><td>${F(u.constitutedAt,i)}</td></tr>`)}</tbody></table>`:null}
          ${s.filter(u=>u.status==="SCORING").map(u=>u.submitted<u.sitting?w`<p class="hint" id="committee-waiting">${o("proc.waitingSheets",{count:u.sitting-u.submitted})}</p>`:w`<${Ae} ui=${t} id="conclude" label=${o("proc.conclude")} mutation=${ho}
                    input=${{committeeId:u.committeeId,expectedVersion:u.version}} onDone=${m("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!s.some(u=>u.status==="SCORING")?w`<form class="constitute" onSubmit=${u=>{u.preventDefault(),p.run($o,{procurementId:e.id,experts:Number(l)||0,representatives:[]},m("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${o("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${u=>$(u.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${p.busy}>${o("proc.constitute")}</button>
                  <${a} error=${p.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?w`<h3>${o("proc.award")}</h3>
          <p>${o("proc.awardIntro")}</p>
          ${e.report.ranking.map(u=>w`<${Ae} ui=${t} id=${"award-"+u.rank} label=${o("proc.awardTo",{rank:u.rank,name:Be(e,u.organisationId),price:L(u.price)})}
              mutation=${fo} input=${{...E,bidId:u.bidId}} onDone=${m("proc.awarded")} />`)}`:null}
    ${(e.status==="EVALUATED"||e.status==="AWARDED")&&e.report?w`<${So} key=${"exclude"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.challenges.filter(u=>!u.decision).map(u=>w`<h3>${o("proc.answerChallenge",{due:z(u.replyDue,i)})}</h3>
          <p>${u.grounds}</p>
          <${Do} ui=${t} p=${e} challenge=${u} onDone=${m("proc.answered")} />`)}
    ${e.challenges.length>0&&e.status!=="DRAFT"&&e.status!=="PUBLISHED"?w`<h3>${o("proc.complaintTitle")}</h3>
          ${e.challenges.map(u=>w`<p>${o("proc.complaintAbout",{grounds:u.grounds})}</p>
              <${Ro} key=${u.challengeId+e.version} ui=${t} p=${e} challenge=${u} onDone=${n} />`)}`:null}
    ${["DRAFT","PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED"].includes(e.status)?w`<${$e} key=${"cancel"+e.version} ui=${t} id="cancel" title=${o("proc.cancelTitle")} intro=${o("proc.cancelIntro")} submitLabel=${o("proc.cancel")} danger
          untilRemount mutation=${vo} input=${E} onDone=${m("proc.cancelled")} />`:null}
  </section>`}function Qn({ui:t,id:e,flash:r}){let{t:n,lang:o,claims:i,ErrorText:a}=t,[s,d]=v(void 0),[l,$]=v(null),[h,c]=v(null),[p,E]=v(r),[m,u]=v(0);U(()=>{let I=!0;return x(so,{id:e},{lang:o}).then(async b=>{if(!I)return;d(b.procurement);let A=b.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(b.procurement.status)?(await x(Wn,{id:e},{lang:o})).sealedBids:null;I&&$(A)}).catch(b=>I&&c(b)),()=>{I=!1}},[e,o,m]);let y=s?.status==="PUBLISHED";if(U(()=>{if(!y)return;let I=setInterval(()=>{x(Wn,{id:e},{lang:o}).then($,()=>{})},3e4);return()=>clearInterval(I)},[y,e,o]),h)return w`<main id="main"><${a} error=${h} /></main>`;if(s===void 0)return w`<main id="main"><p role="status">${n("loading")}</p></main>`;if(s===null)return w`<main id="main"><h1>${n("proc.notFound")}</h1></main>`;let T=i?.role==="purchaser"&&i.organisation===s.purchaserUnit,f=(I,b,g)=>w`<div><dt>${n(I)}</dt><dd id=${g}>${b}</dd></div>`;return w`<main id="main" class="procurement">
    <h1>${s.title}</h1>
    ${p?w`<p class="notice" role="status">${p}</p>`:null}
    <p><${Kn} t=${n} status=${s.status} /> ${s.purchaser} · ${n("jurisdiction")} ${s.jurisdiction}
      ${i?.role==="auditor"||i?.role==="admin"?w` · <${t.Link} href=${"/app/audit/purchases/"+s.id} id="purchase-audit-link">${n("paudit.open")}<//>`:null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${n("proc.terms")}</h2>
      <p>${s.description}</p>
      <dl class="facts">
        ${f("proc.item",w`<code>${s.item.code}</code> ${s.item.nameZh}`)}
        ${f("proc.method",n("proc.methods."+s.method))}
        ${f("proc.budget",L(s.budget),"proc-budget")}
        ${f("proc.bidSecurity",L(s.bidSecurity))}
        ${f("proc.servicePeriod",`${z(s.serviceStart,o)} \u2013 ${z(s.serviceEnd,o)}`)}
        ${f("proc.bidDeadline",F(s.bidDeadline,o)+" "+n("proc.chinaTime"),"proc-deadline")}
        ${f("proc.openingAt",F(s.openingAt,o)+" "+n("proc.chinaTime"),"proc-opening")}
        ${s.publishedAt?f("proc.publishedAt",F(s.publishedAt,o)):null}
        ${f("proc.eligibility",s.requirements.kinds.length?s.requirements.kinds.map(I=>n("kinds."+I)).join("\u3001"):n("proc.anyKind"))}
        ${s.requirements.minRating!=null?f("proc.minRating",`${s.requirements.minRating}A`):null}
        ${s.requirements.minYearsRegistered!=null?f("proc.minYears",String(s.requirements.minYearsRegistered)):null}
        ${f("proc.scoring",[n("proc.priceWeightShort",{n:s.scoring.priceWeightPercent}),...s.scoring.criteria.map(I=>`${I.name} ${I.maxPoints}`)].join("\uFF1B"))}
        ${s.amendments?f("proc.amendments",String(s.amendments)):null}
      </dl>
    </section>
    ${l?w`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${n("proc.sealedBids")}</h2>
          <p id="sealed-count">${n("proc.sealedCount",{count:l.totalCount})}</p>
          <p class="hint">${n("proc.sealedIntro")}</p>
          ${l.nodes.length>0?w`<table class="sealed"><caption>${n("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${n("proc.sealedAt")}</th><th scope="col">${n("proc.commitment")}</th></tr></thead>
                <tbody>${l.nodes.map(I=>w`<tr><td>${F(I.sealedAt,o)}</td><td><code class="hash">${I.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.openedAt?w`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${n("proc.opening",{at:F(s.openedAt,o)})}</h2>
          ${s.openedBids.length===0?w`<p class="empty">${n("proc.noBids")}</p>`:null}
          ${s.openedBids.length>0?w`<table class="opened"><caption>${n("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${n("organisation")}</th><th scope="col">${n("proc.price")}</th><th scope="col">${n("proc.valid")}</th><th scope="col">${n("proc.commitmentAndDocuments")}</th></tr></thead>
                <tbody>${s.openedBids.map(I=>w`<tr><td>${I.organisationName}</td><td class="money">${L(I.price)}</td>
                    <td>${I.valid?n("proc.validYes"):w`${n("proc.validNo")}: ${I.defects.join("\uFF1B")}`}</td><td><code class="hash">${I.commitment}</code>${I.documents.length?w`<ul class="documents">${I.documents.map(b=>w`<li><span class="name">${b.name}</span> <code class="hash">${b.sha256}</code></li>`)}</ul>`:null}</td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.report?w`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n("proc.ranking")}</h2>
          <ol class="ranking">${s.report.ranking.map(I=>{let b=s.excluded.find(g=>g.bidId===I.bidId);return w`<li class=${b?"excluded":""}>${Be(s,I.organisationId)} · ${L(I.price)} · ${n("proc.total",{total:I.total})}${b?w` · <span class="badge no">${n("proc.exclusions."+b.why)}</span>${n("proc.exclusionReason",{reason:b.reason})}`:null}</li>`})}</ol>
        </section>`:null}
    ${s.award?w`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${n("proc.awardNotice")}</h2>
          <p id="award-notice">${n("proc.awardText",{organisation:Be(s,s.award.organisationId),price:L(s.award.price),at:F(s.award.noticedAt,o),deadline:z(s.award.challengeDeadline,o)})}</p>
          ${s.contract?w`<p><${t.Link} href=${"/app/contracts/"+s.contract.id} id="contract-link">${n("con.contractLink",{status:n("con.statuses."+s.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${T&&s.status==="AWARDED"&&s.award&&!s.contract?w`<${Vn} ui=${t} p=${s} supplierName=${Be(s,s.award.organisationId)} />`:null}
    ${s.challenges.length>0?w`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${n("proc.challenges")}</h2>
          <ul>${s.challenges.map(I=>w`<li>${F(I.filedAt,o)}: ${I.grounds} — ${I.decision?`${n("proc.decisions."+I.decision)}\uFF1A${I.reply??""}`:n("proc.unanswered",{due:z(I.replyDue,o)})}${I.complaints.length?w`<br /><span class="complaints">${n("proc.complaints",{refs:I.complaints.join("\u3001")})}</span>`:null}</li>`)}</ul>
        </section>`:null}
    ${s.ended?w`<p class="notice">${n("proc.ended",{reason:s.ended.reason,at:F(s.ended.at,o)})}${s.ended.rule?` (${s.ended.rule})`:""}</p>`:null}
    ${T?w`<${wo} ui=${t} p=${s} generation=${m} onDone=${I=>(E(I),u(b=>b+1))} />`:null}
    ${i?.role==="ngo"?w`<${Sn} ui=${t} procurement=${s} onChanged=${()=>u(I=>I+1)} />`:null}
  </main>`}var se=X.bind(J),Dt=t=>L(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`),Po=`query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`,No="query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }",ko=`query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`,Oo="query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }",xo="query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }",Lo=10,Fo=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,Jn=t=>t.split("-")[0],Mo=120;function zn(t,e,r){return r==null?t("audit.empty"):Fo.test(r)?F(r,e):r.length<=Mo?r:se`<details class="long"><summary>${r.slice(0,60)}…</summary><code>${r}</code></details>`}function Uo(t){let e=/^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(t);return e&&e[2]!=="999999"?`${e[1]}.${String(Number(e[2])+1).padStart(6,"0")}${e[3]}`:new Date(new Date(t).getTime()+1).toISOString()}function Bo(t,e){let r=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)+`
`],{type:"application/json"})),n=document.createElement("a");n.href=r,n.download=e,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(r),6e4)}function jo({ui:t,id:e}){let{t:r,lang:n,ErrorText:o}=t,[i,a]=v(null),[s,d]=v(null),l=async $=>{if(!s){d($),a(null);try{let h=await x($==="releases"?Oo:xo,{id:e},{lang:n}),c=$==="releases"?h.ocdsReleasePackage:h.ocdsRecordPackage;if(c==null)throw Object.assign(new Error(r("paudit.ocdsNone")),{code:"NOT_FOUND"});Bo(c,`ocds-${$==="releases"?"release":"record"}-package-${e}.json`)}catch(h){a(h)}finally{d(null)}}};return se`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${r("paudit.ocds")}</h2>
    <p>${r("paudit.ocdsIntro")}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!s} onClick=${()=>l("releases")}>${r("paudit.ocdsReleases")}</button>
      ${" "}<button type="button" id="ocds-records" disabled=${!!s} onClick=${()=>l("records")}>${r("paudit.ocdsRecords")}</button>
    </p>
    <${o} error=${i} id="ocds-error" />
  </section>`}function Ho({ui:t,contractId:e,entries:r}){let{t:n,lang:o,ErrorText:i}=t,a=r.filter(u=>u.stream==="contract-"+e),[s,d]=v(null),l=s??Math.max(0,a.length-1),[$,h]=v(null),[c,p]=v(null),E=a[l]?.recordedAt;if(U(()=>{if(!E)return;let u=!0;return x(ko,{id:e,at:Uo(E)},{lang:o}).then(y=>u&&(h(y.contractAsOf),p(null)),y=>u&&p(y)),()=>{u=!1}},[e,E,o]),a.length===0)return null;let m=a[l];return se`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${n("paudit.asOf")}</h2>
    <div class="field">
      <label for="asof-contract">${n("paudit.asOfPick")}</label>
      <input id="asof-contract" type="range" min="0" max=${a.length-1} step="1" value=${l}
        aria-valuetext=${`${m.version} \xB7 ${m.kind} \xB7 ${F(m.recordedAt,o)}`} onInput=${u=>d(Number(u.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${n("paudit.asOfAt",{version:m.version,kind:m.kind,at:F(m.recordedAt,o)})}</p>
    </div>
    <${i} error=${c} />
    ${$?se`<dl class="facts" id="asof-contract-facts">
            <div><dt>${n("state")}</dt><dd id="asof-status">${n("con.statuses."+$.status)}</dd></div>
            <div><dt>${n("con.total")}</dt><dd>${L($.total)}</dd></div>
            <div><dt>${n("con.accepted")}</dt><dd>${L($.accepted)}</dd></div>
            <div><dt>${n("con.paid")}</dt><dd id="asof-paid">${L($.paid)}</dd></div>
            <div><dt>${n("con.remaining")}</dt><dd>${L($.remaining)}</dd></div>
            <div><dt>${n("con.milestones")}</dt><dd>${$.milestones.map(u=>`${u.id} ${u.kind==="DELIVERY"?n(u.accepted?"con.ocds.met":"con.ocds.scheduled"):`${Dt(u.paidFen)} / ${Dt(u.amountFen)}`}`).join(n("listSeparator"))}</dd></div>
          </dl>
          <${it}
            id="asof-chart"
            title=${n("con.chartTitle")}
            describe=${n("paudit.asOfChart",{paid:L($.paid),remaining:L($.remaining)})}
            format=${Dt}
            parts=${[{key:"paid",label:n("con.chartPaid"),value:$.paidFen,className:"paid"},{key:"remaining",label:n("con.remaining"),value:$.remainingFen,className:"later"}]}
          />`:null}
  </section>`}function Xn({ui:t,id:e}){let{t:r,lang:n,ErrorText:o,Link:i}=t,[a,s]=v(void 0),[d,l]=v([]),[$,h]=v([]),[c,p]=v(null),[E,m]=v(0),[u,y]=v(null),T=async f=>{let b=(await x(Po,{id:e,after:f},{lang:n})).purchaseTimeline;b&&(h(b.streams),l(g=>f==null?b.entries:[...g,...b.entries]),p(b.nextPosition),m(g=>f==null?1:g+1))};return U(()=>{let f=!0;return x(No,{id:e},{lang:n}).then(async I=>{f&&(s(I.procurement),I.procurement&&await T(null))}).catch(I=>f&&y(I)),()=>{f=!1}},[e,n]),u?se`<main id="main"><${o} error=${u} /></main>`:a===void 0?se`<main id="main"><p role="status">${r("loading")}</p></main>`:a===null?se`<main id="main"><h1>${r("proc.notFound")}</h1></main>`:se`<main id="main" class="audit purchase-audit">
    <h1>${r("paudit.title",{title:a.title})}</h1>
    <p>${r("paudit.intro",{streams:$.length})} <${i} href=${"/app/procurements/"+a.id}>${r("paudit.procurementPage")}<//>
      ${a.contract?se` · <${i} href=${"/app/contracts/"+a.contract.id}>${r("perf.theContract")}<//>`:null}</p>
    ${a.contract?se`<${Ho} ui=${t} contractId=${a.contract.id} entries=${d} />`:null}
    <${jo} ui=${t} id=${a.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${r("paudit.timeline")}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${r("paudit.timeline")}</caption>
        <thead><tr><th scope="col">${r("audit.when")}</th><th scope="col">${r("paudit.record")}</th><th scope="col">${r("audit.what")}</th><th scope="col">${r("audit.who")}</th><th scope="col">${r("audit.reason")}</th><th scope="col">${r("audit.changes")}</th></tr></thead>
        <tbody>${d.map(f=>se`<tr data-stream=${Jn(f.stream)} data-position=${f.position}>
            <td>${F(f.recordedAt,n)}</td>
            <td>${r("paudit.categories."+Jn(f.stream))} <span class="hint">v${f.version}</span></td>
            <td><code>${f.kind}</code>${f.correctsVersion!=null?se`<br /><span class="badge today">${r("paudit.corrects",{version:f.correctsVersion})}</span>`:null}</td>
            <td>${f.actor??r("audit.ledgerItself")}${f.role?se` <span class="hint">(${r("roles."+f.role)})</span>`:null}</td>
            <td>${f.reason??""}</td>
            <td><ul class="changes">${f.changes.map(I=>se`<li><code>${I.field}</code>: ${zn(r,n,I.old)} → ${zn(r,n,I.new)}</li>`)}
              ${f.omittedChanges>0?se`<li class="hint">${r("paudit.omitted",{count:f.omittedChanges})}</li>`:null}</ul></td>
          </tr>`)}</tbody>
      </table>
      ${c!=null&&E<Lo?se`<button type="button" id="timeline-more" onClick=${()=>T(c).catch(y)}>${r("audit.more")}</button>`:null}
    </section>
  </main>`}function er({ui:t}){let{t:e,navigate:r}=t,[n,o]=v(""),[i,a]=v(!1),s=d=>{d.preventDefault();let l=n.trim().toLowerCase();if(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(l))return a(!0);r("/app/audit/purchases/"+l)};return se`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${e("paudit.navHint")}</h2>
    <form class="search" onSubmit=${s}>
      <div class=${"field"+(i?" invalid":"")}><label for="purchase-id">${e("paudit.procurementId")}</label>
        <input id="purchase-id" spellcheck=${!1} value=${n} aria-invalid=${i?"true":void 0}
          aria-describedby=${i?"purchase-id-error":void 0} onInput=${d=>(o(d.currentTarget.value),a(!1))} />
        ${i?se`<p class="error" id="purchase-id-error" role="alert">${e("paudit.idInvalid")}</p>`:null}</div>
      <button type="submit" id="purchase-open">${e("paudit.open")}</button>
    </form>
  </section>`}var Ne=X.bind(J),Vo=`query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`,wt=t=>L(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`);function tr({ui:t,params:e}){let{t:r,lang:n,claims:o,ErrorText:i,navigate:a}=t,s=o?.role==="auditor"||o?.role==="admin",d=e.get("jurisdiction")??(s?"":o?.jurisdiction??""),[l,$]=v(d),[h,c]=v(null),[p,E]=v({}),[m,u]=v(null);U(()=>{let b=!0;return u(null),x(Vo,{j:d||null,after:null},{lang:n}).then(async g=>{if(!b)return;c(g);let A=g.spending.jurisdiction;if(A){let C=await Rt(A,n).catch(()=>null);b&&C&&E(Object.fromEntries(C.map(M=>[M.code,n==="en"?M.nameEn:M.nameZh])))}}).catch(g=>b&&(u(g),c(null))),()=>{b=!1}},[d,n]);let y=b=>{b.preventDefault(),a("/app/statistics"+(k(l)?"?jurisdiction="+encodeURIComponent(k(l)):""))},T=h?.spending.groups??[],f=b=>p[b]?`${b} ${p[b]}`:b,I=h?.purchaseStatistics;return Ne`<main id="main" class="statistics">
    <h1>${r("stats.title")}</h1>
    <p>${r("stats.intro")}</p>
    <form class="search" onSubmit=${y} aria-label=${r("stats.title")}>
      <div class="field"><label for="stats-jurisdiction">${r(s?"stats.jurisdiction":"jurisdiction")}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${l} readonly=${!s} onInput=${b=>$(b.currentTarget.value)} /></div>
      ${s?Ne`<button type="submit">${r("stats.show")}</button>`:null}
    </form>
    <${i} error=${m} />
    ${h&&T.length===0?Ne`<p class="empty">${r("stats.none")}</p>`:null}
    ${T.length>0?Ne`<${Dn}
            id="spending-chart"
            title=${r("stats.chartTitle")}
            describe=${r("stats.chartDescribe",{items:T.map(b=>`${f(b.key)} ${wt(b.contractedFen)} / ${wt(b.paidFen)}`).join(r("listSeparator"))})}
            series=${[{label:r("stats.contracted"),className:"contracted"},{label:r("stats.paid"),className:"paid"}]}
            rows=${T.map(b=>({key:b.key,label:f(b.key),values:[b.contractedFen,b.paidFen]}))}
            format=${wt}
          />
          <table class="spending">
            <caption>${r("stats.chartTitle")}</caption>
            <thead><tr><th scope="col">${r("stats.item")}</th><th scope="col">${r("stats.awarded")}</th><th scope="col">${r("stats.awards")}</th><th scope="col">${r("stats.contracted")}</th><th scope="col">${r("stats.contracts")}</th><th scope="col">${r("stats.paid")}</th></tr></thead>
            <tbody>${T.map(b=>Ne`<tr data-key=${b.key}>
                <th scope="row">${f(b.key)}</th>
                <td class="money">${L(b.awarded)}</td><td>${b.awards}</td>
                <td class="money">${L(b.contracted)}</td><td>${b.contracts}</td>
                <td class="money">${L(b.paid)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    ${I?Ne`<dl class="facts" id="purchase-statistics">
          <div><dt>${r("stats.published")}</dt><dd>${I.published}</dd></div>
          <div><dt>${r("stats.opened")}</dt><dd>${I.opened}</dd></div>
          <div><dt>${r("stats.fewBids")}</dt><dd>${r("stats.fewBidsShare",{count:I.fewerThanThreeValidBids,share:I.shareFewerThanThreeValidBids==null?"\u2014":`${Math.round(I.shareFewerThanThreeValidBids*1e3)/10}%`})}</dd></div>
          <div><dt>${r("stats.awarded")}</dt><dd>${L(I.awarded)}（${I.awards}）</dd></div>
          <div><dt>${r("stats.averageDays")}</dt><dd>${I.averageDaysToAward==null?"\u2014":r("stats.days",{days:Math.round(I.averageDaysToAward*10)/10})}</dd></div>
          <div><dt>${r("stats.grades")}</dt><dd>${I.grades.length?I.grades.map(b=>`${r("perf.grades."+b.grade)} ${b.evaluations}`).join(r("listSeparator")):"\u2014"}</dd></div>
        </dl>`:null}
  </main>`}var D=X.bind(J),ye=t=>t==null?"":L(at(t)),Go=["NEEDS_COLLECTED","COUNCIL_APPROVED","REJECTED","DECIDED","IMPLEMENTING","ACCEPTED"],qo=["COLLECT_NEEDS","COUNCIL_REVIEW","DECIDE","IMPLEMENT","ACCEPT"],Wo=["WORKS","SERVICES","GOODS"],Yo=`query Menu($j: String!) {
  menu(jurisdiction: $j) { jurisdiction version loadedAt
    items { code parent level nameZh nameEn itemType needs status retiredOn retiredReason capFen } }
}`,rr="id title status jurisdiction totalFen collectedAt community { unitId name } lines { code nameZh nameEn }",Ko=`query Orders($f: MenuOrderFilterInput) { menuOrders(filter: $f, first: 100) { totalCount nodes { ${rr} } } }`,ir=`query Order($id: UUID!) { menuOrder(id: $id) {
  ${rr} version menuVersion updatedAt councilApproved councilReason contractId
  lines { code nameZh nameEn itemType amountFen needs capFen }
  notices { step text at }
  implementation { by procurementId reference }
} }`,Zo="query Linked($id: UUID!) { procurement(id: $id) { id title status budget contract { id status } } }",Qo="query Mine { procurements(filter: {mine: true}, first: 100) { nodes { id title status budget } } }",Jo="mutation Load($i: LoadDefaultMenuInput!) { loadDefaultMenu(input: $i) { version itemCount } }",zo="mutation Add($i: AddMenuItemInput!) { addMenuItem(input: $i) { version } }",Xo="mutation Rename($i: RenameMenuItemInput!) { renameMenuItem(input: $i) { version } }",ea="mutation Retire($i: MenuItemReasonInput!) { retireMenuItem(input: $i) { version } }",ta="mutation Reinstate($i: MenuItemReasonInput!) { reinstateMenuItem(input: $i) { version } }",na="mutation Collect($i: CollectMenuOrderNeedsInput!) { collectMenuOrderNeeds(input: $i) { id } }",ra="mutation Review($i: ReviewMenuOrderInput!) { reviewMenuOrder(input: $i) { version } }",ia="mutation Decide($i: MenuOrderStepInput!) { decideMenuOrder(input: $i) { version } }",oa="mutation Implement($i: ImplementMenuOrderInput!) { implementMenuOrder(input: $i) { version } }",aa="mutation Accept($i: MenuOrderStepInput!) { acceptMenuOrder(input: $i) { version } }";function or(t,e){if(t==="menu")return{screen:"menu",view:"menu",params:e};if(t==="menu-orders")return{screen:"menu",view:"orders",params:e};if(t==="menu-orders/new")return{screen:"menu",view:"order-form",params:e};let r=/^menu-orders\/([0-9a-fA-F-]{36})(\/procurement)?$/.exec(t);return r?{screen:"menu",view:r[2]?"order-procurement":"order",id:r[1],params:e}:null}function ar({ui:t,route:e}){let{t:r,claims:n}=t,o=n?.role==="purchaser";switch(e.view){case"menu":return D`<${da} key=${e.params.toString()} ui=${t} params=${e.params} />`;case"orders":return D`<${ua} key=${e.params.toString()} ui=${t} params=${e.params} />`;case"order-form":return o?D`<${ma} ui=${t} />`:D`<main id="main"><h1>${r("menu.orderTitle")}</h1><p class="notice">${r("menu.communityOnly")}</p></main>`;case"order-procurement":return o?D`<${ba} key=${e.id} ui=${t} id=${e.id} />`:D`<main id="main"><p class="notice">${r("menu.communityOnly")}</p></main>`;default:return D`<${ha} key=${e.id+location.search} ui=${t} id=${e.id} params=${e.params} />`}}function sr({t,status:e}){return D`<span class=${"status status-menu-"+e.toLowerCase()}>${t("menu.statuses."+e)}</span>`}var ke=(t,e)=>t==="en"&&e.nameEn?e.nameEn:e.nameZh;function sa(t,e){if(!t||!e)return!1;let r=t.replace(/(00)+$/,"");return e.startsWith(r)}async function dr(t,e){return(await x(Yo,{j:t},{lang:e})).menu}function cr(t){let e=[];for(let r of t.items)r.level===1?e.push({...r,items:[]}):e.find(n=>n.code===r.parent)?.items.push(r);return e}function lr({ui:t,id:e,value:r,onSubmit:n,children:o}){let{t:i}=t,[a,s]=v(r);return D`<form class="search board-filter" role="search" aria-label=${i("menu.filters")} onSubmit=${d=>(d.preventDefault(),n(k(a)))}>
    <div class="field"><label for=${e}>${i("jurisdiction")}</label>
      <input id=${e} inputmode="numeric" value=${a} onInput=${d=>s(d.currentTarget.value)} /></div>
    ${o}
    <button type="submit">${i("search")}</button>
  </form>`}function da({ui:t,params:e}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a,navigate:s}=t,d=e.get("jurisdiction")??o?.jurisdiction??"",[l,$]=v(void 0),[h,c]=v(null),[p,E]=v(null),[m,u]=v(0);U(()=>{if(!d)return;let f=!0;return dr(d,n).then(I=>f&&$(I),I=>f&&c(I)),()=>{f=!1}},[d,n,m]);let y=o?.role==="admin"||o?.role==="registrar"&&o.jurisdiction===d,T=f=>()=>(E(r(f)),u(I=>I+1));return D`<main id="main" class="menu">
    <h1>${r("menu.menuTitle")}${d?" \xB7 "+d:""}</h1>
    <p>${r("menu.menuIntro")}</p>
    <p class="actions"><${a} href=${"/app/menu-orders"+(d?"?jurisdiction="+d:"")}>${r("menu.ordersTitle")}<//>
      ${o?.role==="purchaser"?D` · <${a} href="/app/menu-orders/new" class="button">${r("menu.orderTitle")}<//>`:null}</p>
    <${lr} ui=${t} id="menu-jurisdiction" value=${d} onSubmit=${f=>s("/app/menu?jurisdiction="+encodeURIComponent(f))} />
    ${p?D`<p class="notice" role="status">${p}</p>`:null}
    <${i} error=${h} />
    ${d&&l===void 0&&!h?D`<p role="status">${r("loading")}</p>`:null}
    ${l===null?D`<p class="empty" role="status">${r("menu.noMenu",{jurisdiction:d})}</p>`:null}
    ${l===null&&y?D`<p>${r("menu.loadIntro")}</p>
          <${Ae} ui=${t} id="menu-load" label=${r("menu.load")} mutation=${Jo} input=${{jurisdiction:d}} onDone=${T("menu.loaded")} />`:null}
    ${l?D`<p class="hint">${r("menu.version",{version:l.version,at:F(l.loadedAt,n)})}</p>`:null}
    ${l?cr(l).map(f=>D`<${ca} key=${f.code} ui=${t} category=${f} />`):null}
    ${l&&y?D`<${la} key=${l.version} ui=${t} menu=${l} onDone=${f=>(E(f),u(I=>I+1))} />`:null}
  </main>`}function ca({ui:t,category:e}){let{t:r,lang:n}=t,o="menu-category-"+e.code;return D`<section aria-labelledby=${o}>
    <h2 id=${o}><code>${e.code}</code> ${ke(n,e)}${e.status==="RETIRED"?D` <span class="badge no">${r("menu.retired")}</span>`:null}</h2>
    ${e.items.length===0?D`<p class="empty">${r("menu.noItems")}</p>`:D`<table class="menu-items">
          <caption class="sr-only">${e.code} ${ke(n,e)}</caption>
          <thead><tr><th scope="col">${r("menu.code")}</th><th scope="col">${r("menu.name")}</th><th scope="col">${r("menu.type")}</th><th scope="col">${r("menu.cap")}</th><th scope="col">${r("menu.needs")}</th><th scope="col">${r("state")}</th></tr></thead>
          <tbody>${e.items.map(i=>D`<tr id=${"menu-item-"+i.code} class=${i.status==="RETIRED"?"superseded":""}>
              <td><code>${i.code}</code></td>
              <td>${i.nameZh}${i.nameEn?D`<br /><span lang="en" class="hint">${i.nameEn}</span>`:null}</td>
              <td>${r("menu.types."+i.itemType)}</td>
              <td class="money">${i.capFen==null?r("menu.noCap"):ye(i.capFen)}</td>
              <td>${i.needs.join("\uFF1B")}</td>
              <td>${i.status==="RETIRED"?D`<span class="badge no">${r("menu.retired")}</span> ${r("menu.retiredOn",{on:i.retiredOn,reason:i.retiredReason})}`:r("menu.active")}</td>
            </tr>`)}</tbody>
        </table>`}
  </section>`}function nr(t,e){let r=String(t?.field??"").split(".").pop();return t&&e.includes(r)?r:null}function la({ui:t,menu:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,a={jurisdiction:e.jurisdiction,expectedVersion:e.version},[s,d]=v({code:"",nameZh:"",nameEn:"",type:"",needs:""}),[l,$]=v(e.items.find(g=>g.level===2)?.code??""),h=e.items.find(g=>g.code===l),[c,p]=v({nameZh:h?.nameZh??"",nameEn:h?.nameEn??"",reason:""}),E=G(o,{untilRemount:!0}),m=G(o,{untilRemount:!0}),u=g=>{let A=e.items.find(C=>C.code===g);$(g),p({nameZh:A?.nameZh??"",nameEn:A?.nameEn??"",reason:""})},y=g=>{g.preventDefault();let A={...a,code:k(s.code).toUpperCase(),nameZh:k(s.nameZh)};k(s.nameEn)&&(A.nameEn=k(s.nameEn)),s.type&&(A.type=s.type);let C=s.needs.split(`
`).map(k).filter(Boolean);C.length&&(A.needs=C),E.run(zo,A,()=>r(n("menu.added")))},T=g=>{g.preventDefault();let A={...a,code:l,nameZh:k(c.nameZh),reason:k(c.reason)};k(c.nameEn)&&(A.nameEn=k(c.nameEn)),m.run(Xo,A,()=>r(n("menu.renamed")))},f=nr(E.error,["code","nameZh","nameEn","type","needs"]),I=nr(m.error,["nameZh","nameEn","reason"]),b=(g,A,C)=>A===C?g.error:null;return D`<section class="decision" aria-labelledby="menu-admin-heading">
    <h2 id="menu-admin-heading">${n("menu.adminTitle")}</h2>
    <form class="apply" id="menu-add" onSubmit=${y} novalidate aria-labelledby="menu-add-heading">
      <h3 id="menu-add-heading">${n("menu.addTitle")}</h3>
      <p>${n("menu.addIntro")}</p>
      <${q} ui=${t} id="menu-add-code" label=${n("menu.code")} value=${s.code} onInput=${g=>d({...s,code:g})} hint=${n("menu.codeHint")} error=${b(E,f,"code")} spellcheck=${!1} />
      <${q} ui=${t} id="menu-add-nameZh" label=${n("menu.nameZh")} value=${s.nameZh} onInput=${g=>d({...s,nameZh:g})} error=${b(E,f,"nameZh")} />
      <${q} ui=${t} id="menu-add-nameEn" label=${n("menu.nameEn")} value=${s.nameEn} onInput=${g=>d({...s,nameEn:g})} error=${b(E,f,"nameEn")} lang="en" />
      <div class=${"field"+(f==="type"?" invalid":"")}>
        <label for="menu-add-type">${n("menu.type")}</label>
        <select id="menu-add-type" value=${s.type} onChange=${g=>d({...s,type:g.currentTarget.value})}
          aria-invalid=${f==="type"?"true":void 0} aria-describedby=${f==="type"?"menu-add-type-error":void 0}>
          <option value="">${n("menu.categoryType")}</option>
          ${Wo.map(g=>D`<option value=${g}>${n("menu.types."+g)}</option>`)}
        </select>
        ${f==="type"?D`<${i} error=${E.error} id="menu-add-type-error" />`:null}
      </div>
      <${q} ui=${t} id="menu-add-needs" label=${n("menu.needsAnswered")} rows="3" value=${s.needs} onInput=${g=>d({...s,needs:g})} hint=${n("menu.needsHint")} error=${b(E,f,"needs")} />
      <div class="action">
        <button type="submit" id="menu-add-submit" disabled=${E.busy}>${n("menu.add")}</button>
        ${E.error&&!f?D`<${i} error=${E.error} id="menu-add-error" />`:null}
      </div>
    </form>
    <h3>${n("menu.entryTitle")}</h3>
    <div class="field">
      <label for="menu-entry">${n("menu.entry")}</label>
      <select id="menu-entry" value=${l} onChange=${g=>u(g.currentTarget.value)}>
        ${e.items.map(g=>D`<option value=${g.code}>${g.level===2?"\u3000":""}${g.code} ${g.nameZh}${g.status==="RETIRED"?" "+n("menu.retiredMark"):""}</option>`)}
      </select>
    </div>
    ${h?D`<form class="apply" id="menu-rename" onSubmit=${T} novalidate aria-labelledby="menu-rename-heading">
            <h4 id="menu-rename-heading">${n("menu.renameTitle",{code:l})}</h4>
            <${q} ui=${t} id="menu-rename-nameZh" label=${n("menu.nameZh")} value=${c.nameZh} onInput=${g=>p({...c,nameZh:g})} error=${b(m,I,"nameZh")} />
            <${q} ui=${t} id="menu-rename-nameEn" label=${n("menu.nameEn")} value=${c.nameEn} onInput=${g=>p({...c,nameEn:g})} error=${b(m,I,"nameEn")} lang="en" />
            <${q} ui=${t} id="menu-rename-reason" label=${n("reasonLabel")} rows="2" value=${c.reason} onInput=${g=>p({...c,reason:g})} error=${b(m,I,"reason")} />
            <div class="action">
              <button type="submit" id="menu-rename-submit" disabled=${m.busy}>${n("menu.rename")}</button>
              ${m.error&&!I?D`<${i} error=${m.error} id="menu-rename-error" />`:null}
            </div>
          </form>
          <${$e} key=${l} ui=${t} id="menu-retire" danger=${h.status!=="RETIRED"} untilRemount
            title=${n(h.status==="RETIRED"?"menu.reinstateTitle":"menu.retireTitle",{code:l})}
            intro=${n(h.status==="RETIRED"?"menu.reinstateIntro":"menu.retireIntro")}
            submitLabel=${n(h.status==="RETIRED"?"menu.reinstate":"menu.retire")}
            mutation=${h.status==="RETIRED"?ta:ea} input=${{...a,code:l}}
            onDone=${()=>r(n(h.status==="RETIRED"?"menu.reinstated":"menu.retiredDone"))} />`:null}
  </section>`}function ua({ui:t,params:e}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a,navigate:s}=t,d=o?.role==="purchaser"&&o.organisation,l=d&&e.get("mine")!=="0",$=e.get("jurisdiction")??(l?"":o?.jurisdiction??""),h=e.get("status")??"",[c,p]=v(h),[E,m]=v(null),[u,y]=v(null);U(()=>{let f={};if(l)f.communityUnit=o.organisation;else if($)f.jurisdiction=$;else return;h&&(f.status=h);let I=!0;return x(Ko,{f},{lang:n}).then(b=>I&&m(b.menuOrders),b=>I&&y(b)),()=>{I=!1}},[l,$,h,n]);let T=f=>{let I=new URLSearchParams({mine:"0"});f&&I.set("jurisdiction",f),c&&I.set("status",c),s("/app/menu-orders?"+I)};return D`<main id="main">
    <h1>${r(l?"menu.mineTitle":"menu.ordersTitle")}</h1>
    <p>${r("menu.ordersIntro")}</p>
    <p class="actions">
      ${d?D`<${a} href="/app/menu-orders/new" class="button">${r("menu.orderTitle")}<//> · <${a} href=${l?"/app/menu-orders?mine=0":"/app/menu-orders"}>${r(l?"menu.ordersTitle":"menu.mineTitle")}<//> · `:null}
      <${a} href=${"/app/menu"+($?"?jurisdiction="+$:"")}>${r("menu.menuTitle")}<//>
    </p>
    ${l?null:D`<${lr} ui=${t} id="orders-jurisdiction" value=${$} onSubmit=${T}>
          <div class="field"><label for="orders-status">${r("state")}</label>
            <select id="orders-status" value=${c} onChange=${f=>p(f.currentTarget.value)}>
              <option value="">${r("menu.anyStatus")}</option>
              ${Go.map(f=>D`<option value=${f}>${r("menu.statuses."+f)}</option>`)}
            </select></div>
        <//>`}
    <${i} error=${u} />
    ${E&&E.nodes.length===0?D`<p class="empty" role="status">${r("menu.noOrders")}</p>`:null}
    ${E&&E.nodes.length>0?D`<table class="board menu-orders">
          <caption>${r("menu.ordersCount",{count:E.totalCount})}</caption>
          <thead><tr><th scope="col">${r("menu.orderTitleField")}</th><th scope="col">${r("menu.community")}</th><th scope="col">${r("menu.items")}</th><th scope="col">${r("menu.total")}</th><th scope="col">${r("menu.collectedAt")}</th><th scope="col">${r("state")}</th></tr></thead>
          <tbody>${E.nodes.map(f=>D`<tr>
              <td><${a} href=${"/app/menu-orders/"+f.id}>${f.title}<//></td>
              <td>${f.community.name}</td>
              <td>${f.lines.map(I=>`${I.code} ${ke(n,I)}`).join("\u3001")}</td>
              <td class="money">${ye(f.totalFen)}</td>
              <td>${F(f.collectedAt,n)}</td>
              <td><${sr} t=${r} status=${f.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}function pa(t,e){if(!t)return null;let r=String(t.message),n=i=>r.search(new RegExp(`(^|[^A-Za-z0-9])${i}([^0-9]|$)`));return e.filter(i=>n(i)>=0).sort((i,a)=>n(i)-n(a))[0]??null}function ma({ui:t}){let{t:e,lang:r,claims:n,ErrorText:o,navigate:i}=t,[a,s]=v(void 0),[d,l]=v(null),[$,h]=v({communityName:"",title:"",notice:""}),[c,p]=v({}),[E,m]=v(null),u=G(r);U(()=>{let P=!0;return dr(n.jurisdiction,r).then(O=>P&&s(O),O=>P&&l(O)),()=>{P=!1}},[n.jurisdiction,r]);let y=a?a.items.filter(P=>c[P.code]):[],T=(P,O,V)=>p(Q=>({...Q,[P]:{...Q[P],[O]:V}})),f=(P,O)=>p(V=>{let Q={...V};return O?Q[P]={amount:"",needs:""}:delete Q[P],Q}),I=P=>{P.preventDefault();let O=[];for(let Q of y){let pe=oe(c[Q.code].amount);if(pe==null)return m(new W(e("menu.moneyInvalid",{code:Q.code}),{code:"VALIDATION",field:"lines.amountFen"}));O.push({code:Q.code,amountFen:pe,needs:k(c[Q.code].needs)})}m(null);let V={communityName:k($.communityName),title:k($.title),lines:O,notice:k($.notice)};u.run(na,V,Q=>i("/app/menu-orders/"+Q.collectMenuOrderNeeds.id+"?collected=1"))},b=E??u.error,g=ue(b,{communityName:"communityName",community:"communityName",title:"title",notice:"notice",lines:"lines"},{"MENU-NOTICE":"notice"}),A=g==="lines"||["MENU-ITEM","MENU-CAP"].includes(b?.rule)?pa(b,y.map(P=>P.code)):null,C=A&&(String(b.field??"").endsWith("needs")?"needs":b.rule==="MENU-CAP"||String(b.field??"").endsWith("amountFen")?"amount":"item"),M=b&&!A&&(!g||g==="lines"),_=P=>g===P?b:null,N=(P,O)=>A===P&&C===O?b:null;return D`<main id="main">
    <h1>${e("menu.orderTitle")}</h1>
    <p>${e("menu.orderIntro",{jurisdiction:n.jurisdiction})}</p>
    <${o} error=${d} />
    ${a===null?D`<p class="error" role="alert">${e("menu.noMenu",{jurisdiction:n.jurisdiction})}</p>`:null}
    ${a===void 0&&!d?D`<p role="status">${e("loading")}</p>`:null}
    ${a?D`<form class="apply menu-order" onSubmit=${I} novalidate>
          <${q} ui=${t} id="order-community" label=${e("menu.communityName")} value=${$.communityName} onInput=${P=>h({...$,communityName:P})} hint=${e("menu.communityHint")} error=${_("communityName")} />
          <${q} ui=${t} id="order-title" label=${e("menu.orderTitleField")} value=${$.title} onInput=${P=>h({...$,title:P})} error=${_("title")} />
          ${cr(a).map(P=>D`<fieldset class="members menu-pick" key=${P.code}>
              <legend><code>${P.code}</code> ${ke(r,P)}${P.status==="RETIRED"?" "+e("menu.retiredMark"):""}</legend>
              ${P.items.map(O=>{let V=c[O.code],Q=O.status==="RETIRED",pe=N(O.code,"item"),je=O.capFen==null?e("menu.noCapHint"):e("menu.capHint",{cap:ye(O.capFen),type:e("menu.types."+O.itemType)});return D`<div class=${"menu-line"+(pe?" invalid":"")} id=${"order-line-"+O.code}>
                  <div class="field checkbox">
                    <input type="checkbox" id=${"order-pick-"+O.code} checked=${!!V} disabled=${Q&&!V}
                      aria-describedby=${["order-pick-"+O.code+"-hint",pe?"order-pick-"+O.code+"-error":null].filter(Boolean).join(" ")}
                      aria-invalid=${pe?"true":void 0} onChange=${ge=>f(O.code,ge.currentTarget.checked)} />
                    <label for=${"order-pick-"+O.code}><code>${O.code}</code> ${ke(r,O)} · ${e("menu.types."+O.itemType)}${Q?" "+e("menu.retiredMark"):""}</label>
                    <p class="hint" id=${"order-pick-"+O.code+"-hint"}>${e("menu.answers",{needs:O.needs.join("\uFF1B")})} ${je}</p>
                    ${pe?D`<${o} error=${pe} id=${"order-pick-"+O.code+"-error"} />`:null}
                  </div>
                  ${V?D`<${q} ui=${t} id=${"order-amount-"+O.code} label=${e("menu.amount",{code:O.code})} value=${V.amount} inputmode="decimal"
                          onInput=${ge=>T(O.code,"amount",ge)} hint=${je} error=${N(O.code,"amount")} />
                        <${q} ui=${t} id=${"order-needs-"+O.code} label=${e("menu.statedNeeds",{code:O.code})} rows="2" value=${V.needs}
                          onInput=${ge=>T(O.code,"needs",ge)} error=${N(O.code,"needs")} />`:null}
                </div>`})}
            </fieldset>`)}
          <p class="sum" id="order-total">${e("menu.orderTotal",{total:ye(y.reduce((P,O)=>P+(oe(c[O.code].amount)??0),0)),count:y.length})}</p>
          <${q} ui=${t} id="order-notice" label=${e("menu.noticeOf",{step:e("menu.steps.COLLECT_NEEDS")})} rows="3" value=${$.notice} onInput=${P=>h({...$,notice:P})} hint=${e("menu.noticeHint")} error=${_("notice")} />
          <div class="action">
            <button type="submit" id="order-submit" disabled=${u.busy}>${u.busy?e("submitting"):e("menu.collect")}</button>
            ${M?D`<${o} error=${b} id="order-error" />`:null}
          </div>
        </form>`:null}
  </main>`}function $a({ui:t,order:e}){let{t:r,lang:n,Link:o}=t,i=e.implementation,[a,s]=v(void 0);return U(()=>{if(!i?.procurementId)return;let d=!0;return x(Zo,{id:i.procurementId},{lang:n}).then(l=>d&&s(l.procurement),()=>d&&s(null)),()=>{d=!1}},[i?.procurementId,n]),i?D`<section aria-labelledby="implementation-heading">
    <h2 id="implementation-heading">${r("menu.implementation")}</h2>
    ${i.by==="PROJECT_APPLICATION"?D`<p id="order-application">${r("menu.byApplication",{reference:i.reference})}</p>`:D`<dl class="facts">
          <div><dt>${r("menu.procurement")}</dt><dd><${o} href=${"/app/procurements/"+i.procurementId} id="order-procurement-link">${a?.title??i.procurementId}<//>
            ${a?D` · ${r("proc.statuses."+a.status)} · ${r("menu.budget",{budget:L(a.budget)})}`:null}</dd></div>
          <div><dt>${r("menu.contract")}</dt><dd>${a?.contract?D`<${o} href=${"/app/contracts/"+a.contract.id} id="order-contract-link">${r("con.contractLink",{status:r("con.statuses."+a.contract.status)})}<//>`:r("menu.noContract")}</dd></div>
        </dl>`}
  </section>`:null}function ha({ui:t,id:e,params:r}){let{t:n,lang:o,claims:i,ErrorText:a,Link:s}=t,[d,l]=v(void 0),[$,h]=v(null),[c,p]=v(r.has("collected")?n("menu.collected"):r.has("drafted")?n("menu.drafted"):null),[E,m]=v(0);if(U(()=>{let A=!0;return x(ir,{id:e},{lang:o}).then(C=>A&&l(C.menuOrder),C=>A&&h(C)),()=>{A=!1}},[e,o,E]),$)return D`<main id="main"><${a} error=${$} /></main>`;if(d===void 0)return D`<main id="main"><p role="status">${n("loading")}</p></main>`;if(d===null)return D`<main id="main"><h1>${n("menu.notFound")}</h1></main>`;let u=i?.role==="purchaser"&&i.organisation===d.community.unitId,y=i?.role==="admin"||i?.role==="registrar"&&sa(i.jurisdiction,d.jurisdiction),T=u&&["NEEDS_COLLECTED","DECIDED","IMPLEMENTING"].includes(d.status)||y&&d.status==="COUNCIL_APPROVED",f=A=>()=>(p(n(A)),m(C=>C+1)),I={orderId:d.id,expectedVersion:d.version},b=A=>d.notices.find(C=>C.step===A),g=A=>n("menu.noticeOf",{step:n("menu.steps."+A)});return D`<main id="main" class="menu-order">
    <h1>${d.title}</h1>
    ${c?D`<p class="notice" role="status">${c}</p>`:null}
    <p><${sr} t=${n} status=${d.status} /> ${d.community.name} · ${n("jurisdiction")} ${d.jurisdiction} · ${n("menu.total")} <span id="order-total-amount">${ye(d.totalFen)}</span>${" \xB7 "}<${s} href=${"/app/menu-orders?mine=0&jurisdiction="+d.jurisdiction}>${n("menu.ordersTitle")}<//></p>
    <section aria-labelledby="lines-heading">
      <h2 id="lines-heading">${n("menu.lines")}</h2>
      <table class="menu-lines"><caption class="sr-only">${n("menu.lines")}</caption>
        <thead><tr><th scope="col">${n("menu.code")}</th><th scope="col">${n("menu.name")}</th><th scope="col">${n("menu.type")}</th><th scope="col">${n("menu.amountShort")}</th><th scope="col">${n("menu.cap")}</th><th scope="col">${n("menu.statedNeedsShort")}</th></tr></thead>
        <tbody>${d.lines.map(A=>D`<tr><td><code>${A.code}</code></td><td>${ke(o,A)}</td><td>${n("menu.types."+A.itemType)}</td>
            <td class="money">${ye(A.amountFen)}</td><td class="money">${A.capFen==null?n("menu.noCap"):ye(A.capFen)}</td><td>${A.needs}</td></tr>`)}</tbody>
      </table>
      <p class="hint">${n("menu.menuVersion",{version:d.menuVersion})}</p>
    </section>
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">${n("menu.notices")}</h2>
      <ol class="menu-notices">${qo.map(A=>{let C=b(A);return D`<li id=${"notice-"+A} class=${C?"done":"pending"}>
          <strong>${n("menu.steps."+A)}</strong>
          ${C?D` · <time datetime=${C.at}>${F(C.at,o)}</time><p>${C.text}</p>`:D` · <span class="hint">${n(d.status==="REJECTED"?"menu.stepEnded":"menu.stepPending")}</span>`}
          ${A==="COUNCIL_REVIEW"&&d.councilApproved!=null?D`<p id="council-decision">${n(d.councilApproved?"menu.councilApproved":"menu.councilRejected",{reason:d.councilReason})}</p>`:null}
        </li>`})}</ol>
    </section>
    <${$a} ui=${t} order=${d} />
    ${u||y?D`<section class="decision" aria-labelledby="order-actions-heading">
          <h2 id="order-actions-heading">${n(u?"menu.communityActions":"menu.bureauActions")}</h2>
          ${u&&d.status==="NEEDS_COLLECTED"?D`<${fa} key=${d.version} ui=${t} base=${I} onDone=${f("menu.reviewed")} />`:null}
          ${y&&d.status==="COUNCIL_APPROVED"?D`<${$e} key=${"decide"+d.version} ui=${t} id="order-decide" untilRemount title=${n("menu.decideTitle")} intro=${n("menu.decideIntro",{total:ye(d.totalFen)})}
                reasonLabel=${g("DECIDE")} reasonKey="notice" submitLabel=${n("menu.decide")} mutation=${ia} input=${I} onDone=${f("menu.decided")} />`:null}
          ${u&&d.status==="DECIDED"?D`<p><${s} href=${"/app/menu-orders/"+d.id+"/procurement"} class="button" id="order-draft-link">${n("menu.draftProcurement")}<//></p>
                <${ga} key=${d.version} ui=${t} order=${d} base=${I} preselect=${r.get("procurement")} onDone=${f("menu.implemented")} />`:null}
          ${u&&d.status==="IMPLEMENTING"?D`<${$e} key=${"accept"+d.version} ui=${t} id="order-accept" untilRemount title=${n("menu.acceptTitle")} intro=${n("menu.acceptIntro")}
                reasonLabel=${g("ACCEPT")} reasonKey="notice" submitLabel=${n("menu.accept")} mutation=${aa} input=${I} onDone=${f("menu.accepted")} />`:null}
          ${T?null:D`<p class="hint" id="order-waiting">${n("menu.waiting."+d.status)}</p>`}
        </section>`:null}
  </main>`}function fa({ui:t,base:e,onDone:r}){let{t:n,lang:o,ErrorText:i}=t,[a,s]=v(!0),[d,l]=v(""),[$,h]=v(""),c=G(o,{untilRemount:!0}),p=m=>{m.preventDefault(),c.run(ra,{...e,approved:a,reason:k(d),notice:k($)},r)},E=ue(c.error,{reason:"reason",notice:"notice"},{"MENU-NOTICE":"notice"});return D`<form class="reason-form" id="order-review" onSubmit=${p} novalidate aria-labelledby="order-review-heading">
    <h3 id="order-review-heading">${n("menu.reviewTitle")}</h3>
    <p>${n("menu.reviewIntro")}</p>
    <fieldset class="result">
      <legend>${n("menu.councilOutcome")}</legend>
      <div class="field checkbox"><input type="radio" name="council" id="order-review-approve" checked=${a} onChange=${()=>s(!0)} />
        <label for="order-review-approve">${n("menu.approve")}</label></div>
      <div class="field checkbox"><input type="radio" name="council" id="order-review-reject" checked=${!a} onChange=${()=>s(!1)} />
        <label for="order-review-reject">${n("menu.reject")}</label></div>
    </fieldset>
    <${q} ui=${t} id="order-review-reason" label=${n("menu.councilReason")} rows="2" value=${d} onInput=${l} hint=${n("menu.councilReasonHint")} error=${E==="reason"?c.error:null} />
    <${q} ui=${t} id="order-review-notice" label=${n("menu.noticeOf",{step:n("menu.steps.COUNCIL_REVIEW")})} rows="2" value=${$} onInput=${h} error=${E==="notice"?c.error:null} />
    <div class="action">
      <button type="submit" id="order-review-submit" disabled=${c.busy}>${c.busy?n("submitting"):n("menu.review")}</button>
      ${c.error&&!E?D`<${i} error=${c.error} id="order-review-error" />`:null}
    </div>
  </form>`}function ga({ui:t,order:e,base:r,preselect:n,onDone:o}){let{t:i,lang:a,ErrorText:s}=t,[d,l]=v(null),[$,h]=v("PROCUREMENT"),[c,p]=v(n??""),[E,m]=v(""),[u,y]=v(""),T=G(a,{untilRemount:!0});U(()=>{let A=!0;return x(Qo,{},{lang:a}).then(C=>A&&l(C.procurements.nodes.filter(M=>!["FAILED","CANCELLED"].includes(M.status))),()=>A&&l([])),()=>{A=!1}},[a]);let f=A=>{A.preventDefault();let C={...r,notice:k(u)};$==="PROCUREMENT"?C.procurementId=c||null:C.projectApplication=k(E),T.run(oa,C,o)},I=ue(T.error,{notice:"notice",reference:"reference",procurementId:"procurement"},{"MENU-NOTICE":"notice","MENU-CAP":"procurement"}),g=I==="procurement"||$==="PROCUREMENT"&&T.error?.rule==="MENU-FLOW"&&!T.error.field?T.error:null;return D`<form class="reason-form" id="order-implement" onSubmit=${f} novalidate aria-labelledby="order-implement-heading">
    <h3 id="order-implement-heading">${i("menu.implementTitle")}</h3>
    <p>${i("menu.implementIntro",{total:ye(e.totalFen)})}</p>
    <fieldset class="result">
      <legend>${i("menu.implementBy")}</legend>
      <div class="field checkbox"><input type="radio" name="by" id="order-by-procurement" checked=${$==="PROCUREMENT"} onChange=${()=>h("PROCUREMENT")} />
        <label for="order-by-procurement">${i("menu.byProcurement")}</label></div>
      <div class="field checkbox"><input type="radio" name="by" id="order-by-application" checked=${$==="PROJECT_APPLICATION"} onChange=${()=>h("PROJECT_APPLICATION")} />
        <label for="order-by-application">${i("menu.byApplicationLabel")}</label></div>
    </fieldset>
    ${$==="PROCUREMENT"?D`<div class=${"field"+(g?" invalid":"")}>
          <label for="order-procurement">${i("menu.procurement")}</label>
          <select id="order-procurement" value=${c} onChange=${A=>p(A.currentTarget.value)}
            aria-invalid=${g?"true":void 0} aria-describedby=${"order-procurement-hint"+(g?" order-procurement-error":"")}>
            <option value="">${i("menu.pickProcurement")}</option>
            ${(d??[]).map(A=>D`<option value=${A.id}>${A.title} · ${i("proc.statuses."+A.status)} · ${L(A.budget)}</option>`)}
          </select>
          <p class="hint" id="order-procurement-hint">${i("menu.procurementHint")}</p>
          ${g?D`<${s} error=${g} id="order-procurement-error" />`:null}
        </div>`:D`<${q} ui=${t} id="order-reference" label=${i("menu.reference")} value=${E} onInput=${m} error=${I==="reference"?T.error:null} />`}
    <${q} ui=${t} id="order-implement-notice" label=${i("menu.noticeOf",{step:i("menu.steps.IMPLEMENT")})} rows="2" value=${u} onInput=${y} error=${I==="notice"?T.error:null} />
    <div class="action">
      <button type="submit" id="order-implement-submit" disabled=${T.busy}>${T.busy?i("submitting"):i("menu.implement")}</button>
      ${T.error&&!I&&!g?D`<${s} error=${T.error} id="order-implement-error" />`:null}
    </div>
  </form>`}function ba({ui:t,id:e}){let{t:r,lang:n,ErrorText:o,navigate:i}=t,[a,s]=v(void 0),[d,l]=v(null);if(U(()=>{let h=!0;return x(ir,{id:e},{lang:n}).then(c=>h&&s(c.menuOrder),c=>h&&l(c)),()=>{h=!1}},[e,n]),d)return D`<main id="main"><${o} error=${d} /></main>`;if(a===void 0)return D`<main id="main"><p role="status">${r("loading")}</p></main>`;if(a===null)return D`<main id="main"><h1>${r("menu.notFound")}</h1></main>`;let $={purchaser:a.community.name,title:a.title,description:a.lines.map(h=>`${h.code} ${h.nameZh}\uFF1A${h.needs}`).join(`
`),budget:at(a.totalFen)};return D`<${lt} ui=${t} prefill=${$}
    context=${D`<p class="notice" id="draft-for-order">${r("menu.draftFor",{title:a.title,total:ye(a.totalFen)})}</p>`}
    onDrafted=${h=>i(`/app/menu-orders/${a.id}?drafted=1&procurement=${h}`)} />`}var S=X.bind(J),$r=Zt(null),fe=()=>sn($r);function ur(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),r=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(r)return{screen:"organisation",id:r[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let n=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"procurement",id:n[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let o=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);if(o)return{screen:"committee",id:o[1]};if(t==="contracts")return{screen:"contracts"};let i=/^contracts\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"contract",id:i[1]};let a=/^evaluations\/([0-9a-fA-F-]{36})$/.exec(t);if(a)return{screen:"evaluation",id:a[1]};let s=/^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(t);if(s)return{screen:"purchaseAudit",id:s[1]};if(t==="statistics")return{screen:"statistics",params:e};if(t==="evaluations")return{screen:"evaluations"};let d=or(t,e);return d||{screen:"home"}}function pt(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function de({href:t,children:e,...r}){return S`<a href=${t} onClick=${o=>{o.button!==0||o.metaKey||o.ctrlKey||o.shiftKey||o.altKey||(o.preventDefault(),pt(t))}} ...${r}>${e}</a>`}function va(t,e){let r=t("rules."+e);return r==="rules."+e?"":t("ruleSeparator")+r}function Ee({error:t,id:e}){let{t:r,lang:n}=fe();if(!t)return null;let o=t.code==="CONFLICT"?r("conflict"):t.code==="NETWORK"?r("networkError",{message:t.message}):t.message,i=n==="zh"&&t.rule?r("ruleText."+t.rule):null,a=i&&i!=="ruleText."+t.rule;return S`<p class="error" id=${e} role="alert">
    ${a?S`${i} <span class="detail" lang="en">${o}</span>`:o}${t.rule?S` <span class="rule">(${r("ruleLabel",{rule:t.rule})}${va(r,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?S` <button type="button" class="link" onClick=${()=>location.reload()}>${r("reload")}</button>`:null}
  </p>`}function he({id:t,label:e,error:r,children:n,hint:o}){return S`<div class=${"field"+(r?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${n}
    ${o?S`<p class="hint" id=${t+"-hint"}>${o}</p>`:null}
    <${Ee} error=${r} id=${t+"-error"} />
  </div>`}function Re(t,e,r){return[r?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function hr({status:t}){let{t:e}=fe();return t?S`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function fr(t,e){return t("cases."+e.kind,{year:e.year})}function ya({notice:t,onToken:e}){let{t:r,lang:n}=fe(),[o,i]=v(""),[a,s]=v(""),[d,l]=v(""),[$,h]=v(null),[c,p]=v(null),[E,m]=v(!1),u=async T=>{if(T.preventDefault(),!E){m(!0),h(null);try{let f=await x("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:k(o),p:a},{lang:n,token:null});e(f.signIn.token)}catch(f){h(f)}finally{m(!1)}}},y=T=>{T.preventDefault();let f=et(d);if(!f)return p(new W(r("tokenMalformed"),{code:"VALIDATION"}));if(f.exp*1e3<=Date.now())return p(new W(r("tokenExpired"),{code:"UNAUTHENTICATED"}));e(d.trim())};return S`<main id="main" class="sign-in">
    <h1>${r("signInTitle")}</h1>
    ${t?S`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${u} aria-labelledby="password-heading">
        <h2 id="password-heading">${r("signInPassword")}</h2>
        <${he} id="username" label=${r("username")}>
          <input id="username" name="username" autocomplete="username" value=${o} onInput=${T=>i(T.currentTarget.value)} />
        <//>
        <${he} id="password" label=${r("password")} error=${$}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${a}
            aria-describedby=${Re("password",$)} aria-invalid=${$?"true":void 0}
            onInput=${T=>s(T.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${E}>${r("signIn")}</button>
      </form>
      <form onSubmit=${y} aria-labelledby="token-heading">
        <h2 id="token-heading">${r("signInToken")}</h2>
        <${he} id="token" label=${r("token")} error=${c} hint=${r("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${d}
            aria-describedby=${Re("token",c,!0)} aria-invalid=${c?"true":void 0}
            onInput=${T=>l(T.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${r("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var Ea=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function Ia(t,e){let r=[],n=null;for(let o=0;o<10;o++){let i=await x(Ea,{j:t,after:n},{lang:e});for(let a of i.organisations.nodes)for(let s of a.openCases)r.push({org:a,case:s});if(!i.organisations.pageInfo.hasNextPage)break;n=i.organisations.pageInfo.endCursor}return r.sort((o,i)=>Number(i.case.overdue)-Number(o.case.overdue)||o.case.due.localeCompare(i.case.due)||o.org.name.localeCompare(i.org.name)),r}function Ta(t,e){let r=new Date(t+"T00:00:00Z");return r.setUTCDate(r.getUTCDate()+e),r.toISOString().slice(0,10)}function Aa({rows:t,today:e}){let{t:r,lang:n}=fe(),o=Array.from({length:7},(d,l)=>Ta(e,l)),i=new Intl.DateTimeFormat(n==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),a=[{key:"overdue",label:r("overdue"),count:t.filter(d=>d.case.overdue).length,className:"overdue"},...o.map((d,l)=>({key:d,label:l===0?r("today"):i.format(new Date(d+"T00:00:00Z")),sublabel:d.slice(5).replace("-","/"),count:t.filter($=>!$.case.overdue&&$.case.due===d).length,className:l===0?"today":""}))],s=r("weekChartDescribe",{overdue:a[0].count,days:a.slice(1).map(d=>`${z(d.key,n)} ${d.count}`).join(r("listSeparator"))});return S`<${Rn} id="week-chart" title=${r("weekChartTitle")} describe=${s} bars=${a} />`}function _a(){let{t,lang:e,claims:r}=fe(),[n,o]=v(null),[i,a]=v(null);U(()=>{let d=!0;return o(null),Ia(r.jurisdiction,e).then(l=>d&&o(l),l=>d&&a(l)),()=>{d=!1}},[r.jurisdiction,e]);let s=nt();return S`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${Ee} error=${i} />
    ${n==null&&!i?S`<p role="status">${t("loading")}</p>`:null}
    ${n&&n.length===0?S`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${n&&n.length>0?S`<${Aa} rows=${n} today=${s} />`:null}
    ${n&&n.length>0?S`<table class="queue">
          <caption>${t("queueTitle")} · ${z(s,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${n.map(d=>S`<tr class=${d.case.overdue?"overdue":""}>
                <td>${d.case.overdue?S`<strong class="badge overdue">${t("overdue")}</strong>`:d.case.due===s?S`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${z(d.case.due,e)}</td>
                <td>${fr(t,d.case)}</td>
                <td><${de} href=${"/app/organisations/"+d.org.id}>${d.org.name}<//></td>
                <td><code>${d.case.rule}</code></td>
                <td>${z(d.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var Ca=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],Sa=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function pr({params:t}){let{t:e,lang:r}=fe(),[n,o]=v(t.get("name")??""),[i,a]=v(t.get("code")??""),[s,d]=v(t.get("status")??""),[l,$]=v(null),[h,c]=v(null),[p,E]=v(!1),m=Le(async f=>{E(!0),c(null);try{$(await x(Sa,{filter:f},{lang:r}))}catch(I){c(I),$(null)}finally{E(!1)}},[r]),u=(f,I,b)=>{let g={};return k(f)&&(g.nameContains=k(f)),le(I)&&(g.creditCode=le(I)),b&&(g.status=b),g};U(()=>{t.toString()&&m(u(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),m]);let y=f=>{f.preventDefault();let I=new URLSearchParams;k(n)&&I.set("name",k(n)),le(i)&&I.set("code",le(i)),s&&I.set("status",s),a(le(i));let b="/app/search"+(I.toString()?"?"+I:"");b===location.pathname+location.search?m(u(n,i,s)):pt(b)},T=h&&(h.field==="creditCode"||/credit/i.test(h.field??""))?h:null;return S`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${y} role="search">
      <${he} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${n} onInput=${f=>o(f.currentTarget.value)} />
      <//>
      <${he} id="search-code" label=${e("searchCreditCode")} error=${T}>
        <input id="search-code" value=${i} spellcheck=${!1} autocomplete="off"
          aria-describedby=${Re("search-code",T)} aria-invalid=${T?"true":void 0}
          onInput=${f=>a(f.currentTarget.value)} onBlur=${()=>a(le(i))} />
      <//>
      <${he} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${s} onChange=${f=>d(f.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${Ca.map(f=>S`<option value=${f}>${e("statuses."+f)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${p}>${e("search")}</button>
    </form>
    ${T?null:S`<${Ee} error=${h} />`}
    ${l?l.organisations.nodes.length===0?S`<p class="empty" role="status">${e("noResults")}</p>`:S`<table class="results">
            <caption role="status">${e("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(f=>S`<tr>
                  <td><${de} href=${"/app/organisations/"+f.id}>${f.name}<//></td>
                  <td><code>${f.creditCode}</code></td>
                  <td>${f.kind?e("kinds."+f.kind):""}</td>
                  <td><${hr} status=${f.status} /></td>
                  <td>${F(f.appliedAt,r)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var Ra=`query Profile($id: UUID!) {
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
}`,gr={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function Da({org:t,onDecided:e}){let{t:r,lang:n,claims:o}=fe(),[i,a]=v(""),[s,d]=v(null),[l,$]=v(null),h=me(!1),c=me({}),p=gr[t.status];if(!p||o?.role!=="registrar")return null;let E=async y=>{if(h.current)return;h.current=!0,$(y),d(null),c.current[y]??=we();let T={organisationId:t.id,commandId:c.current[y],expectedVersion:t.version};y==="refuse"&&(T.reason=k(i));let f=p[y],I=!1;try{await x(`mutation($i: ${p[y+"Type"]}!) { ${f}(input: $i) { version } }`,{i:T},{lang:n}),delete c.current[y],I=!0;let b=t.status==="PREP_APPLIED";e(r(y==="approve"?b?"preparationApproved":"approved":b?"preparationRefused":"refused"))}catch(b){b.code!=="NETWORK"&&delete c.current[y],d({action:y,error:b})}finally{I||(h.current=!1),$(null)}},m=s?.action==="approve"?s.error:null,u=s?.action==="refuse"?s.error:null;return S`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${r("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>E("approve")} disabled=${l!=null} aria-describedby=${m?"approve-error":void 0}>${r(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${Ee} error=${m} id="approve-error" />
    </div>
    <form class="action" onSubmit=${y=>(y.preventDefault(),E("refuse"))}>
      <${he} id="refuse-reason" label=${r("refuseReason")} error=${u}>
        <textarea id="refuse-reason" rows="3" value=${i} aria-required="true"
          aria-describedby=${Re("refuse-reason",u)} aria-invalid=${u?"true":void 0}
          onInput=${y=>a(y.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${r(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function wa({rows:t}){return S`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,r])=>S`<div><dt>${e}</dt><dd>${r}</dd></div>`)}
  </dl>`}function mr({id:t,flash:e}){let{t:r,lang:n}=fe(),[o,i]=v(void 0),[a,s]=v(null),[d,l]=v(e),$=Le(()=>{x(Ra,{id:t},{lang:n}).then(c=>i(c.organisation),c=>s(c))},[t,n]);if(U($,[$]),a)return S`<main id="main"><${Ee} error=${a} /></main>`;if(o===void 0)return S`<main id="main"><p role="status">${r("loading")}</p></main>`;if(o===null)return S`<main id="main"><p class="empty">${r("notFound")}</p></main>`;let h=o.legalRepresentative;return S`<main id="main" class="profile">
    <h1>${o.name} <${hr} status=${o.status} /></h1>
    ${d?S`<p class="notice" role="status">${d}</p>`:null}
    <${wa}
      rows=${[[r("creditCode"),S`<code>${o.creditCode}</code>`],[r("kind"),o.kind?r("kinds."+o.kind)+(o.publicFundraising?` \xB7 ${r("publicFundraising")}`:""):null],[r("jurisdiction"),o.jurisdiction],[r("domicile"),o.domicile],[r("purpose"),o.purpose],[r("businessScope"),o.businessScope],[r("legalRepresentative"),h?[h.name,h.idNumber,h.phone].filter(Boolean).join(" \xB7 "):null],[r("registeredFunds"),L(o.registeredFunds)],[r("supervisoryUnitShort"),o.supervisoryUnit],[r("members"),o.members?r("memberCounts",{individual:o.members.individual,unit:o.members.unit}):null],[r("appliedAt"),F(o.appliedAt,n)],[r("decisionDue"),gr[o.status]?z(o.decisionDue,n):null],[r("registeredAt"),F(o.registeredAt,n)],[r("refusedAt"),F(o.refusedAt,n)],[r("refusalReason"),o.refusalReason],[r("version"),String(o.version)]]}
    />
    <${Da} key=${o.version} org=${o} onDecided=${c=>(l(c),$())} />
    <${Pa} key=${"e"+o.version} org=${o} onDone=${c=>(l(c),$())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${r("openCases")}</h2>
      ${o.openCases.length===0?S`<p>${r("none")}</p>`:S`<ul class="cases">${o.openCases.map(c=>S`<li class=${c.overdue?"overdue":""}>${fr(r,c)} · ${r("due")} ${z(c.due,n)} ${c.overdue?S`<strong class="badge overdue">${r("overdue")}</strong>`:null} <code>${c.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${r("annualReports")}</h2>
      ${o.annualReports.length===0?S`<p>${r("none")}</p>`:S`<table><caption class="sr-only">${r("annualReports")}</caption>
            <thead><tr><th scope="col">${r("year")}</th><th scope="col">${r("submittedAt")}</th><th scope="col">${r("conclusion")}</th><th scope="col">${r("notFiledDue")}</th></tr></thead>
            <tbody>${o.annualReports.map(c=>S`<tr><td>${c.year}</td><td>${F(c.submittedAt,n)}</td><td>${c.conclusion?r("conclusions."+c.conclusion):""}</td><td>${z(c.notFiledDue,n)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${r("creditStanding")}</h2>
      <p><span class=${"list list-"+o.creditStanding.list.toLowerCase()}>${r("lists."+o.creditStanding.list)}</span>
        ${o.creditStanding.reason?` \xB7 ${o.creditStanding.reason}`:""}
        ${o.creditStanding.listedAt?` \xB7 ${F(o.creditStanding.listedAt,n)}`:""}</p>
      ${o.creditHistory.length>0?S`<table><caption>${r("creditHistory")}</caption>
            <thead><tr><th scope="col">${r("creditStanding")}</th><th scope="col">${r("reason")}</th><th scope="col">${r("listedAt")}</th><th scope="col">${r("endedAt")}</th></tr></thead>
            <tbody>${o.creditHistory.map(c=>S`<tr><td>${r("lists."+c.list)}</td><td>${c.reason}</td><td>${F(c.listedAt,n)}</td><td>${F(c.endedAt,n)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${r("rating")}</h2>
      <p>${o.rating?r("ratingScore",{label:o.rating.label,score:o.rating.score,until:z(o.rating.validUntil,n)}):r("noRating")}</p>
    </section>
    <${Ln} ui=${{t:r,lang:n,Link:de}} organisationId=${o.id} />
  </main>`}function br({prefix:t,values:e,set:r,error:n}){let{t:o}=fe(),i=Nt(n)?n:null;return S`<fieldset class="members">
    <legend>${o("members")}</legend>
    <${he} id=${t+"-individual"} label=${o("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${Re(t+"-members",i)} aria-invalid=${i?"true":void 0}
        onInput=${a=>r("individualMembers",a.currentTarget.value)} />
    <//>
    <${he} id=${t+"-unit"} label=${o("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${Re(t+"-members",i)} aria-invalid=${i?"true":void 0}
        onInput=${a=>r("unitMembers",a.currentTarget.value)} />
    <//>
    <${Ee} error=${i} id=${t+"-members-error"} />
  </fieldset>`}function Pa({org:t,onDone:e}){let{t:r,lang:n,claims:o}=fe(),[i,a]=v({}),[s,d]=v(null),[l,$]=v(!1),h=me(!1),c=me(null);if(t.status!=="PREPARING"||o?.role!=="registrar")return null;let p=(u,y)=>a(T=>({...T,[u]:y})),E=async u=>{if(u.preventDefault(),h.current)return;h.current=!0,$(!0),d(null),c.current??=we();let y={organisationId:t.id,individualMembers:ut(i.individualMembers??"0"),unitMembers:ut(i.unitMembers??"0"),commandId:c.current,expectedVersion:t.version};try{await x("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:y},{lang:n}),c.current=null,e(r("establishmentApplied"))}catch(T){T.code!=="NETWORK"&&(c.current=null),d(T)}finally{h.current=!1,$(!1)}},m=Nt(s)?s:null;return S`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${r("establishment")}</h2>
    <p>${r("establishmentDue",{due:z(t.establishmentDue,n)})}</p>
    <form onSubmit=${E}>
      <${br} prefix="establish" values=${i} set=${p} error=${s} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${r("applyEstablishment")}</button>
        ${s&&!m?S`<${Ee} error=${s} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var Na=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,ka=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function ut(t){let e=le(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var Pt=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],Oa=t=>"apply-"+t.replace(/\./g,"-"),vr={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},Nt=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||vr[t.rule]==="members");function xa(t){if(Nt(t))return"members";if(!t?.field)return t?.rule&&vr[t.rule]||null;let e=Pt.find(([o])=>o===t.field);if(e)return e[0];let r=t.field.split(".").pop(),n=Pt.find(([o])=>o.split(".").pop()===r);return n?n[0]:null}function La(){let{t,lang:e,claims:r}=fe(),[n,o]=v({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:r.jurisdiction??""}),[i,a]=v(null),[s,d]=v(!1),l=me(!1),$=me(null),h=(m,u)=>o(y=>({...y,[m]:u})),c=async m=>{if(m.preventDefault(),l.current)return;l.current=!0,d(!0),a(null),$.current??=we();let u=f=>k(n[f]),y={name:u("name"),kind:n.kind,creditCode:le(n.creditCode),domicile:u("domicile"),purpose:u("purpose"),businessScope:u("businessScope"),legalRepresentative:{name:u("legalRepresentative.name"),idNumber:le(n["legalRepresentative.idNumber"]),phone:u("legalRepresentative.phone")},registeredFunds:Pe(n.registeredFunds),jurisdiction:u("jurisdiction"),publicFundraising:n.kind==="FOUNDATION"&&n.publicFundraising,commandId:$.current};u("supervisoryUnit")&&(y.supervisoryUnit=u("supervisoryUnit"));let T=n.kind==="SOCIAL_GROUP"&&n.twoStage;T&&(delete y.kind,delete y.publicFundraising,y.individualMembers=ut(n.individualMembers??"0"),y.unitMembers=ut(n.unitMembers??"0"));try{let f=await x(T?ka:Na,{i:y},{lang:e});$.current=null;let I=T?f.applyForPreparation:f.applyForRegistration;pt("/app/organisations/"+I.organisation.id+"?applied=1")}catch(f){f.code!=="NETWORK"&&($.current=null),a(f)}finally{l.current=!1,d(!1)}},p=xa(i),E=m=>p===m?i:null;return S`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${c} novalidate>
      <${he} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${n.kind} onChange=${m=>h("kind",m.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(m=>S`<option value=${m}>${t("kinds."+m)}</option>`)}
        </select>
      <//>
      ${Pt.map(([m,u,y])=>{let T=Oa(m),f=E(m),I={id:T,name:m,value:n[m]??"","aria-describedby":Re(T,f),"aria-invalid":f?"true":void 0,onInput:b=>h(m,b.currentTarget.value)};return m==="creditCode"&&(I.onBlur=()=>h(m,le(n[m]))),m==="registeredFunds"&&(I.inputmode="decimal"),S`<${he} id=${T} label=${t(u)} error=${f}>
          ${y==="textarea"?S`<textarea rows="2" ...${I}></textarea>`:S`<input ...${I} />`}
        <//>`})}
      ${n.kind==="SOCIAL_GROUP"?S`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!n.twoStage} onChange=${m=>h("twoStage",m.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${n.twoStage?S`<${br} prefix="apply" values=${n} set=${h} error=${i} />`:null}`:null}
      ${n.kind==="FOUNDATION"?S`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${n.publicFundraising} onChange=${m=>h("publicFundraising",m.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${he} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${n.jurisdiction} inputmode="numeric" onInput=${m=>h("jurisdiction",m.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${s}>${t(s?"submitting":"submit")}</button>
        ${i&&!p?S`<${Ee} error=${i} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function Fa({onSignOut:t,onLanguage:e}){let{t:r,claims:n}=fe();return S`<header class="top">
    <a class="skip" href="#main">${r("skipToMain")}</a>
    <div class="brand">${r("appTitle")}</div>
    <nav aria-label=${r("nav")}>
      ${n?.jurisdiction&&n.role!=="purchaser"?S`<${de} href="/app/">${r("navQueue")}<//>`:null}
      <${de} href="/app/procurements">${r("proc.nav")}<//>
      ${n?.role==="ngo"?S`<${de} href="/app/eligible">${r("proc.navEligible")}<//> <${de} href="/app/bids">${r("proc.navMyBids")}<//>`:null}
      ${n?.role==="ngo"&&n.organisation?S`<${de} href=${"/app/organisations/"+n.organisation}>${r("navMyOrganisation")}<//>`:null}
      ${n?.role==="evaluator"?S`<${de} href="/app/committees">${r("eval.nav")}<//>`:null}
      ${n?.role==="ngo"||n?.role==="purchaser"?S`<${de} href="/app/contracts">${r(n.role==="ngo"?"con.navMine":"con.navUnit")}<//>`:null}
      <${de} href="/app/search">${r(n?"navSearch":"navPublicSearch")}<//>
      <${de} href="/app/menu-orders">${r("menu.nav")}<//>
      ${n?.role==="registrar"?S`<${de} href="/app/apply">${r("navApply")}<//>`:null}
      ${n?.role==="auditor"||n?.role==="admin"?S`<${de} href="/app/audit">${r("audit.nav")}<//>`:null}
      ${Er.includes(n?.role)?S`<${de} href="/app/evaluations">${r("perf.nav")}<//>`:null}
      ${yr.includes(n?.role)?S`<${de} href="/app/statistics">${r("stats.nav")}<//>`:null}
      ${n?null:S`<${de} href="/app/">${r("signIn")}<//>`}
    </nav>
    <div class="who">
      ${n?S`<span class="identity" aria-label=${r("signedInAs")}>
            <span class="subject">${n.sub}</span>
            <span class="role">${r("roles."+n.role)}</span>
            ${n.jurisdiction?S`<span class="jurisdiction">${r("jurisdiction")} ${n.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${r("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${r("switchLanguageLabel")} onClick=${e}>${r("switchLanguage")}</button>
      ${n?S`<button type="button" class="link" id="sign-out" onClick=${t}>${r("signOut")}</button>`:null}
    </div>
  </header>`}var yr=["purchaser","registrar","auditor","admin"],Er=["purchaser","ngo","evaluator"];function Ma(t){let e=t?et(t):null;return e&&e.exp*1e3>Date.now()?e:null}function Ua(){let[t,e]=v(Me.get()),[r,n]=v(Se.token()),[o,i]=v(null),[a,s]=v(ur()),d=Ma(r),l=Le((E,m)=>Fe(t,E,m),[t]);U(()=>{let E=()=>s(ur());return addEventListener("popstate",E),()=>removeEventListener("popstate",E)},[]),U(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${Fe(t,"appTitle")} \xB7 civic-ledger`},[t]);let $=Le((E=null)=>{Se.clear(),n(null),i(E)},[]);U(()=>hn(()=>$(Fe(Me.get(),"sessionEnded"))),[$]),U(()=>{if(!r)return;let E=et(r)?.exp*1e3,m=()=>$(Fe(Me.get(),"tokenExpired"));if(!(E>Date.now()))return m();let u=setTimeout(m,Math.min(E-Date.now(),2**31-1));return()=>clearTimeout(u)},[r,$]);let h={t:l,lang:t,claims:d},c={t:l,lang:t,claims:d,ErrorText:Ee,Link:de,navigate:pt},p;return a.screen==="procurements"||a.screen==="home"&&d?.role==="purchaser"?p=S`<${Zn} key=${location.search} ui=${c} params=${a.params??new URLSearchParams(d?"mine=1":"")} />`:a.screen==="procurement"?p=S`<${Qn} key=${a.id+location.search} ui=${c} id=${a.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:a.screen==="menu"?p=S`<${ar} ui=${c} route=${a} />`:a.screen==="contract"?p=S`<${Gn} key=${a.id+location.search} ui=${c} id=${a.id} flash=${new URLSearchParams(location.search).has("signed")?l("con.signed"):null} />`:Er.includes(d?.role)&&a.screen==="evaluations"?p=S`<${Fn} ui=${c} />`:a.screen==="evaluation"?p=S`<${xn} key=${a.id} ui=${c} id=${a.id} />`:(d?.role==="auditor"||d?.role==="admin")&&a.screen==="purchaseAudit"?p=S`<${Xn} key=${a.id} ui=${c} id=${a.id} />`:yr.includes(d?.role)&&a.screen==="statistics"?p=S`<${tr} key=${location.search} ui=${c} params=${a.params} />`:(d?.role==="ngo"||d?.role==="purchaser")&&a.screen==="contracts"?p=S`<${qn} ui=${c} />`:d?.role==="purchaser"&&a.screen==="draft"?p=S`<${lt} ui=${c} />`:d?.role==="ngo"&&(a.screen==="eligible"||a.screen==="home")?p=S`<${_n} ui=${c} />`:d?.role==="ngo"&&a.screen==="bids"?p=S`<${Cn} ui=${c} />`:d?.role==="evaluator"&&(a.screen==="committees"||a.screen==="home")?p=S`<${Nn} ui=${c} />`:d?.role==="evaluator"&&a.screen==="committee"?p=S`<${kn} key=${a.id} ui=${c} id=${a.id} />`:!d&&(a.screen==="search"||a.screen==="organisation")?p=a.screen==="search"?S`<${pr} params=${a.params} />`:S`<${mr} key=${a.id} id=${a.id} flash=${null} />`:d?a.screen==="audit"?p=S`<${En} t=${l} lang=${t} ErrorText=${Ee} params=${a.params} extra=${S`<${er} ui=${c} />`} />`:a.screen==="organisation"?p=S`<${mr} key=${a.id+location.search} id=${a.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:a.screen==="search"||a.screen==="home"&&!d.jurisdiction?p=S`<${pr} params=${a.params??new URLSearchParams} />`:a.screen==="apply"?p=S`<${La} />`:p=S`<${_a} />`:p=S`<${ya} notice=${o} onToken=${E=>(Se.save(E),n(E),i(null))} />`,S`<${$r.Provider} value=${h}>
    <${Fa}
      onSignOut=${()=>$(null)}
      onLanguage=${()=>{let E=t==="en"?"zh":"en";Me.set(E),e(E)}}
    />
    ${p}
  <//>`}Kt(S`<${Ua} />`,document.getElementById("root"));})();
