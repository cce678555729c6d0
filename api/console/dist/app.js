(()=>{var ke,B,_t,ei,pe,bt,It,Tt,Je,Ce,Ee,At,nt,Xe,et,St,De={},Pe=[],ti=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Oe=Array.isArray;function ue(t,e){for(var n in e)t[n]=e[n];return t}function it(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function Z(t,e,n){var i,r,o,a={};for(o in e)o=="key"?i=e[o]:o=="ref"?r=e[o]:a[o]=e[o];if(arguments.length>2&&(a.children=arguments.length>3?ke.call(arguments,2):n),typeof t=="function"&&t.defaultProps!=null)for(o in t.defaultProps)a[o]===void 0&&(a[o]=t.defaultProps[o]);return we(t,a,i,r,null)}function we(t,e,n,i,r){var o={type:t,props:e,key:n,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++_t,__i:-1,__u:0};return r==null&&B.vnode!=null&&B.vnode(o),o}function Le(t){return t.children}function Re(t,e){this.props=t,this.context=e}function me(t,e){if(e==null)return t.__?me(t.__,t.__i+1):null;for(var n;e<t.__k.length;e++)if((n=t.__k[e])!=null&&n.__e!=null)return n.__e;return typeof t.type=="function"?me(t):null}function ni(t){if(t.__P&&t.__d){var e=t.__v,n=e.__e,i=[],r=[],o=ue({},e);o.__v=e.__v+1,B.vnode&&B.vnode(o),rt(t.__P,o,e,t.__n,t.__P.namespaceURI,32&e.__u?[n]:null,i,n??me(e),!!(32&e.__u),r),o.__v=e.__v,o.__.__k[o.__i]=o,Pt(i,o,r),e.__e=e.__=null,o.__e!=n&&Ct(o)}}function Ct(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),Ct(t)}function tt(t){(!t.__d&&(t.__d=!0)&&pe.push(t)&&!Ne.__r++||bt!=B.debounceRendering)&&((bt=B.debounceRendering)||It)(Ne)}function Ne(){try{for(var t,e=1;pe.length;)pe.length>e&&pe.sort(Tt),t=pe.shift(),e=pe.length,ni(t)}finally{pe.length=Ne.__r=0}}function wt(t,e,n,i,r,o,a,s,c,l,u){var f,d,$,v,m,p,E=i&&i.__k||Pe,T=e.length;for(c=ii(n,e,E,c,T),f=0;f<T;f++)($=n.__k[f])!=null&&(d=$.__i!=-1&&E[$.__i]||De,$.__i=f,p=rt(t,$,d,r,o,a,s,c,l,u),v=$.__e,$.ref&&d.ref!=$.ref&&(d.ref&&ot(d.ref,null,$),u.push($.ref,$.__c||v,$)),m==null&&v!=null&&(m=v),4&$.__u?(c=Rt($,c,t),d.__e&&(d.__e=null)):typeof $.type=="function"&&p!==void 0?c=p:v&&(c=v.nextSibling),$.__u&=-7);return n.__e=m,c}function ii(t,e,n,i,r){var o,a,s,c,l,u=n.length,f=u,d=0;for(t.__k=new Array(r),o=0;o<r;o++)(a=e[o])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=t.__k[o]=we(null,a,null,null,null):Oe(a)?a=t.__k[o]=we(Le,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=t.__k[o]=we(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):t.__k[o]=a,c=o+d,a.__=t,a.__b=t.__b+1,s=null,(l=a.__i=ri(a,n,c,f))!=-1&&(f--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(r>u?d--:r<u&&d++),typeof a.type!="function"&&(a.__u|=4)):l!=c&&(l==c-1?d--:l==c+1?d++:(l>c?d--:d++,a.__u|=4))):t.__k[o]=null;if(f)for(o=0;o<u;o++)(s=n[o])!=null&&(2&s.__u)==0&&(s.__e==i&&(i=me(s)),kt(s,s));return i}function Rt(t,e,n){var i,r;if(typeof t.type=="function"){for(i=t.__k,r=0;i&&r<i.length;r++)i[r]&&(i[r].__=t,e=Rt(i[r],e,n));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=me(t)),e=n.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function ri(t,e,n,i){var r,o,a,s=t.key,c=t.type,l=e[n],u=l!=null&&(2&l.__u)==0;if(l===null&&s==null||u&&s==l.key&&c==l.type)return n;if(i>(u?1:0)){for(r=n-1,o=n+1;r>=0||o<e.length;)if((l=e[a=r>=0?r--:o++])!=null&&(2&l.__u)==0&&s==l.key&&c==l.type)return a}return-1}function yt(t,e,n){e[0]=="-"?t.setProperty(e,n??""):t[e]=n==null?"":typeof n!="number"||ti.test(e)?n:n+"px"}function Se(t,e,n,i,r){var o,a;e:if(e=="style")if(typeof n=="string")t.style.cssText=n;else{if(typeof i=="string"&&(t.style.cssText=i=""),i)for(e in i)n&&e in n||yt(t.style,e,"");if(n)for(e in n)i&&n[e]==i[e]||yt(t.style,e,n[e])}else if(e[0]=="o"&&e[1]=="n")o=e!=(e=e.replace(At,"$1")),a=e.toLowerCase(),e=a in t||e=="onFocusOut"||e=="onFocusIn"?a.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+o]=n,n?i?n[Ee]=i[Ee]:(n[Ee]=nt,t.addEventListener(e,o?et:Xe,o)):t.removeEventListener(e,o?et:Xe,o);else{if(r=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&n==1?"":n))}}function Et(t){return function(e){if(this.l){var n=this.l[e.type+t];if(e[Ce]==null)e[Ce]=nt++;else if(e[Ce]<n[Ee])return;return n(B.event?B.event(e):e)}}}function rt(t,e,n,i,r,o,a,s,c,l){var u,f,d,$,v,m,p,E,T,g,y,h,_,I,C,A,k=e.type;if(e.constructor!==void 0)return null;128&n.__u&&(c=!!(32&n.__u),o=[s=e.__e=n.__e]),(u=B.__b)&&u(e);e:if(typeof k=="function"){f=a.length;try{if(T=e.props,g=k.prototype&&k.prototype.render,y=(u=k.contextType)&&i[u.__c],h=u?y?y.props.value:u.__:i,n.__c?E=(d=e.__c=n.__c).__=d.__E:(g?e.__c=d=new k(T,h):(e.__c=d=new Re(T,h),d.constructor=k,d.render=ai),y&&y.sub(d),d.state||(d.state={}),d.__n=i,$=d.__d=!0,d.__h=[],d._sb=[]),g&&d.__s==null&&(d.__s=d.state),g&&k.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=ue({},d.__s)),ue(d.__s,k.getDerivedStateFromProps(T,d.__s))),v=d.props,m=d.state,d.__v=e,$)g&&k.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),g&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(g&&k.getDerivedStateFromProps==null&&T!==v&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(T,h),e.__v==n.__v||!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(T,d.__s,h)===!1){e.__v!=n.__v&&(d.props=T,d.state=d.__s,d.__d=!1),e.__e=n.__e,e.__k=n.__k,e.__k.some(function(M){M&&(M.__=e)}),Pe.push.apply(d.__h,d._sb),d._sb=[],d.__h.length&&a.push(d),s=me(n);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(T,d.__s,h),g&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(v,m,p)})}if(d.context=h,d.props=T,d.__P=t,d.__e=!1,_=B.__r,I=0,g)d.state=d.__s,d.__d=!1,_&&_(e),u=d.render(d.props,d.state,d.context),Pe.push.apply(d.__h,d._sb),d._sb=[];else do d.__d=!1,_&&_(e),u=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++I<25);d.state=d.__s,d.getChildContext!=null&&(i=ue(ue({},i),d.getChildContext())),g&&!$&&d.getSnapshotBeforeUpdate!=null&&(p=d.getSnapshotBeforeUpdate(v,m)),C=u!=null&&u.type===Le&&u.key==null?Nt(u.props.children):u,s=wt(t,Oe(C)?C:[C],e,n,i,r,o,a,s,c,l),d.base=e.__e,e.__u&=-161,d.__h.length&&a.push(d),E&&(d.__E=d.__=null)}catch(M){if(a.length=f,e.__v=null,c||o!=null){if(M.then){for(e.__u|=c?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;o!=null&&(o[o.indexOf(s)]=null),e.__e=s}else if(o!=null)for(A=o.length;A--;)it(o[A])}else e.__e=n.__e;e.__k==null&&(e.__k=n.__k||[]),M.then||Dt(e),B.__e(M,e,n)}}else o==null&&e.__v==n.__v?(e.__k=n.__k,e.__e=n.__e):s=e.__e=oi(n.__e,e,n,i,r,o,a,c,l);return(u=B.diffed)&&u(e),128&e.__u?void 0:s}function Dt(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(Dt))}function Pt(t,e,n){for(var i=0;i<n.length;i++)ot(n[i],n[++i],n[++i]);B.__c&&B.__c(e,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(o){o.call(r)})}catch(o){B.__e(o,r.__v)}})}function Nt(t){return typeof t!="object"||t==null||t.__b>0?t:Oe(t)?t.map(Nt):t.constructor!==void 0?null:ue({},t)}function oi(t,e,n,i,r,o,a,s,c){var l,u,f,d,$,v,m,p=n.props||De,E=e.props,T=e.type;if(T=="svg"?r="http://www.w3.org/2000/svg":T=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),o!=null){for(l=0;l<o.length;l++)if(($=o[l])&&"setAttribute"in $==!!T&&(T?$.localName==T:$.nodeType==3)){t=$,o[l]=null;break}}if(t==null){if(T==null)return document.createTextNode(E);t=document.createElementNS(r,T,E.is&&E),s&&(B.__m&&B.__m(e,o),s=!1),o=null}if(T==null)p===E||s&&t.data==E||(t.data=E);else{if(o=T=="textarea"&&E.defaultValue!=null?null:o&&ke.call(t.childNodes),!s&&o!=null)for(p={},l=0;l<t.attributes.length;l++)p[($=t.attributes[l]).name]=$.value;for(l in p)$=p[l],l=="dangerouslySetInnerHTML"?f=$:l=="children"||l in E||l=="value"&&"defaultValue"in E||l=="checked"&&"defaultChecked"in E||Se(t,l,null,$,r);for(l in E)$=E[l],l=="children"?d=$:l=="dangerouslySetInnerHTML"?u=$:l=="value"?v=$:l=="checked"?m=$:s&&typeof $!="function"||p[l]===$||Se(t,l,$,p[l],r);if(u)s||f&&(u.__html==f.__html||u.__html==t.innerHTML)||(t.innerHTML=u.__html),e.__k=[];else if(f&&(t.innerHTML=""),wt(e.type=="template"?t.content:t,Oe(d)?d:[d],e,n,i,T=="foreignObject"?"http://www.w3.org/1999/xhtml":r,o,a,o?o[0]:n.__k&&me(n,0),s,c),o!=null)for(l=o.length;l--;)it(o[l]);s&&T!="textarea"||(l="value",T=="progress"&&v==null?t.removeAttribute("value"):v!=null&&(v!==t[l]||T=="progress"&&!v||T=="option"&&v!=p[l])&&Se(t,l,v,p[l],r),l="checked",m!=null&&m!=t[l]&&Se(t,l,m,p[l],r))}return t}function ot(t,e,n){try{if(typeof t=="function"){var i=typeof t.__u=="function";i&&t.__u(),i&&e==null||(t.__u=t(e))}else t.current=e}catch(r){B.__e(r,n)}}function kt(t,e,n){var i,r;if(B.unmount&&B.unmount(t),(i=t.ref)&&(i.current&&i.current!=t.__e||ot(i,null,e)),(i=t.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(o){B.__e(o,e)}i.base=i.__P=i.__n=null}if(i=t.__k)for(r=0;r<i.length;r++)i[r]&&kt(i[r],e,n||typeof t.type!="function");n||it(t.__e),t.__c=t.__=t.__e=void 0}function ai(t,e,n){return this.constructor(t,n)}function Ot(t,e,n){var i,r,o,a;e==document&&(e=document.documentElement),B.__&&B.__(t,e),r=(i=typeof n=="function")?null:n&&n.__k||e.__k,o=[],a=[],rt(e,t=(!i&&n||e).__k=Z(Le,null,[t]),r||De,De,e.namespaceURI,!i&&n?[n]:r?null:e.firstChild?ke.call(e.childNodes):null,o,!i&&n?n:r?r.__e:e.firstChild,i,a),Pt(o,t,a),t.props.children=null}function Lt(t){function e(n){var i,r;return this.getChildContext||(i=new Set,(r={})[e.__c]=this,this.getChildContext=function(){return r},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&i.forEach(function(a){a.__e=!0,tt(a)})},this.sub=function(o){i.add(o);var a=o.componentWillUnmount;o.componentWillUnmount=function(){i&&i.delete(o),a&&a.call(o)}}),n.children}return e.__c="__cC"+St++,e.__=t,e.Provider=e.__l=(e.Consumer=function(n,i){return n.children(i)}).contextType=e,e}ke=Pe.slice,B={__e:function(t,e,n,i){for(var r,o,a;e=e.__;)if((r=e.__c)&&!r.__)try{if((o=r.constructor)&&o.getDerivedStateFromError!=null&&(r.setState(o.getDerivedStateFromError(t)),a=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(t,i||{}),a=r.__d),a)return r.__E=r}catch(s){t=s}throw t}},_t=0,ei=function(t){return t!=null&&t.constructor===void 0},Re.prototype.setState=function(t,e){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ue({},this.state),typeof t=="function"&&(t=t(ue({},n),this.props)),t&&ue(n,t),t!=null&&this.__v&&(e&&this._sb.push(e),tt(this))},Re.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),tt(this))},Re.prototype.render=Le,pe=[],It=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Tt=function(t,e){return t.__v.__b-e.__v.__b},Ne.__r=0,Je=Math.random().toString(8),Ce="__d"+Je,Ee="__a"+Je,At=/(PointerCapture)$|Capture$/i,nt=0,Xe=Et(!1),et=Et(!0),St=0;var fe,j,at,xt,_e=0,Gt=[],Q=B,Ft=Q.__b,Ut=Q.__r,Mt=Q.diffed,Bt=Q.__c,Ht=Q.unmount,Vt=Q.__;function Fe(t,e){Q.__h&&Q.__h(j,t,_e||e),_e=0;var n=j.__H||(j.__H={__:[],__h:[]});return t>=n.__.length&&n.__.push({}),n.__[t]}function b(t){return _e=1,si(Kt,t)}function si(t,e,n){var i=Fe(fe++,2);if(i.t=t,!i.__c&&(i.__=[n?n(e):Kt(void 0,e),function(s){var c=i.__N?i.__N[0]:i.__[0],l=i.t(c,s);c!==l&&(i.__N=[l,i.__[1]],i.__c.setState({}))}],i.__c=j,!j.__f)){var r=function(s,c,l){if(!i.__c.__H)return!0;var u=!1,f=i.__c.props!==s;if(i.__c.__H.__.some(function($){if($.__N){u=!0;var v=$.__[0];$.__=$.__N,$.__N=void 0,v!==$.__[0]&&(f=!0)}}),o){var d=o.call(this,s,c,l);return u?d||f:d}return!u||f};j.__f=!0;var o=j.shouldComponentUpdate,a=j.componentWillUpdate;j.componentWillUpdate=function(s,c,l){if(this.__e){var u=o;o=void 0,r(s,c,l),o=u}a&&a.call(this,s,c,l)},j.shouldComponentUpdate=r}return i.__N||i.__}function x(t,e){var n=Fe(fe++,3);!Q.__s&&Yt(n.__H,e)&&(n.__=t,n.u=e,j.__H.__h.push(n))}function oe(t){return _e=5,qt(function(){return{current:t}},[])}function qt(t,e){var n=Fe(fe++,7);return Yt(n.__H,e)&&(n.__=t(),n.__H=e,n.__h=t),n.__}function Ie(t,e){return _e=8,qt(function(){return t},e)}function Wt(t){var e=j.context[t.__c],n=Fe(fe++,9);return n.c=t,e?(n.__==null&&(n.__=!0,e.sub(j)),e.props.value):t.__}function di(){for(var t;t=Gt.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(xe),e.__h.some(st),e.__h=[]}catch(n){e.__h=[],Q.__e(n,t.__v)}}}Q.__b=function(t){j=null,Ft&&Ft(t)},Q.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),Vt&&Vt(t,e)},Q.__r=function(t){Ut&&Ut(t),fe=0;var e=(j=t.__c).__H;e&&(at===j?(e.__h=[],j.__h=[],e.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(e.__h.some(xe),e.__h.some(st),e.__h=[],fe=0)),at=j},Q.diffed=function(t){Mt&&Mt(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(Gt.push(e)!==1&&xt===Q.requestAnimationFrame||((xt=Q.requestAnimationFrame)||ci)(di)),e.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),at=j=null},Q.__c=function(t,e){e.some(function(n){try{n.__h.some(xe),n.__h=n.__h.filter(function(i){return!i.__||st(i)})}catch(i){e.some(function(r){r.__h&&(r.__h=[])}),e=[],Q.__e(i,n.__v)}}),Bt&&Bt(t,e)},Q.unmount=function(t){Ht&&Ht(t);var e,n=t.__c;n&&n.__H&&(n.__H.__.some(function(i){try{xe(i)}catch(r){e=r}}),n.__H=void 0,e&&Q.__e(e,n.__v))};var jt=typeof requestAnimationFrame=="function";function ci(t){var e,n=function(){clearTimeout(i),jt&&cancelAnimationFrame(e),setTimeout(t)},i=setTimeout(n,35);jt&&(e=requestAnimationFrame(n))}function xe(t){var e=j,n=t.__c;typeof n=="function"&&(t.__c=void 0,n()),j=e}function st(t){var e=j;t.__c=t.__(),j=e}function Yt(t,e){return!t||t.length!==e.length||e.some(function(n,i){return n!==t[i]})}function Kt(t,e){return typeof e=="function"?e(t):e}var Qt=function(t,e,n,i){var r;e[0]=0;for(var o=1;o<e.length;o++){var a=e[o++],s=e[o]?(e[0]|=a?1:2,n[e[o++]]):e[++o];a===3?i[0]=s:a===4?i[1]=Object.assign(i[1]||{},s):a===5?(i[1]=i[1]||{})[e[++o]]=s:a===6?i[1][e[++o]]+=s+"":a?(r=t.apply(s,Qt(t,s,n,["",null])),i.push(r),s[0]?e[0]|=2:(e[o-2]=0,e[o]=r)):i.push(s)}return i},Zt=new Map;function z(t){var e=Zt.get(this);return e||(e=new Map,Zt.set(this,e)),(e=Qt(this,e.get(t)||(e.set(t,e=(function(n){for(var i,r,o=1,a="",s="",c=[0],l=function(d){o===1&&(d||(a=a.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,d,a):o===3&&(d||a)?(c.push(3,d,a),o=2):o===2&&a==="..."&&d?c.push(4,d,0):o===2&&a&&!d?c.push(5,0,!0,a):o>=5&&((a||!d&&o===5)&&(c.push(o,0,a,r),o=6),d&&(c.push(o,d,0,r),o=6)),a=""},u=0;u<n.length;u++){u&&(o===1&&l(),l(u));for(var f=0;f<n[u].length;f++)i=n[u][f],o===1?i==="<"?(l(),c=[c],o=3):a+=i:o===4?a==="--"&&i===">"?(o=1,a=""):a=i+a[0]:s?i===s?s="":a+=i:i==='"'||i==="'"?s=i:i===">"?(l(),o=1):o&&(i==="="?(o=5,r=a,a=""):i==="/"&&(o<5||n[u][f+1]===">")?(l(),o===3&&(c=c[0]),o=c,(c=c[0]).push(2,0,o),o=0):i===" "||i==="	"||i===`
`||i==="\r"?(l(),o=2):a+=i),o===3&&a==="!--"&&(o=4,c=c[0])}return l(),c})(t)),e),arguments,[])).length>1?e:e[0]}var li={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u673A\u6784\uFF08\u793E\u4F1A\u7EC4\u7EC7 ID\uFF09",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7",idInvalid:"\u8BF7\u7C98\u8D34\u5B8C\u6574\u7684\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7\uFF08UUID\uFF09\u3002"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received"},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third party (organisation id)",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id",idInvalid:"Paste the whole procurement id (a UUID)."},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"}}};function Te(t,e,n={}){let i=e.split(".").reduce((o,a)=>o?.[a],li[t]);return(typeof i=="string"?i:e).replace(/\{(\w+)\}/g,(o,a)=>(n[a]??`{${a}}`).toString())}function zt(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}var dt="civic-ledger.token",Jt="civic-ledger.lang";function Ue(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let n=e[1].replace(/-/g,"+").replace(/_/g,"/"),i=n+"=".repeat((4-n.length%4)%4),r=Uint8Array.from(atob(i),a=>a.charCodeAt(0)),o=JSON.parse(new TextDecoder().decode(r));return o&&typeof o.role=="string"&&typeof o.exp=="number"?o:null}catch{return null}}var $e={token(){return sessionStorage.getItem(dt)},save(t){sessionStorage.setItem(dt,t.trim())},clear(){sessionStorage.removeItem(dt)}},Ae={get(){return localStorage.getItem(Jt)==="en"?"en":"zh"},set(t){localStorage.setItem(Jt,t)}};function ge(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,n=>n.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var V=class extends Error{constructor(e,n={},i=200){super(e),this.code=n.code??"INTERNAL",this.rule=n.rule??null,this.field=n.field??null,this.extensions=n,this.status=i}},Xt=()=>{};function en(t){Xt=t}async function N(t,e,{lang:n,token:i=$e.token()}={}){let r={"content-type":"application/json","accept-language":zt(n)};i&&(r.authorization=`Bearer ${i}`);let o;try{o=await fetch("/graphql",{method:"POST",headers:r,body:JSON.stringify({query:t,variables:e})})}catch(c){throw new V(c.message,{code:"NETWORK"},0)}let a;try{a=await o.json()}catch{throw new V(`HTTP ${o.status}`,{code:"NETWORK"},o.status)}let s=a.errors?.[0];if(s){let c=new V(s.message,s.extensions??{},o.status);throw o.status===401&&Xt(c),c}return a.data}var tn="Asia/Shanghai";function Me(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function ie(t){return Me(t).replace(/\s+/g,"").toUpperCase()}function L(t){return String(t??"").trim()}function ve(t){return Me(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function D(t){if(t==null||t==="")return"";let e=String(t),n=e.startsWith("-"),[i,r=""]=(n?e.slice(1):e).split("."),o=i.replace(/\B(?=(\d{3})+(?!\d))/g,","),a=(r+"00").slice(0,Math.max(2,r.length));return`${n?"-":""}\xA5${o}.${a}`}function nn(t){return t==="en"?"en-GB":"zh-CN"}function P(t,e){if(!t)return"";let n=new Date(t);return Number.isNaN(n.getTime())?String(t):new Intl.DateTimeFormat(nn(e),{timeZone:tn,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(n)}function G(t,e){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return String(t);let i=new Date(Date.UTC(+n[1],+n[2]-1,+n[3]));return new Intl.DateTimeFormat(nn(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(i)}function Be(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:tn}).format(t)}var H=z.bind(Z),ui=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,pi=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,mi=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,$i=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,hi=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,fi=10,gi=1e3,on=/^organisation-[0-9a-fA-F-]{36}$/;function vi(t,e){let n=t("audit.fields."+e);return n==="audit.fields."+e?e:n}var bi=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function rn(t,e,n,i){return i==null?t("audit.empty"):n==="status"?t("statuses."+i):n==="kind"?t("kinds."+i):n==="registeredFunds"?D(i):bi.test(i)?P(i,e):i}function yi({t,lang:e,ErrorText:n,onOpen:i}){let[r,o]=b(""),[a,s]=b(null),[c,l]=b(null),[u,f]=b(!1),d=async $=>{$.preventDefault();let v=L(r);if(!v||u)return;if(on.test(v))return i(v);f(!0),l(null);let m=ie(v),p=/^[0-9A-Z]{18}$/.test(m)?{creditCode:m}:{nameContains:v};try{s((await N(ui,{filter:p},{lang:e})).organisations.nodes)}catch(E){l(E),s(null)}finally{f(!1)}};return H`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${d}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${r} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${$=>o($.currentTarget.value)} />
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
  </section>`}function Ei({t,lang:e,changes:n}){return n.length===0?H`<span class="empty">${t("audit.noChange")}</span>`:H`<ul class="changes">
    ${n.map(i=>H`<li>
        <span class="field-name">${vi(t,i.field)}</span>: <del>${rn(t,e,i.field,i.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${rn(t,e,i.field,i.new)}</ins>
      </li>`)}
  </ul>`}function _i({t,lang:e,ErrorText:n,stream:i,entries:r}){let[o,a]=b(r.length-1),[s,c]=b(null),[l,u]=b(null),f=i.slice(13),d=r[Math.min(o,r.length-1)]?.recordedAt;x(()=>{if(!d)return;let v=!0;return u(null),N(mi,{id:f,at:d},{lang:e}).then(m=>v&&c(m.organisationAsOf),m=>v&&u(m)),()=>{v=!1}},[f,d,e]);let $=d?P(d,e):"";return H`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${r.length-1} step="1" value=${o}
        aria-valuetext=${t("audit.sliderValue",{version:r[o]?.version,when:$})}
        onInput=${v=>a(Number(v.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:r[o]?.version,when:$})}</p>
    </div>
    <${n} error=${l} />
    ${s?H`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${s.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+s.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${s.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${s.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${D(s.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${s.version}</dd></div>
        </dl>`:null}
  </section>`}function Ii({t,lang:e,ErrorText:n,stream:i}){let[r,o]=b([]),[a,s]=b(null),[c,l]=b(!1),[u,f]=b(null),d=async(p,E)=>{l(!0),s(null);try{let T=(await N(pi,{s:i,from:p},{lang:e})).recordTimeline;o([...E,T])}catch(T){s(T)}finally{l(!1)}};x(()=>{o([]),f(null),d(0,[])},[i,e]);let $=async()=>{f({busy:!0});try{let p=(await N(hi,{s:i},{lang:e})).verifyStream;f({result:p})}catch(p){f({error:p})}},v=r.flatMap(p=>p.entries),m=r[r.length-1];return H`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${i}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${u?.busy} onClick=${$}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${u?.result?H`<${an} t=${t} failure=${u.result.firstFailure} ok=${t("audit.recordOk",{count:u.result.eventsChecked})} />`:null}
      </div>
      <${n} error=${u?.error} />
    </div>
    <${n} error=${a} />
    ${v.length>0?H`<${_i} key=${i+v.length} t=${t} lang=${e} ErrorText=${n} stream=${i} entries=${v} />`:null}
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
                <td><${Ei} t=${t} lang=${e} changes=${p.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:c?H`<p role="status">${t("loading")}</p>`:null}
    ${m?.nextVersion!=null&&r.length<fi?H`<button type="button" disabled=${c} onClick=${()=>d(m.nextVersion,r)}>${t("audit.more")}</button>`:null}
  </section>`}function an({t,failure:e,ok:n}){return e?H`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:H`<p class="notice verify-ok">${n}</p>`}function Ti({t,lang:e,ErrorText:n}){let[i,r]=b(null),[o,a]=b(null),[s,c]=b(!1),l=oe(!1),u=async()=>{if(l.current)return;l.current=!0,c(!0),a(null);let f=0,d=0;try{let $=!1;for(let v=0;v<gi&&!$;v++){let m=(await N($i,{after:f},{lang:e})).verifyLedger;if(d+=m.eventsChecked,f=m.lastPosition,$=m.done||m.firstFailure!=null,r({checked:d,at:f,head:m.head,failure:m.firstFailure,done:$}),!$&&m.eventsChecked===0)break}if(!$)throw new V(t("audit.stalled",{position:f}),{code:"INTERNAL"})}catch($){a($)}finally{l.current=!1,c(!1)}};return H`<section aria-labelledby="audit-verify-heading">
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
    <${n} error=${o} />
  </section>`}function Ai({t,ErrorText:e}){let[n,i]=b(null),[r,o]=b(!1),a=async()=>{if(!r){o(!0),i(null);try{let s=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${$e.token()}`}});if(!s.ok){let d=(await s.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(d?.message??`HTTP ${s.status}`),{code:d?.extensions?.code??"NETWORK"})}let c=/filename="([^"]+)"/.exec(s.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await s.blob()),u=document.createElement("a");u.href=l,u.download=c,document.body.append(u),u.click(),u.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(s){i(s)}finally{o(!1)}}};return H`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${r} onClick=${a}>${t("audit.exportButton")}</button>
    <${e} error=${n} />
  </section>`}function sn({t,lang:e,ErrorText:n,params:i,extra:r=null}){let[o,a]=b(i.get("stream")),s=c=>{a(c),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(c))};return H`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${yi} t=${t} lang=${e} ErrorText=${n} onOpen=${s} />
    ${o&&on.test(o)?H`<${Ii} key=${o} t=${t} lang=${e} ErrorText=${n} stream=${o} />`:null}
    ${r}
    <${Ti} t=${t} lang=${e} ErrorText=${n} />
    <${Ai} t=${t} ErrorText=${n} />
  </main>`}var q=z.bind(Z);function ae(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(ve(t));if(!e)return null;let n=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(n)?n:null}function J(t){let e=oe(!1),n=oe(null),[i,r]=b(!1),[o,a]=b(null);return{run:async(c,l,u)=>{if(!e.current){e.current=!0,r(!0),a(null),n.current??=ge();try{let f=await N(c,{i:{...l,commandId:n.current}},{lang:t});n.current=null,await u(f)}catch(f){f.code!=="NETWORK"&&(n.current=null),a(f)}finally{e.current=!1,r(!1)}}},busy:i,error:o,setError:a}}var Si=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,He="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",cn=`query MyBids { myBids(first: 100) { nodes { ${He} } } }`,Ci=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${He} } }`,wi=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${He} } }`,Ri=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${He} } }`;function ln({ui:t}){let{t:e,lang:n,ErrorText:i,Link:r}=t,[o,a]=b(null),[s,c]=b(null);return x(()=>{let l=!0;return N(Si,{after:null},{lang:n}).then(u=>l&&a(u.eligibleProcurements.nodes),u=>l&&c(u)),()=>{l=!1}},[n]),q`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${i} error=${s} />
    ${o==null&&!s?q`<p role="status">${e("loading")}</p>`:null}
    ${o&&o.length===0?q`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${o&&o.length>0?q`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${o.map(l=>q`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${r} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${D(l.procurement.budget)}</td>
                <td>${P(l.procurement.bidDeadline,n)}</td>
                <td>
                  ${l.eligible?q`<strong class="badge ok">${e("proc.eligible")}</strong>`:q`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map(u=>q`<li>${u.message} <code class="rule">${u.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Di(t,e){if(t.length===0)return{};let n=t.map((o,a)=>`$p${a}: UUID!`).join(", "),i=t.map((o,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),r=await N(`query Titles(${n}) { ${i} }`,Object.fromEntries(t.map((o,a)=>["p"+a,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.title]))}function un({ui:t}){let{t:e,lang:n,ErrorText:i,Link:r}=t,[o,a]=b(null),[s,c]=b({}),[l,u]=b(null);return x(()=>{let f=!0;return N(cn,{},{lang:n}).then(async d=>{if(!f)return;a(d.myBids.nodes);let $=[...new Set(d.myBids.nodes.map(m=>m.procurementId))].slice(0,100),v=await Di($,n);f&&c(v)}).catch(d=>f&&u(d)),()=>{f=!1}},[n]),q`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${i} error=${l} />
    ${o==null&&!l?q`<p role="status">${e("loading")}</p>`:null}
    ${o&&o.length===0?q`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${o&&o.length>0?q`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${o.map(f=>q`<tr>
                <td><${r} href=${"/app/procurements/"+f.procurementId}>${s[f.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+f.status)}</td>
                <td>${P(f.sealedAt,n)}</td>
                <td>${f.replacements}</td>
                <td><code class="hash">${f.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function dn({ui:t,prefix:e,command:n,submitLabel:i,onSend:r}){let{t:o,ErrorText:a}=t,[s,c]=b(""),[l,u]=b(""),[f,d]=b(null),$=E=>{E.preventDefault();let T=ae(s);if(T==null)return d(new V(o("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));d(null),r(T,L(l))},v=f??n.error,m=v&&(v.field==="priceFen"||v.field==="price"),p=v&&v.field==="technicalProposal";return q`<form class="bid" onSubmit=${$} novalidate>
    <div class=${"field"+(m?" invalid":"")}>
      <label for=${e+"-price"}>${o("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${s} aria-describedby=${e+"-price-hint"+(m?" "+e+"-price-error":"")}
        aria-invalid=${m?"true":void 0} onInput=${E=>c(E.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${o("proc.priceHint")}</p>
      ${m?q`<${a} error=${v} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(p?" invalid":"")}>
      <label for=${e+"-proposal"}>${o("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${l} aria-invalid=${p?"true":void 0}
        aria-describedby=${p?e+"-proposal-error":void 0} onInput=${E=>u(E.currentTarget.value)}></textarea>
      ${p?q`<${a} error=${v} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${n.busy}>${i}</button>
      ${v&&!m&&!p?q`<${a} error=${v} id=${e+"-error"} />`:null}
    </div>
  </form>`}function pn({ui:t,procurement:e,onChanged:n}){let{t:i,lang:r,ErrorText:o}=t,[a,s]=b(null),[c,l]=b(null),[u,f]=b(null),[d,$]=b(0),v=J(r),m=J(r),p=J(r);x(()=>{let y=!0;return N(cn,{},{lang:r}).then(h=>y&&s(h.myBids.nodes.filter(_=>_.procurementId===e.id)),h=>y&&l(h)),()=>{y=!1}},[r,e.id,d]);let E=y=>()=>{f(i(y)),$(h=>h+1),n()},T=a?.find(y=>y.status==="SUBMITTED"),g=e.status==="PUBLISHED";return q`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${i("proc.myBid")}</h2>
    ${u?q`<p class="notice" role="status">${u}</p>`:null}
    <${o} error=${c} />
    ${T?q`<dl class="facts">
            <div><dt>${i("state")}</dt><dd id="my-bid-status">${i("proc.bidStatuses."+T.status)}</dd></div>
            <div><dt>${i("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${T.commitment}</code></dd></div>
            <div><dt>${i("proc.sealedAt")}</dt><dd>${P(T.sealedAt,r)}</dd></div>
            <div><dt>${i("proc.replacements")}</dt><dd>${T.replacements}</dd></div>
          </dl>
          <p class="hint">${i("proc.sealedNote")}</p>
          ${g?q`<h3>${i("proc.replaceBid")}</h3>
                <${dn} ui=${t} prefix="replace" command=${m} submitLabel=${i("proc.replaceBid")}
                  onSend=${(y,h)=>m.run(wi,{bidId:T.id,priceFen:y,technicalProposal:h,documents:[],expectedVersion:T.version},E("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${p.busy}
                    onClick=${()=>p.run(Ri,{bidId:T.id,expectedVersion:T.version},E("proc.bidWithdrawn"))}>${i("proc.withdrawBid")}</button>
                  <${o} error=${p.error} id="withdraw-error" />
                </div>`:null}`:g?q`<${dn} ui=${t} prefix="bid" command=${v} submitLabel=${i("proc.submitBid")}
            onSend=${(y,h)=>v.run(Ci,{procurementId:e.id,priceFen:y,technicalProposal:h,documents:[]},E("proc.bidSubmitted"))} />`:q`<p class="empty">${i("proc.notTakingBids")}</p>`}
  </section>`}var ce=z.bind(Z);function Ve({id:t,title:e,describe:n,parts:i,format:r=String}){let o=i.reduce((l,u)=>l+Math.max(0,u.value),0),a=600,s=0,c=i.map(l=>{let u=o>0?Math.max(0,l.value)/o*a:0,f=ce`<rect class=${"part "+l.className} x=${s.toFixed(2)} y="0" width=${u.toFixed(2)} height="28" data-part=${l.key} data-value=${l.value} />`;return s+=u,f});return ce`<figure class="chart split-bar" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${a} 28`} preserveAspectRatio="none" role="img" aria-label=${n} focusable="false">
      <rect class="track" x="0" y="0" width=${a} height="28" />
      ${c}
    </svg>
    <ul class="legend">
      ${i.map(l=>ce`<li data-part=${l.key}><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label} ${r(l.value)}</li>`)}
    </ul>
  </figure>`}function mn({id:t,title:e,describe:n,bars:i}){let r=Math.max(1,...i.map(l=>l.count)),o=64,a=110,s=18,c=o*i.length;return ce`<figure class="chart count-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${c} ${s+a+36}`} role="img" aria-label=${n} focusable="false">
      ${i.map((l,u)=>{let f=l.count/r*a,d=u*o+10,$=s+a-f;return ce`<g class=${"bar "+(l.className??"")} data-key=${l.key} data-count=${l.count}>
          <rect x=${d} y=${$.toFixed(2)} width=${o-20} height=${f.toFixed(2)} />
          <text class="count" x=${d+(o-20)/2} y=${($-4).toFixed(2)} text-anchor="middle">${l.count}</text>
          <text class="label" x=${d+(o-20)/2} y=${s+a+16} text-anchor="middle">${l.label}</text>
          ${l.sublabel?ce`<text class="label sub" x=${d+(o-20)/2} y=${s+a+32} text-anchor="middle">${l.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${c} y1=${s+a} y2=${s+a} />
    </svg>
  </figure>`}function $n({id:t,title:e,describe:n,series:i,rows:r,format:o=String}){let a=Math.max(1,...r.flatMap(d=>d.values)),s=220,c=420,l=14,u=i.length*(l+2)+14,f=r.length*u+4;return ce`<figure class="chart paired-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${s+c+140} ${f}`} role="img" aria-label=${n} focusable="false">
      ${r.map((d,$)=>{let v=$*u+4;return ce`<g class="row" data-key=${d.key}>
          <text class="label" x=${s-8} y=${v+u/2-2} text-anchor="end">${d.label}</text>
          ${d.values.map((m,p)=>{let E=m/a*c,T=v+p*(l+2);return ce`<rect class=${"bar "+i[p].className} x=${s} y=${T} width=${E.toFixed(2)} height=${l} data-series=${i[p].className} data-value=${m} />
              <text class="value" x=${s+E+4} y=${T+l-3}>${o(m)}</text>`})}
        </g>`})}
    </svg>
    <ul class="legend">${i.map(d=>ce`<li><span class=${"swatch "+d.className} aria-hidden="true"></span>${d.label}</li>`)}</ul>
  </figure>`}var F=z.bind(Z),Pi=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function ct(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(ve(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var Ni=t=>(t/100).toFixed(2),ki="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",fn=`committeeId procurementId status version seats seed constitutedAt concludedAt allSubmitted
  members { ${ki} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,Oi=`query MyCommittees { myCommittees(first: 100) { ${fn} } }`,hn=`query Committee($id: UUID!) { committee(id: $id) { ${fn} } }`,Li=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,xi="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",Fi="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function Ui(t,e){if(t.length===0)return{};let n=t.map((o,a)=>`$p${a}: UUID!`).join(", "),i=t.map((o,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),r=await N(`query Titles(${n}) { ${i} }`,Object.fromEntries(t.map((o,a)=>["p"+a,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.title]))}function gn({ui:t}){let{t:e,lang:n,claims:i,ErrorText:r,Link:o}=t,[a,s]=b(null),[c,l]=b({}),[u,f]=b(null);return x(()=>{let d=!0;return N(Oi,{},{lang:n}).then(async $=>{if(!d)return;s($.myCommittees);let v=await Ui([...new Set($.myCommittees.map(m=>m.procurementId))].slice(0,100),n);d&&l(v)}).catch($=>d&&f($)),()=>{d=!1}},[n]),F`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${r} error=${u} />
    ${a==null&&!u?F`<p role="status">${e("loading")}</p>`:null}
    ${a&&a.length===0?F`<p class="empty">${e("eval.none")}</p>`:null}
    ${a&&a.length>0?F`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${a.map(d=>{let $=d.members.find(m=>m.memberId===i.organisation),v=d.members.filter(m=>m.sitting);return F`<tr>
                <td><${o} href=${"/app/committees/"+d.committeeId}>${c[d.procurementId]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+d.status)}</td>
                <td>${$?e($.sitting?$.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${v.filter(m=>m.submitted).length} / ${v.length}</td>
                <td>${P(d.constitutedAt,n)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function Mi(t,e,n){if(!t||t.field!=="scores.criteria.points")return null;let i=e.find(o=>t.message.includes(o.bidId)),r=n.find(o=>t.message.includes(`'${o.name}'`));return i&&r?`${i.bidId}/${r.key}`:null}function Bi({ui:t,committee:e,me:n,bids:i,criteria:r,onDone:o}){let{t:a,lang:s,ErrorText:c}=t,[l,u]=b({}),[f,d]=b(null),$=J(s),v=E=>{E.preventDefault();let T=[];for(let g of i){let y={bidId:g.bidId,criteria:[]};for(let h of r){let _=ct(l[g.bidId+"/"+h.key]??"");if(_==null)return d({key:g.bidId+"/"+h.key,error:new V(a("eval.pointsInvalid",{max:h.maxPoints}),{code:"VALIDATION"})});y.criteria.push({key:h.key,pointsHundredths:_})}T.push(y)}d(null),$.run(Fi,{committeeId:e.committeeId,memberId:n.memberId,scores:T},o)},m=Mi($.error,i,r),p=E=>f?.key===E?f.error:m===E?$.error:null;return F`<form class="sheet" onSubmit=${v} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a("proc.price")}</th>${r.map(E=>F`<th scope="col">${E.name} (${a("eval.max",{max:E.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${i.map((E,T)=>F`<tr>
            <th scope="row">${E.organisationName}</th>
            <td class="money">${D(E.price)}</td>
            ${r.map(g=>{let y=E.bidId+"/"+g.key,h=`score-${T}-${g.key}`,_=p(y);return F`<td class=${"field"+(_?" invalid":"")}>
                <label class="sr-only" for=${h}>${a("eval.scoreLabel",{name:E.organisationName,criterion:g.name})}</label>
                <input id=${h} inputmode="decimal" size="6" value=${l[y]??""} aria-invalid=${_?"true":void 0}
                  aria-describedby=${_?h+"-error":void 0} onInput=${I=>u({...l,[y]:I.currentTarget.value})} />
                ${_?F`<${c} error=${_} id=${h+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${$.busy}>${a("eval.submitSheet")}</button>
      ${$.error&&!m?F`<${c} error=${$.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function Hi({ui:t,committee:e,me:n,bids:i,onDone:r}){let{t:o,lang:a,ErrorText:s}=t,[c,l]=b(i[0]?.organisationId??""),[u,f]=b("OTHER"),[d,$]=b(""),v=J(a),m=E=>{E.preventDefault(),v.run(xi,{committeeId:e.committeeId,memberId:n.memberId,organisationId:c,kind:u,note:d.trim()},r)},p=v.error?.field==="note";return F`<form class="relation" onSubmit=${m} novalidate>
    <div class="field"><label for="relation-org">${o("eval.relatedBidder")}</label>
      <select id="relation-org" value=${c} onChange=${E=>l(E.currentTarget.value)}>
        ${i.map(E=>F`<option value=${E.organisationId}>${E.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${o("eval.relationKind")}</label>
      <select id="relation-kind" value=${u} onChange=${E=>f(E.currentTarget.value)}>
        ${Pi.map(E=>F`<option value=${E}>${o("eval.kinds."+E)}</option>`)}
      </select></div>
    <div class=${"field"+(p?" invalid":"")}><label for="relation-note">${o("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${d} aria-invalid=${p?"true":void 0} aria-describedby=${p?"relation-note-error":void 0}
        onInput=${E=>$(E.currentTarget.value)}></textarea>
      ${p?F`<${s} error=${v.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${v.busy}>${o("eval.declare")}</button>
      ${v.error&&!p?F`<${s} error=${v.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function Vi(t,e,n){let i=t?.find(r=>r.bidId===e)?.criteria.find(r=>r.key===n)?.pointsHundredths;return i==null?"":Ni(i)}function vn({ui:t,id:e}){let{t:n,lang:i,claims:r,ErrorText:o,Link:a}=t,[s,c]=b(void 0),[l,u]=b(null),[f,d]=b(null),[$,v]=b(null);x(()=>{let _=!0;return N(hn,{id:e},{lang:i}).then(async I=>{if(_&&(c(I.committee),I.committee)){let C=await N(Li,{id:I.committee.procurementId},{lang:i});_&&u(C.procurement)}}).catch(I=>_&&d(I)),()=>{_=!1}},[e,i]);let m=_=>async()=>{let I=await N(hn,{id:e},{lang:i});c(I.committee),v(n(_))};if(s===void 0&&!f)return F`<main id="main"><p role="status">${n("loading")}</p></main>`;if(!s)return F`<main id="main"><h1>${n("eval.committee")}</h1><${o} error=${f} />${f?null:F`<p class="empty">${n("eval.notFound")}</p>`}</main>`;let p=s.members.find(_=>_.memberId===r?.organisation),E=l?.openedBids.filter(_=>_.valid)??[],T=l?.scoring.criteria??[],g=_=>l?.openedBids.find(I=>I.organisationId===_)?.organisationName??_,y=s.members.filter(_=>_.sitting),h=s.status==="SCORING";return F`<main id="main">
    <h1>${n("eval.committee")}${l?F`：<${a} href=${"/app/procurements/"+l.id}>${l.title}<//>`:null}</h1>
    ${$?F`<p class="notice" role="status">${$}</p>`:null}
    <${o} error=${f} />
    <dl class="facts">
      <div><dt>${n("state")}</dt><dd id="committee-status">${n("eval.statuses."+s.status)}</dd></div>
      <div><dt>${n("eval.seats")}</dt><dd>${s.seats}</dd></div>
      <div><dt>${n("eval.sheetsIn")}</dt><dd id="sheets-in">${y.filter(_=>_.submitted).length} / ${y.length}</dd></div>
      <div><dt>${n("eval.constitutedAt")}</dt><dd>${P(s.constitutedAt,i)}</dd></div>
    </dl>

    ${p&&!p.sitting?F`<p class="notice" id="recused">${n("eval.youRecused")}</p>
          <ul class="reasons">${p.recusal.map(_=>F`<li>${g(_.organisationId)} — ${n("eval.kinds."+_.kind)}${_.note?"\uFF1A"+_.note:""}</li>`)}</ul>`:null}
    ${p&&p.sitting&&h&&!p.submitted&&l?F`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${n("eval.yourSheet")}</h2>
            <${Bi} ui=${t} committee=${s} me=${p} bids=${E} criteria=${T} onDone=${m("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${n("eval.declareTitle")}</h2>
            <p class="hint">${n("eval.declareHint")}</p>
            <${Hi} ui=${t} committee=${s} me=${p} bids=${E} onDone=${m("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${n("eval.members")}</h2>
      ${s.allSubmitted?null:F`<p class="hint" id="sheets-hidden">${n("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${n("eval.members")}</caption>
        <thead><tr><th scope="col">${n("eval.member")}</th><th scope="col">${n("eval.role")}</th><th scope="col">${n("state")}</th><th scope="col">${n("eval.sheetDigest")}</th>
          ${T.map(_=>F`<th scope="col">${_.name}</th>`)}</tr></thead>
        <tbody>
          ${s.members.map(_=>F`<tr class=${_.memberId===p?.memberId?"me":""}>
              <td>${_.name}${_.memberId===p?.memberId?F` <strong>(${n("eval.you")})</strong>`:null}</td>
              <td>${n("eval.roles."+_.role)}</td>
              <td>${n(_.sitting?_.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${_.sheetDigest?F`<code class="hash">${_.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${T.map(I=>F`<td class="scores">${_.scores?E.map(C=>F`<span class="score">${C.organisationName}：${Vi(_.scores,C.bidId,I.key)}</span> `):_.submitted?F`<span class="hidden">${n("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${s.report?F`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${n("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${s.report.ranking.map(_=>F`<li>${g(_.organisationId)} · ${D(_.price)} · ${n("eval.total",{total:_.total,price:_.priceScore,criteria:_.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${n("eval.sheetsDigest")} <code class="hash">${s.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var U=z.bind(Z),lt="code nameZh nameEn weight",ji=`evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${lt} children { ${lt} children { ${lt} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`,Gi=`query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${ji} } }`,qi=`query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`,Wi="query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }",Yi="query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }",Ki="mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }",Zi="mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }",Qi="mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }",je=t=>`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`;function ut(t,e=null){return t.flatMap(n=>n.children?.length?ut(n.children,n):[{leaf:n,group:e}])}function zi(t,e){return t>=e.excellent*100?"EXCELLENT":t>=e.good*100?"GOOD":t>=e.fair*100?"FAIR":"POOR"}function Ge({t,grade:e,id:n}){return e?U`<strong class=${"grade grade-"+e.toLowerCase()} id=${n}>${t("perf.grades."+e)}</strong>`:null}function bn({ui:t,contract:e}){let{t:n,lang:i,claims:r,ErrorText:o,Link:a,navigate:s}=t,c=r?.role==="purchaser"&&r.organisation===e.purchaserUnit,l=r?.role==="ngo"&&r.organisation===e.supplier,u=e.status==="COMPLETED"||e.status==="TERMINATED",[f,d]=b(null),[$,v]=b(null),[m,p]=b(l?"SELF":"PURCHASER"),[E,T]=b(""),g=J(i);if(x(()=>{let h=!0,_={contractId:e.id,mine:c||l};return N(qi,{f:_},{lang:i}).then(I=>h&&d(I.performanceEvaluations.nodes),I=>h&&v(I)),()=>{h=!1}},[e.id,e.version,i]),!u&&(f??[]).length===0)return null;let y=h=>{h.preventDefault();let _={contractId:e.id,evaluator:m};m==="THIRD_PARTY"&&(_.evaluatorOrganisationId=L(E)),g.run(Ki,_,I=>s("/app/evaluations/"+I.openPerformanceEvaluation.evaluationId))};return U`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${n("perf.title")}</h2>
    <${o} error=${$} />
    ${f&&f.length===0?U`<p class="empty">${n("perf.none")}</p>`:null}
    ${f&&f.length>0?U`<ul class="evaluations">${f.map(h=>U`<li><${a} href=${"/app/evaluations/"+h.evaluationId}>${n("perf.evaluators."+h.evaluator)}<//> · ${n("perf.statuses."+h.status)}
            ${h.grade?U` · ${n("perf.totalIs",{total:h.total})} <${Ge} t=${n} grade=${h.grade} />`:null}
            ${h.concludedAt?U` · ${P(h.concludedAt,i)}`:null}</li>`)}</ul>`:null}
    ${u&&(c||l)?U`<form class="open-evaluation" onSubmit=${y}>
          ${c?U`<div class="field"><label for="evaluation-kind">${n("perf.evaluator")}</label>
                <select id="evaluation-kind" value=${m} onChange=${h=>p(h.currentTarget.value)}>
                  ${["PURCHASER","THIRD_PARTY","SELF"].map(h=>U`<option value=${h}>${n("perf.evaluators."+h)}</option>`)}
                </select></div>
              ${m==="THIRD_PARTY"?U`<div class="field"><label for="evaluation-third">${n("perf.thirdParty")}</label>
                    <input id="evaluation-third" spellcheck=${!1} value=${E} onInput=${h=>T(h.currentTarget.value)} /></div>`:null}`:null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${g.busy}>${n(l?"perf.openSelf":"perf.open")}</button>
            <${o} error=${g.error} id="open-evaluation-error" />
          </div>
        </form>`:null}
  </section>`}function Ji(t,e){return!t||!String(t.field??"").startsWith("scores")?null:e.find(({leaf:n})=>new RegExp(`\\b${n.code}\\b`).test(t.message))?.leaf.code??null}function Xi({ui:t,e,onDone:n}){let{t:i,lang:r,ErrorText:o}=t,a=ut(e.indicators),[s,c]=b(()=>Object.fromEntries(e.scores.map(h=>[h.indicator,je(h.pointsHundredths)]))),[l,u]=b(e.comment??""),[f,d]=b(null),$=J(r),v=J(r),m=a.map(({leaf:h})=>[h,L(s[h.code]??"")?ct(s[h.code]):void 0]),p=m.reduce((h,[,_])=>h+(_??0),0),E=m.filter(([,h])=>h===void 0).length,T=h=>{h.preventDefault();let _=[];for(let[I,C]of m){if(C===null||C>I.weight*100)return d({code:I.code,error:new V(i("perf.pointsInvalid",{max:I.weight}),{code:"VALIDATION",rule:"PERF-SCORE"})});C!==void 0&&_.push({indicator:I.code,pointsHundredths:C})}d(null),$.run(Zi,{evaluationId:e.evaluationId,scores:_,comment:L(l),expectedVersion:e.version},()=>n(i("perf.scoresSaved")))},g=Ji($.error,a),y=h=>f?.code===h?f.error:g===h?$.error:null;return U`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${i("perf.scoreTitle")}</h2>
    <form onSubmit=${T} novalidate>
      <table class="indicators">
        <caption>${i("perf.indicators")}</caption>
        <thead><tr><th scope="col">${i("perf.group")}</th><th scope="col">${i("perf.indicator")}</th><th scope="col">${i("perf.maxPoints")}</th><th scope="col">${i("perf.points")}</th></tr></thead>
        <tbody>${a.map(({leaf:h,group:_})=>{let I="score-"+h.code,C=y(h.code),A=r==="en"?h.nameEn:h.nameZh;return U`<tr>
            <td>${_?`${r==="en"?_.nameEn:_.nameZh}\uFF08${_.weight}\uFF09`:"\u2014"}</td>
            <th scope="row">${A}</th>
            <td>${h.weight}</td>
            <td class=${"field"+(C?" invalid":"")}>
              <label class="sr-only" for=${I}>${i("perf.scoreLabel",{name:A,max:h.weight})}</label>
              <input id=${I} inputmode="decimal" size="6" value=${s[h.code]??""} aria-invalid=${C?"true":void 0}
                aria-describedby=${C?I+"-error":void 0} onInput=${k=>c({...s,[h.code]:k.currentTarget.value})} />
              ${C?U`<${o} error=${C} id=${I+"-error"} />`:null}
            </td>
          </tr>`})}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${E>0?i("perf.totalSoFar",{total:je(p),blank:E}):U`${i("perf.totalWouldBe",{total:je(p)})} <${Ge} t=${i} grade=${zi(p,e.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${i("perf.comment")}</label>
        <textarea id="evaluation-comment" rows="3" value=${l} onInput=${h=>u(h.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${$.busy}>${i("perf.submitScores")}</button>
        ${$.error&&!g?U`<${o} error=${$.error} id="submit-scores-error" />`:null}
      </div>
    </form>
    ${e.submissions>0?U`<div class="action">
          <p class="hint">${i("perf.concludeHint")}</p>
          <button type="button" id="conclude-evaluation" disabled=${v.busy}
            onClick=${()=>v.run(Qi,{evaluationId:e.evaluationId,expectedVersion:e.version},()=>n(i("perf.concluded")))}>${i("perf.conclude")}</button>
          <${o} error=${v.error} id="conclude-evaluation-error" />
        </div>`:null}
  </section>`}function er(t,e){let n={SELF:"ngo",PURCHASER:"purchaser",THIRD_PARTY:"evaluator"}[e.evaluator];return!!t&&t.role===n&&!!t.organisation&&t.organisation===e.evaluatorOrganisationId}function yn({ui:t,id:e}){let{t:n,lang:i,claims:r,ErrorText:o,Link:a}=t,[s,c]=b(void 0),[l,u]=b(null),[f,d]=b(null),[$,v]=b(null),[m,p]=b(0);if(x(()=>{let g=!0;return N(Gi,{id:e},{lang:i}).then(async y=>{if(g&&(c(y.performanceEvaluation),y.performanceEvaluation?.contractId)){let h=await N(Wi,{id:y.performanceEvaluation.contractId},{lang:i});g&&u(h.contract)}}).catch(y=>g&&d(y)),()=>{g=!1}},[e,i,m]),f)return U`<main id="main"><${o} error=${f} /></main>`;if(s===void 0)return U`<main id="main"><p role="status">${n("loading")}</p></main>`;if(s===null)return U`<main id="main"><h1>${n("perf.notFound")}</h1></main>`;let E=Object.fromEntries(s.scores.map(g=>[g.indicator,g.pointsHundredths])),T=er(r,s)&&s.status==="OPEN";return U`<main id="main" class="evaluation">
    <h1>${n("perf.pageTitle",{title:l?.title??"\u2026"})} <span class="status" id="evaluation-status">${n("perf.statuses."+s.status)}</span></h1>
    ${$?U`<p class="notice" role="status">${$}</p>`:null}
    <p>${n("perf.evaluators."+s.evaluator)} · ${n("perf.openedAt",{at:P(s.openedAt,i)})}
      ${l?U` · <${a} href=${"/app/contracts/"+l.id}>${n("perf.theContract")}<//>`:null}</p>
    ${s.status==="CONCLUDED"?U`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${n("perf.result")}</h2>
          <p id="evaluation-result">${n("perf.resultText",{total:s.total,at:P(s.concludedAt,i)})} <${Ge} t=${n} grade=${s.grade} id="evaluation-grade" /></p>
          ${s.comment?U`<p>${n("perf.comment")}：${s.comment}</p>`:null}
        </section>`:null}
    ${T?U`<${Xi} key=${s.version} ui=${t} e=${s} onDone=${g=>(v(g),p(y=>y+1))} />`:U`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${n("perf.indicators")}</h2>
          <table class="indicators"><caption class="sr-only">${n("perf.indicators")}</caption>
            <thead><tr><th scope="col">${n("perf.group")}</th><th scope="col">${n("perf.indicator")}</th><th scope="col">${n("perf.maxPoints")}</th><th scope="col">${n("perf.points")}</th></tr></thead>
            <tbody>${ut(s.indicators).map(({leaf:g,group:y})=>U`<tr>
                <td>${y?i==="en"?y.nameEn:y.nameZh:"\u2014"}</td>
                <th scope="row">${i==="en"?g.nameEn:g.nameZh}</th>
                <td>${g.weight}</td>
                <td>${E[g.code]!=null?je(E[g.code]):"\u2014"}</td>
              </tr>`)}</tbody></table>
        </section>`}
  </main>`}function En({ui:t,organisationId:e}){let{t:n,lang:i,Link:r}=t,[o,a]=b(null);return x(()=>{let s=!0;return N(Yi,{id:e},{lang:i}).then(c=>s&&a(c.supplierGrades),()=>s&&a([])),()=>{s=!1}},[e,i]),!o||o.length===0?null:U`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${n("perf.gradesTitle")}</h2>
    <table class="grades"><caption class="sr-only">${n("perf.gradesTitle")}</caption>
      <thead><tr><th scope="col">${n("perf.concludedAt")}</th><th scope="col">${n("perf.evaluator")}</th><th scope="col">${n("perf.total")}</th><th scope="col">${n("perf.grade")}</th><th scope="col">${n("perf.contract")}</th></tr></thead>
      <tbody>${o.map(s=>U`<tr>
          <td>${P(s.concludedAt,i)}</td>
          <td>${n("perf.evaluators."+s.evaluator)}${s.countsForEligibility?null:U`<br /><span class="hint">${n("perf.notCounted")}</span>`}</td>
          <td>${s.score}</td>
          <td><${Ge} t=${n} grade=${s.grade} /></td>
          <td><${r} href=${"/app/contracts/"+s.contractId}>${n("perf.theContract")}<//></td>
        </tr>`)}</tbody></table>
  </section>`}var w=z.bind(Z),tr=`id version status ocdsStatus procurement { id title } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,nr=`query Contract($id: UUID!) { contract(id: $id) { ${tr} } }`,ir="query Supplier($id: UUID!) { organisation(id: $id) { name } }",Tn="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",rr=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${Tn} } } }`,or=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${Tn} } } }`,ar="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",sr="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",dr="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",cr="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }",_n=100;function lr(t){let e=t<0,n=Math.abs(t),i=`${Math.floor(n/100)}.${String(n%100).padStart(2,"0")}`;return e?"-"+i:i}var te=t=>D(lr(t)),ur=t=>te(t).replace("\xA5","");function pr(t){let e=Me(t).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(e)?Number(e):null}function An({t,status:e}){return e?w`<span class=${"status status-"+e.toLowerCase()} id="contract-status">${t("con.statuses."+e)}</span>`:null}function In(t){let e={};return t.map(n=>{let i=n.kind==="DELIVERY"?"D":"P";return e[i]=(e[i]??0)+1,{...n,id:i+e[i]}})}function Sn({ui:t,p:e,supplierName:n}){let{t:i,lang:r,ErrorText:o,navigate:a}=t,s=ae(e.award.price)??0,[c,l]=b(e.serviceStart),[u,f]=b(e.serviceEnd),[d,$]=b([{kind:"DELIVERY",title:"",due:e.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:e.serviceEnd,amount:"",follows:"D1"}]),[v,m]=b(null),p=J(r),E=In(d),T=E.filter(O=>O.kind==="DELIVERY"),y=E.filter(O=>O.kind==="PAYMENT").map(O=>L(O.amount)?ae(O.amount):0),h=y.reduce((O,Y)=>O+(Y??0),0),_=y.some(O=>O==null),I=s-h,C=(O,Y,K)=>$(W=>W.map((X,Xn)=>Xn===O?{...X,[Y]:K}:X)),A=O=>$(Y=>[...Y,{kind:O,title:"",due:u,amount:"",follows:O==="PAYMENT"?In(Y).filter(K=>K.kind==="DELIVERY").pop()?.id??"":""}]),k=O=>$(Y=>Y.filter((K,W)=>W!==O)),M=O=>{O.preventDefault();let Y=E.findIndex(W=>W.kind==="PAYMENT"&&ae(W.amount)==null);if(Y>=0)return m(new V(i("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+Y}));m(null);let K={procurementId:e.id,supplier:e.award.organisationId,amountFen:s,serviceStart:c,serviceEnd:u,milestones:E.map(W=>({id:W.id,kind:W.kind,title:L(W.title),due:W.due,...W.kind==="PAYMENT"?{amountFen:ae(W.amount),follows:W.follows||null}:{}}))};p.run(ar,K,W=>a("/app/contracts/"+W.signContract.id+"?signed=1"))},re=v??p.error,zn=O=>re?.field==="milestone-"+O?re:null,Qe=String(re?.field??""),vt=Qe.startsWith("milestone-"),ze=!!re&&!vt&&(Qe.startsWith("milestones")||re.rule==="CON-PAYMENT"&&!Qe),Jn=!!re&&!vt&&!ze,ye;return _?ye=i("con.sumUnreadable"):I===0?ye=i("con.sumMatches",{sum:te(h)}):I>0?ye=i("con.sumShort",{sum:te(h),gap:te(I)}):ye=i("con.sumOver",{sum:te(h),gap:te(-I)}),w`<section class="decision sign" aria-labelledby="sign-heading">
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
          <input id="sign-end" type="date" value=${u} onInput=${O=>f(O.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(ze?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${i("con.milestones")}</legend>
        ${E.map((O,Y)=>{let K="ms-"+Y,W=zn(Y);return w`<div class=${"milestone-row kind-"+O.kind.toLowerCase()} data-id=${O.id}>
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
                      onBlur=${()=>ae(O.amount)!=null&&C(Y,"amount",ur(ae(O.amount)))} />
                    ${W?w`<${o} error=${W} id=${K+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${K+"-follows"}>${i("con.follows",{id:O.id})}</label>
                    <select id=${K+"-follows"} value=${O.follows} onChange=${X=>C(Y,"follows",X.currentTarget.value)}>
                      <option value="">${i("con.followsNone")}</option>
                      ${T.map(X=>w`<option value=${X.id}>${X.id} ${X.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>k(Y)} aria-label=${i("con.removeMilestone",{id:O.id})}>${i("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${d.length>=_n} onClick=${()=>A("DELIVERY")}>${i("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" disabled=${d.length>=_n} onClick=${()=>A("PAYMENT")}>${i("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(I===0&&!_?" ok":" off")} aria-live="polite">${ye}</p>
        ${ze?w`<${o} error=${re} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${p.busy}>${p.busy?i("submitting"):i("con.sign")}</button>
        ${Jn?w`<${o} error=${re} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function mr({t,c:e}){let n=e.paidFen,i=Math.max(0,e.acceptedFen-e.paidFen),r=Math.max(0,e.totalFen-Math.max(e.acceptedFen,e.paidFen)),o=t("con.chartDescribe",{paid:te(n),owed:te(i),later:te(r),total:te(e.totalFen)});return w`<${Ve}
    id="paid-chart"
    title=${t("con.chartTitle")}
    describe=${o}
    format=${te}
    parts=${[{key:"paid",label:t("con.chartPaid"),value:n,className:"paid"},{key:"owed",label:t("con.chartOwed"),value:i,className:"owed"},{key:"later",label:t("con.chartLater"),value:r,className:"later"}]}
  />`}function $r({ui:t,c:e,onDone:n}){let{t:i,lang:r,ErrorText:o}=t,a=e.milestones.filter(C=>C.kind==="DELIVERY"&&!C.accepted),[s,c]=b(a[0]?.id??""),[l,u]=b("true"),[f,d]=b(""),[$,v]=b(""),[m,p]=b(""),[E,T]=b(null),g=J(r);if(a.length===0)return null;let y=C=>{C.preventDefault();let A=pr(f);if(A==null)return T(new V(i("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));T(null),g.run(sr,{contractId:e.id,milestoneId:s,passed:l==="true",recipientsParticipating:A,recipientsNote:L($),report:L(m),expectedVersion:e.version},()=>n(i(l==="true"?"con.acceptedPassed":"con.acceptedFailed")))},h=E??g.error,_=C=>h&&h.field===C,I=h&&!_("recipientsParticipating")&&!_("report");return w`<form class="accept" onSubmit=${y} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${i("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${i("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${s} onChange=${C=>c(C.currentTarget.value)}>
        ${a.map(C=>w`<option value=${C.id}>${C.id} ${C.title}（${G(C.due,r)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${i("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${l==="true"} onChange=${()=>u("true")} />
        <label for="accept-passed">${i("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${l==="false"} onChange=${()=>u("false")} />
        <label for="accept-failed">${i("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(_("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${i("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${f} aria-invalid=${_("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(_("recipientsParticipating")?" accept-recipients-error":"")} onInput=${C=>d(C.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${i("con.recipientsHint")}</p>
      ${_("recipientsParticipating")?w`<${o} error=${h} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${i("con.recipientsNote")}</label>
      <input id="accept-note" value=${$} onInput=${C=>v(C.currentTarget.value)} /></div>
    <div class=${"field"+(_("report")?" invalid":"")}><label for="accept-report">${i("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${m} aria-invalid=${_("report")?"true":void 0}
        aria-describedby=${_("report")?"accept-report-error":void 0} onInput=${C=>p(C.currentTarget.value)}></textarea>
      ${_("report")?w`<${o} error=${h} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${g.busy}>${i("con.acceptSubmit")}</button>
      ${I?w`<${o} error=${h} id="accept-error" />`:null}
    </div>
  </form>`}function hr({ui:t,c:e,onDone:n}){let{t:i,lang:r,ErrorText:o}=t,a=e.milestones.filter(I=>I.kind==="PAYMENT"&&I.paidFen<I.amountFen),[s,c]=b(a[0]?.id??""),[l,u]=b(""),[f,d]=b(""),[$,v]=b(null),m=J(r);if(a.length===0)return null;let p=a.find(I=>I.id===s)??a[0],E=I=>{I.preventDefault();let C=ae(l);if(C==null)return v(new V(i("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));v(null),m.run(dr,{contractId:e.id,milestoneId:p.id,amountFen:C,reference:L(f),expectedVersion:e.version},()=>n(i("con.paymentRecorded")))},T=$??m.error,g=T&&(T.field==="amountFen"||T.field==="amount"),y=T&&T.field==="reference",h=T&&!g&&!y,_=e.milestones.find(I=>I.id===p.follows);return w`<form class="pay" onSubmit=${E} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${i("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${i("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${p.id} aria-describedby="pay-milestone-hint" onChange=${I=>c(I.currentTarget.value)}>
        ${a.map(I=>w`<option value=${I.id}>${I.id} ${I.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${i("con.payHint",{left:te(p.amountFen-p.paidFen),delivery:_?`${_.id} ${_.title}`:"\u2014",state:_?.accepted?i("con.deliveryAccepted"):i("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+(g?" invalid":"")}><label for="pay-amount">${i("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${l} aria-invalid=${g?"true":void 0}
        aria-describedby=${g?"pay-amount-error":void 0} onInput=${I=>u(I.currentTarget.value)} />
      ${g?w`<${o} error=${T} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(y?" invalid":"")}><label for="pay-reference">${i("con.reference")}</label>
      <input id="pay-reference" value=${f} aria-invalid=${y?"true":void 0}
        aria-describedby=${y?"pay-reference-error":void 0} onInput=${I=>d(I.currentTarget.value)} />
      ${y?w`<${o} error=${T} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${m.busy}>${i("con.paySubmit")}</button>
      ${h?w`<${o} error=${T} id="pay-error" />`:null}
    </div>
  </form>`}function fr({ui:t,c:e,onDone:n}){let{t:i,lang:r,ErrorText:o}=t,a=J(r);return w`<div class="action">
    <button type="button" id="complete" disabled=${a.busy} onClick=${()=>a.run(cr,{contractId:e.id,expectedVersion:e.version},()=>n(i("con.completed")))}>${i("con.complete")}</button>
    <${o} error=${a.error} id="complete-error" />
  </div>`}function gr(t,e){return e.kind==="PAYMENT"?e.paidFen>=e.amountFen?t("con.paidInFull"):e.paidFen>0?t("con.partlyPaid"):t("con.ocds."+e.ocdsStatus):t("con.ocds."+e.ocdsStatus)}function Cn({ui:t,id:e,flash:n}){let{t:i,lang:r,claims:o,ErrorText:a,Link:s}=t,[c,l]=b(void 0),[u,f]=b(null),[d,$]=b(null),[v,m]=b(n),[p,E]=b(0);if(x(()=>{let A=!0;return N(nr,{id:e},{lang:r}).then(async k=>{if(A&&(l(k.contract),k.contract?.supplier)){let M=await N(ir,{id:k.contract.supplier},{lang:r});A&&f(M.organisation?.name??k.contract.supplier)}}).catch(k=>A&&$(k)),()=>{A=!1}},[e,r,p]),d)return w`<main id="main"><${a} error=${d} /></main>`;if(c===void 0)return w`<main id="main"><p role="status">${i("loading")}</p></main>`;if(c===null)return w`<main id="main"><h1>${i("con.notFound")}</h1></main>`;let g=o?.role==="purchaser"&&o.organisation===c.purchaserUnit&&(c.status==="ACTIVE"||c.status==="SUSPENDED"),y=A=>(m(A),E(k=>k+1)),h=(A,k,M)=>w`<div><dt>${i(A)}</dt><dd id=${M}>${k}</dd></div>`,_=Object.fromEntries(c.milestones.map(A=>[A.id,A])),I=c.milestones.flatMap(A=>A.acceptances.map((k,M)=>({m:A,a:k,inForce:M===A.acceptances.length-1}))),C=c.milestones.filter(A=>A.kind==="DELIVERY").every(A=>A.accepted);return w`<main id="main" class="contract">
    <h1>${c.title} <${An} t=${i} status=${c.status} /></h1>
    ${v?w`<p class="notice" role="status">${v}</p>`:null}
    <p>${i("con.between",{purchaser:c.purchaser,supplier:u??"\u2026"})} · ${i("jurisdiction")} ${c.jurisdiction} ·${" "}
      <${s} href=${"/app/procurements/"+c.procurement.id}>${i("con.fromProcurement")}<//></p>
    ${c.overdue.unpaidFen>0?w`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${i("con.overdueTitle",{unpaid:te(c.overdue.unpaidFen)})}</h2>
          <ul>${c.overdue.milestones.map(A=>w`<li>${A.milestoneId} ${A.title}：${i("con.overdueSince",{due:G(A.due,r),unpaid:D(A.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${i("con.money")}</h2>
      <dl class="facts money-facts">
        ${h("con.amount",D(c.amount),"contract-amount")}
        ${h("con.supplemented",D(c.supplemented),"contract-supplemented")}
        ${h("con.total",D(c.total),"contract-total")}
        ${h("con.accepted",D(c.accepted),"contract-accepted")}
        ${h("con.paid",D(c.paid),"contract-paid")}
        ${h("con.remaining",D(c.remaining),"contract-remaining")}
        ${h("con.overdue",c.overdue.unpaidFen>0?w`<strong class="badge overdue">${D(c.overdue.unpaid)}</strong>`:D(c.overdue.unpaid),"contract-overdue")}
      </dl>
      <${mr} t=${i} c=${c} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${i("con.terms")}</h2>
      <dl class="facts">
        ${h("con.supplier",u??c.supplier,"contract-supplier")}
        ${h("proc.purchaser",c.purchaser)}
        ${h("proc.item",w`<code>${c.item.code}</code> ${c.item.nameZh}`)}
        ${h("proc.method",i("proc.methods."+c.method))}
        ${h("proc.servicePeriod",`${G(c.serviceStart,r)} \u2013 ${G(c.serviceEnd,r)}`)}
        ${h("con.signedAt",P(c.signedAt,r)+" "+i("proc.chinaTime"))}
        ${c.endedAt?h("con.endedAt",P(c.endedAt,r)):null}
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
            <td>${G(A.due,r)}</td>
            <td class="money">${A.kind==="PAYMENT"?D(A.amount):""}</td>
            <td class="money">${A.kind==="PAYMENT"?D(A.paid):""}</td>
            <td>${gr(i,A)}</td>
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
                <td>${P(k.acceptedAt,r)}</td>
                <td>${k.paymentDue?G(k.paymentDue,r):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${i("con.payments")}</h2>
      ${c.payments.length===0?w`<p class="empty">${i("con.noPayments")}</p>`:null}
      ${c.payments.length>0?w`<table class="payments"><caption class="sr-only">${i("con.payments")}</caption>
            <thead><tr><th scope="col">${i("con.paidAt")}</th><th scope="col">${i("con.milestoneId")}</th><th scope="col">${i("con.amountShort")}</th><th scope="col">${i("con.reference")}</th><th scope="col">${i("con.onTime")}</th></tr></thead>
            <tbody>${c.payments.map(A=>w`<tr class=${A.late?"overdue":""}>
                <td>${P(A.paidAt,r)}</td>
                <td><code>${A.milestoneId}</code> ${_[A.milestoneId]?.title??""}</td>
                <td class="money">${D(A.amount)}</td>
                <td>${A.reference}</td>
                <td>${A.late?w`<span class="badge overdue">${i("con.late")}</span>`:i("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${c.supplements.length>0?w`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${i("con.supplements")}</h2>
          <ul>${c.supplements.map(A=>w`<li>${P(A.supplementedAt,r)}：${D(A.amount)} · ${A.description}</li>`)}</ul>
        </section>`:null}
    ${c.corrections.length>0?w`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${i("con.corrections")}</h2>
          <ul>${c.corrections.map(A=>w`<li>${P(A.correctedAt,r)}：${A.what==="PAYMENT"?i("con.correctedPayment",{from:te(A.oldAmountFen),to:te(A.newAmountFen)}):i("con.correctedAcceptance",{id:A.milestoneId,from:i(A.oldPassed?"con.passed":"con.failed"),to:i(A.newPassed?"con.passed":"con.failed")})} · ${A.reason}</li>`)}</ul>
        </section>`:null}
    ${c.statusChanges.length>0?w`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${i("con.statusChanges")}</h2>
          <ul>${c.statusChanges.map(A=>w`<li>${P(A.at,r)}：${i("con.statuses."+A.status)}${A.reason?" \xB7 "+A.reason:""}</li>`)}</ul>
        </section>`:null}
    <${bn} ui=${t} contract=${c} />
    ${g?w`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${i("con.actions")}</h2>
          ${c.status==="ACTIVE"?w`<${$r} key=${"a"+p} ui=${t} c=${c} onDone=${y} />`:null}
          <${hr} key=${"p"+p} ui=${t} c=${c} onDone=${y} />
          ${c.status==="ACTIVE"&&C?w`<${fr} ui=${t} c=${c} onDone=${y} />`:null}
        </section>`:null}
  </main>`}async function vr(t,e){if(t.length===0)return{};let n=t.map((o,a)=>`$o${a}: UUID!`).join(", "),i=t.map((o,a)=>`o${a}: organisation(id: $o${a}) { id name }`).join(" "),r=await N(`query Names(${n}) { ${i} }`,Object.fromEntries(t.map((o,a)=>["o"+a,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.name]))}function wn({ui:t}){let{t:e,lang:n,claims:i,ErrorText:r,Link:o}=t,a=i?.role==="ngo",[s,c]=b(null),[l,u]=b({}),[f,d]=b(null);x(()=>{let m=!0;return N(a?rr:or,{},{lang:n}).then(async p=>{if(!m)return;let E=(a?p.myContracts:p.contracts).nodes;if(c(E),!a){let T=await vr([...new Set(E.map(g=>g.supplier))].slice(0,100),n);m&&u(T)}}).catch(p=>m&&d(p)),()=>{m=!1}},[n,a]);let $=(s??[]).flatMap(m=>m.payments.map(p=>({c:m,pm:p}))).sort((m,p)=>p.pm.paidAt.localeCompare(m.pm.paidAt)),v=e(a?"con.myTitle":"con.unitTitle");return w`<main id="main">
    <h1>${v}</h1>
    <p>${e(a?"con.myIntro":"con.unitIntro")}</p>
    <${r} error=${f} />
    ${s==null&&!f?w`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?w`<p class="empty">${e("con.none")}</p>`:null}
    ${s&&s.length>0?w`<table class="board contracts">
          <caption>${v}</caption>
          <thead><tr><th scope="col">${e("con.title")}</th><th scope="col">${e(a?"proc.purchaser":"con.supplier")}</th><th scope="col">${e("con.total")}</th><th scope="col">${e("con.paid")}</th><th scope="col">${e("con.remaining")}</th><th scope="col">${e("con.overdue")}</th><th scope="col">${e("state")}</th></tr></thead>
          <tbody>${s.map(m=>w`<tr class=${m.overdue.unpaidFen>0?"overdue":""}>
              <td><${o} href=${"/app/contracts/"+m.id}>${m.title}<//></td>
              <td>${a?m.purchaser:l[m.supplier]??w`<code>${m.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${D(m.total)}</td>
              <td class="money">${D(m.paid)}</td>
              <td class="money">${D(m.remaining)}</td>
              <td class="money">${m.overdue.unpaidFen>0?w`<span class="badge overdue">${te(m.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${An} t=${e} status=${m.status} /></td>
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
                    <td class="money">${D(p.amount)}</td>
                    <td>${p.reference}</td>
                    <td>${p.late?w`<span class="badge overdue">${e("con.late")}</span>`:e("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var R=z.bind(Z),br=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],yr=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],Pn="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",Er=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${Pn} } }
}`,_r=`${Pn} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects }
  report { committeeId ranking { rank bidId organisationId price total } }
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt }
  ended { rule reason at }
  contract { id status }`,Ir=`query One($id: UUID!) { procurement(id: $id) { ${_r} } }`,Rn=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,Tr=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,Ar=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,Sr="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",Cr="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",wr="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",Rr="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",Dr="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",Pr="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",Nr="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }";function Dn(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function qe(t){let e=new Date(Be()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function Ye(t,e){return t.openedBids.find(n=>n.organisationId===e)?.organisationName??e}function Nn({t,status:e}){return e?R`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function kn({ui:t,params:e}){let{t:n,lang:i,claims:r,ErrorText:o,Link:a,navigate:s}=t,c=r?.role==="purchaser",[l,u]=b(e.get("jurisdiction")??r?.jurisdiction??""),[f,d]=b(e.get("status")??""),[$,v]=b(e.get("item")??""),m=c&&e.get("mine")==="1",[p,E]=b(null),[T,g]=b(null),y=e.toString();x(()=>{let _=e.get("jurisdiction")??r?.jurisdiction;if(!m&&!_)return E(null);let I=m?{mine:!0}:{jurisdiction:_};e.get("status")&&(I.status=e.get("status")),!m&&e.get("item")&&(I.item=e.get("item"));let C=!0;return g(null),N(Er,{f:I},{lang:i}).then(A=>C&&E(A.procurements),A=>C&&(g(A),E(null))),()=>{C=!1}},[y,i,m]);let h=_=>{_.preventDefault();let I=new URLSearchParams;L(l)&&I.set("jurisdiction",L(l)),f&&I.set("status",f),L($)&&I.set("item",L($).toUpperCase()),s("/app/procurements?"+I.toString())};return R`<main id="main">
    <h1>${n(m?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${n(m?"proc.mineIntro":"proc.boardIntro")}</p>
    ${c?R`<p class="actions">
          <${a} href="/app/procurements/new" class="button">${n("proc.draftTitle")}<//>
          ${" "}<${a} href=${m?"/app/procurements":"/app/procurements?mine=1"}>${n(m?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${m?null:R`<form class="search board-filter" role="search" onSubmit=${h} aria-label=${n("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${n("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${_=>u(_.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${n("state")}</label>
            <select id="board-status" value=${f} onChange=${_=>d(_.currentTarget.value)}>
              <option value="">${n("proc.anyStatus")}</option>
              ${br.map(_=>R`<option value=${_}>${n("proc.statuses."+_)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${n("proc.itemCode")}</label>
            <input id="board-item" value=${$} spellcheck=${!1} onInput=${_=>v(_.currentTarget.value)} /></div>
          <button type="submit">${n("search")}</button>
        </form>`}
    <${o} error=${T} />
    ${p&&p.nodes.length===0?R`<p class="empty" role="status">${n("proc.boardEmpty")}</p>`:null}
    ${p&&p.nodes.length>0?R`<table class="board">
          <caption>${n("proc.boardCount",{count:p.totalCount})}</caption>
          <thead><tr><th scope="col">${n("proc.title")}</th><th scope="col">${n("proc.purchaser")}</th><th scope="col">${n("proc.item")}</th><th scope="col">${n("proc.budget")}</th><th scope="col">${n("proc.bidDeadline")}</th><th scope="col">${n("state")}</th></tr></thead>
          <tbody>
            ${p.nodes.map(_=>R`<tr>
                <td><${a} href=${"/app/procurements/"+_.id}>${_.title}<//></td>
                <td>${_.purchaser}</td>
                <td><code>${_.item.code}</code> ${_.item.nameZh}</td>
                <td class="money">${D(_.budget)}</td>
                <td>${P(_.bidDeadline,i)}</td>
                <td><${Nn} t=${n} status=${_.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function mt(t,e){let n=[],i=null;for(let s=0;s<5;s++){let c=await N(Ar,{j:t,after:i},{lang:e});if(!c.catalogue)return null;if(n.push(...c.catalogue.items.nodes),!c.catalogue.items.pageInfo.hasNextPage)break;i=c.catalogue.items.pageInfo.endCursor}let r=new Map;for(let s of n)r.set(s.parent??"",[...r.get(s.parent??"")??[],s]);let o=[],a=(s,c)=>{for(let l of(r.get(s)??[]).sort((u,f)=>u.code.localeCompare(f.code)))o.push({...l,depth:c}),c<10&&a(l.code,c+1)};return a("",0),o}function pt(t){let e=L(t).replace(/[\uFF10-\uFF19]/g,n=>String.fromCharCode(n.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var kr=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],Or={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function Lr(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(kr.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:Or[t.rule]??null}function On({ui:t}){let{t:e,lang:n,claims:i,ErrorText:r,navigate:o}=t,[a,s]=b(void 0),[c,l]=b(null),[u,f]=b(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:qe(60),serviceEnd:qe(330),bidDeadline:qe(21)+"T17:00",openingAt:qe(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:e("proc.defaultPlan"),points:"40"},{name:e("proc.defaultTeam"),points:"30"}]})),[d,$]=b(null),v=J(n);x(()=>{let I=!0;return mt(i.jurisdiction,n).then(C=>I&&s(C),C=>I&&l(C)),()=>{I=!1}},[i.jurisdiction,n]);let m=(I,C)=>f(A=>({...A,[I]:C})),p=(I,C,A)=>f(k=>({...k,criteria:k.criteria.map((M,re)=>re===I?{...M,[C]:A}:M)})),E=I=>{I.preventDefault();let C=ae(u.budget),A=ae(u.bidSecurity||"0");if(C==null)return $(new V(e("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(A==null)return $(new V(e("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([u.minRating,u.minYears].some(M=>L(M)&&pt(M)==null))return $(new V(e("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));$(null);let k={purchaser:L(u.purchaser),title:L(u.title),description:L(u.description),item:u.item,method:u.method,budgetFen:C,bidSecurityFen:A,serviceStart:u.serviceStart,serviceEnd:u.serviceEnd,requirements:{kinds:u.kinds,minRating:pt(u.minRating),minYearsRegistered:pt(u.minYears)},scoring:{priceWeightPercent:Number(u.priceWeight)||0,criteria:u.criteria.filter(M=>L(M.name)).map((M,re)=>({key:"c"+(re+1),name:L(M.name),maxPoints:Number(M.points)||0}))},bidDeadline:Dn(u.bidDeadline),openingAt:Dn(u.openingAt)};v.run(Sr,k,M=>o("/app/procurements/"+M.draftProcurement.id+"?drafted=1"))},T=d??v.error,g=Lr(T),y=I=>({id:"draft-"+I,"aria-invalid":g===I?"true":void 0,"aria-describedby":g===I?"draft-"+I+"-error":void 0}),h=I=>g===I?R`<${r} error=${T} id=${"draft-"+I+"-error"} />`:null,_=(I,C,A={})=>R`<div class=${"field"+(g===I?" invalid":"")}>
    <label for=${"draft-"+I}>${e(C)}</label>
    <input ...${y(I)} value=${u[A.key??I]} type=${A.type??"text"} inputmode=${A.inputmode}
      onInput=${k=>m(A.key??I,k.currentTarget.value)} />
    ${A.hint?R`<p class="hint">${e(A.hint)}</p>`:null}
    ${h(I)}
  </div>`;return R`<main id="main">
    <h1>${e("proc.draftTitle")}</h1>
    <p>${e("proc.draftIntro",{jurisdiction:i.jurisdiction})}</p>
    <${r} error=${c} />
    ${a===null?R`<p class="error" role="alert">${e("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${E} novalidate>
      ${_("purchaser","proc.purchaser")}
      ${_("title","proc.title")}
      <div class=${"field"+(g==="description"?" invalid":"")}>
        <label for="draft-description">${e("proc.description")}</label>
        <textarea ...${y("description")} rows="3" value=${u.description} onInput=${I=>m("description",I.currentTarget.value)}></textarea>
        ${h("description")}
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
        ${h("item")}
      </div>
      <div class="field">
        <label for="draft-method">${e("proc.method")}</label>
        <select id="draft-method" value=${u.method} onChange=${I=>m("method",I.currentTarget.value)}>
          ${yr.map(I=>R`<option value=${I}>${e("proc.methods."+I)}</option>`)}
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
        ${h("requirements")}
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
        ${h("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${v.busy}>${v.busy?e("submitting"):e("proc.saveDraft")}</button>
        ${T&&!g?R`<${r} error=${T} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function We({ui:t,id:e,label:n,mutation:i,input:r,onDone:o,className:a}){let{lang:s,ErrorText:c}=t,l=J(s);return R`<div class="action">
    <button type="button" id=${e} class=${a} disabled=${l.busy} onClick=${()=>l.run(i,r,o)}>${n}</button>
    <${c} error=${l.error} id=${e+"-error"} />
  </div>`}function xr({ui:t,p:e,challenge:n,onDone:i}){let{t:r,lang:o,ErrorText:a}=t,[s,c]=b("DISMISSED"),[l,u]=b(""),f=J(o),d="answer-"+n.challengeId;return R`<form class="answer" onSubmit=${v=>{v.preventDefault(),f.run(Nr,{procurementId:e.id,challengeId:n.challengeId,decision:s,reply:L(l),expectedVersion:e.version},i)}}>
    <div class="field"><label for=${d+"-decision"}>${r("proc.decision")}</label>
      <select id=${d+"-decision"} value=${s} onChange=${v=>c(v.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(v=>R`<option value=${v}>${r("proc.decisions."+v)}</option>`)}
      </select></div>
    <div class="field"><label for=${d+"-reply"}>${r("proc.reply")}</label>
      <textarea id=${d+"-reply"} rows="2" value=${l} onInput=${v=>u(v.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${f.busy}>${r("proc.answer")}</button>
      <${a} error=${f.error} id=${d+"-error"} />
    </div>
  </form>`}function Fr({ui:t,p:e,generation:n,onDone:i}){let{t:r,lang:o,ErrorText:a}=t,[s,c]=b([]),[l,u]=b("5"),[f,d]=b(null),$=J(o);x(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let p=!0;return N(Tr,{id:e.id},{lang:o}).then(E=>p&&c(E.procurementCommittees),E=>p&&d(E)),()=>{p=!1}},[e.id,n,o]);let v={procurementId:e.id,expectedVersion:e.version},m=p=>()=>i(r(p));return R`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${r("proc.purchaserActions")}</h2>
    <${a} error=${f} />
    ${e.status==="DRAFT"?R`<p>${r("proc.publishIntro")}</p>
          <${We} ui=${t} id="publish" label=${r("proc.publish")} mutation=${Cr} input=${v} onDone=${m("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?R`<p>${r("proc.openIntro",{at:P(e.openingAt,o)})}</p>
          <${We} ui=${t} id="open-bids" label=${r("proc.openBids")} mutation=${wr} input=${v} onDone=${m("proc.opened")} />`:null}
    ${e.status==="OPENED"||s.length>0?R`<h3>${r("proc.committees")}</h3>
          ${s.length===0?R`<p class="empty">${r("proc.noCommittee")}</p>`:null}
          ${s.length>0?R`<table class="committees"><caption>${r("proc.committees")}</caption>
                <thead><tr><th scope="col">${r("state")}</th><th scope="col">${r("proc.seats")}</th><th scope="col">${r("proc.submitted")}</th><th scope="col">${r("proc.constitutedAt")}</th></tr></thead>
                <tbody>${s.map(p=>R`<tr><td>${r("proc.committeeStatuses."+p.status)}</td><td>${p.sitting} / ${p.seats}</td><td>${p.submitted} / ${p.sitting}</td><td>${P(p.constitutedAt,o)}</td></tr>`)}</tbody></table>`:null}
          ${s.filter(p=>p.status==="SCORING").map(p=>p.submitted<p.sitting?R`<p class="hint" id="committee-waiting">${r("proc.waitingSheets",{count:p.sitting-p.submitted})}</p>`:R`<${We} ui=${t} id="conclude" label=${r("proc.conclude")} mutation=${Dr}
                    input=${{committeeId:p.committeeId,expectedVersion:p.version}} onDone=${m("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!s.some(p=>p.status==="SCORING")?R`<form class="constitute" onSubmit=${p=>{p.preventDefault(),$.run(Rr,{procurementId:e.id,experts:Number(l)||0,representatives:[]},m("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${r("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${p=>u(p.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${$.busy}>${r("proc.constitute")}</button>
                  <${a} error=${$.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?R`<h3>${r("proc.award")}</h3>
          <p>${r("proc.awardIntro")}</p>
          ${e.report.ranking.map(p=>R`<${We} ui=${t} id=${"award-"+p.rank} label=${r("proc.awardTo",{rank:p.rank,name:Ye(e,p.organisationId),price:D(p.price)})}
              mutation=${Pr} input=${{...v,bidId:p.bidId}} onDone=${m("proc.awarded")} />`)}`:null}
    ${e.challenges.filter(p=>!p.decision).map(p=>R`<h3>${r("proc.answerChallenge",{due:G(p.replyDue,o)})}</h3>
          <p>${p.grounds}</p>
          <${xr} ui=${t} p=${e} challenge=${p} onDone=${m("proc.answered")} />`)}
  </section>`}function Ln({ui:t,id:e,flash:n}){let{t:i,lang:r,claims:o,ErrorText:a}=t,[s,c]=b(void 0),[l,u]=b(null),[f,d]=b(null),[$,v]=b(n),[m,p]=b(0);x(()=>{let y=!0;return N(Ir,{id:e},{lang:r}).then(async h=>{if(!y)return;c(h.procurement);let I=h.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(h.procurement.status)?(await N(Rn,{id:e},{lang:r})).sealedBids:null;y&&u(I)}).catch(h=>y&&d(h)),()=>{y=!1}},[e,r,m]);let E=s?.status==="PUBLISHED";if(x(()=>{if(!E)return;let y=setInterval(()=>{N(Rn,{id:e},{lang:r}).then(u,()=>{})},3e4);return()=>clearInterval(y)},[E,e,r]),f)return R`<main id="main"><${a} error=${f} /></main>`;if(s===void 0)return R`<main id="main"><p role="status">${i("loading")}</p></main>`;if(s===null)return R`<main id="main"><h1>${i("proc.notFound")}</h1></main>`;let T=o?.role==="purchaser"&&o.organisation===s.purchaserUnit,g=(y,h,_)=>R`<div><dt>${i(y)}</dt><dd id=${_}>${h}</dd></div>`;return R`<main id="main" class="procurement">
    <h1>${s.title}</h1>
    ${$?R`<p class="notice" role="status">${$}</p>`:null}
    <p><${Nn} t=${i} status=${s.status} /> ${s.purchaser} · ${i("jurisdiction")} ${s.jurisdiction}
      ${o?.role==="auditor"||o?.role==="admin"?R` · <${t.Link} href=${"/app/audit/purchases/"+s.id} id="purchase-audit-link">${i("paudit.open")}<//>`:null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${i("proc.terms")}</h2>
      <p>${s.description}</p>
      <dl class="facts">
        ${g("proc.item",R`<code>${s.item.code}</code> ${s.item.nameZh}`)}
        ${g("proc.method",i("proc.methods."+s.method))}
        ${g("proc.budget",D(s.budget),"proc-budget")}
        ${g("proc.bidSecurity",D(s.bidSecurity))}
        ${g("proc.servicePeriod",`${G(s.serviceStart,r)} \u2013 ${G(s.serviceEnd,r)}`)}
        ${g("proc.bidDeadline",P(s.bidDeadline,r)+" "+i("proc.chinaTime"),"proc-deadline")}
        ${g("proc.openingAt",P(s.openingAt,r)+" "+i("proc.chinaTime"),"proc-opening")}
        ${s.publishedAt?g("proc.publishedAt",P(s.publishedAt,r)):null}
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
                <tbody>${l.nodes.map(y=>R`<tr><td>${P(y.sealedAt,r)}</td><td><code class="hash">${y.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.openedAt?R`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${i("proc.opening",{at:P(s.openedAt,r)})}</h2>
          ${s.openedBids.length===0?R`<p class="empty">${i("proc.noBids")}</p>`:null}
          ${s.openedBids.length>0?R`<table class="opened"><caption>${i("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${i("organisation")}</th><th scope="col">${i("proc.price")}</th><th scope="col">${i("proc.valid")}</th><th scope="col">${i("proc.commitment")}</th></tr></thead>
                <tbody>${s.openedBids.map(y=>R`<tr><td>${y.organisationName}</td><td class="money">${D(y.price)}</td>
                    <td>${y.valid?i("proc.validYes"):R`${i("proc.validNo")}: ${y.defects.join("\uFF1B")}`}</td><td><code class="hash">${y.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.report?R`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${i("proc.ranking")}</h2>
          <ol class="ranking">${s.report.ranking.map(y=>R`<li>${Ye(s,y.organisationId)} · ${D(y.price)} · ${i("proc.total",{total:y.total})}</li>`)}</ol>
        </section>`:null}
    ${s.award?R`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${i("proc.awardNotice")}</h2>
          <p id="award-notice">${i("proc.awardText",{organisation:Ye(s,s.award.organisationId),price:D(s.award.price),at:P(s.award.noticedAt,r),deadline:G(s.award.challengeDeadline,r)})}</p>
          ${s.contract?R`<p><${t.Link} href=${"/app/contracts/"+s.contract.id} id="contract-link">${i("con.contractLink",{status:i("con.statuses."+s.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${T&&s.status==="AWARDED"&&s.award&&!s.contract?R`<${Sn} ui=${t} p=${s} supplierName=${Ye(s,s.award.organisationId)} />`:null}
    ${s.challenges.length>0?R`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${i("proc.challenges")}</h2>
          <ul>${s.challenges.map(y=>R`<li>${P(y.filedAt,r)}: ${y.grounds} — ${y.decision?`${i("proc.decisions."+y.decision)}\uFF1A${y.reply??""}`:i("proc.unanswered",{due:G(y.replyDue,r)})}</li>`)}</ul>
        </section>`:null}
    ${s.ended?R`<p class="notice">${i("proc.ended",{reason:s.ended.reason,at:P(s.ended.at,r)})}${s.ended.rule?` (${s.ended.rule})`:""}</p>`:null}
    ${T?R`<${Fr} ui=${t} p=${s} generation=${m} onDone=${y=>(v(y),p(h=>h+1))} />`:null}
    ${o?.role==="ngo"?R`<${pn} ui=${t} procurement=${s} onChanged=${()=>p(y=>y+1)} />`:null}
  </main>`}var ee=z.bind(Z),$t=t=>D(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`),Ur=`query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`,Mr="query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }",Br=`query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`,Hr="query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }",Vr="query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }",jr=10,Gr=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,xn=t=>t.split("-")[0],qr=120;function Fn(t,e,n){return n==null?t("audit.empty"):Gr.test(n)?P(n,e):n.length<=qr?n:ee`<details class="long"><summary>${n.slice(0,60)}…</summary><code>${n}</code></details>`}function Wr(t){let e=/^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(t);return e&&e[2]!=="999999"?`${e[1]}.${String(Number(e[2])+1).padStart(6,"0")}${e[3]}`:new Date(new Date(t).getTime()+1).toISOString()}function Yr(t,e){let n=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)+`
`],{type:"application/json"})),i=document.createElement("a");i.href=n,i.download=e,document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(n),6e4)}function Kr({ui:t,id:e}){let{t:n,lang:i,ErrorText:r}=t,[o,a]=b(null),[s,c]=b(null),l=async u=>{if(!s){c(u),a(null);try{let f=await N(u==="releases"?Hr:Vr,{id:e},{lang:i}),d=u==="releases"?f.ocdsReleasePackage:f.ocdsRecordPackage;if(d==null)throw Object.assign(new Error(n("paudit.ocdsNone")),{code:"NOT_FOUND"});Yr(d,`ocds-${u==="releases"?"release":"record"}-package-${e}.json`)}catch(f){a(f)}finally{c(null)}}};return ee`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${n("paudit.ocds")}</h2>
    <p>${n("paudit.ocdsIntro")}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!s} onClick=${()=>l("releases")}>${n("paudit.ocdsReleases")}</button>
      ${" "}<button type="button" id="ocds-records" disabled=${!!s} onClick=${()=>l("records")}>${n("paudit.ocdsRecords")}</button>
    </p>
    <${r} error=${o} id="ocds-error" />
  </section>`}function Zr({ui:t,contractId:e,entries:n}){let{t:i,lang:r,ErrorText:o}=t,a=n.filter(p=>p.stream==="contract-"+e),[s,c]=b(null),l=s??Math.max(0,a.length-1),[u,f]=b(null),[d,$]=b(null),v=a[l]?.recordedAt;if(x(()=>{if(!v)return;let p=!0;return N(Br,{id:e,at:Wr(v)},{lang:r}).then(E=>p&&(f(E.contractAsOf),$(null)),E=>p&&$(E)),()=>{p=!1}},[e,v,r]),a.length===0)return null;let m=a[l];return ee`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${i("paudit.asOf")}</h2>
    <div class="field">
      <label for="asof-contract">${i("paudit.asOfPick")}</label>
      <input id="asof-contract" type="range" min="0" max=${a.length-1} step="1" value=${l}
        aria-valuetext=${`${m.version} \xB7 ${m.kind} \xB7 ${P(m.recordedAt,r)}`} onInput=${p=>c(Number(p.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${i("paudit.asOfAt",{version:m.version,kind:m.kind,at:P(m.recordedAt,r)})}</p>
    </div>
    <${o} error=${d} />
    ${u?ee`<dl class="facts" id="asof-contract-facts">
            <div><dt>${i("state")}</dt><dd id="asof-status">${i("con.statuses."+u.status)}</dd></div>
            <div><dt>${i("con.total")}</dt><dd>${D(u.total)}</dd></div>
            <div><dt>${i("con.accepted")}</dt><dd>${D(u.accepted)}</dd></div>
            <div><dt>${i("con.paid")}</dt><dd id="asof-paid">${D(u.paid)}</dd></div>
            <div><dt>${i("con.remaining")}</dt><dd>${D(u.remaining)}</dd></div>
            <div><dt>${i("con.milestones")}</dt><dd>${u.milestones.map(p=>`${p.id} ${p.kind==="DELIVERY"?i(p.accepted?"con.ocds.met":"con.ocds.scheduled"):`${$t(p.paidFen)} / ${$t(p.amountFen)}`}`).join(i("listSeparator"))}</dd></div>
          </dl>
          <${Ve}
            id="asof-chart"
            title=${i("con.chartTitle")}
            describe=${i("paudit.asOfChart",{paid:D(u.paid),remaining:D(u.remaining)})}
            format=${$t}
            parts=${[{key:"paid",label:i("con.chartPaid"),value:u.paidFen,className:"paid"},{key:"remaining",label:i("con.remaining"),value:u.remainingFen,className:"later"}]}
          />`:null}
  </section>`}function Un({ui:t,id:e}){let{t:n,lang:i,ErrorText:r,Link:o}=t,[a,s]=b(void 0),[c,l]=b([]),[u,f]=b([]),[d,$]=b(null),[v,m]=b(0),[p,E]=b(null),T=async g=>{let h=(await N(Ur,{id:e,after:g},{lang:i})).purchaseTimeline;h&&(f(h.streams),l(_=>g==null?h.entries:[..._,...h.entries]),$(h.nextPosition),m(_=>g==null?1:_+1))};return x(()=>{let g=!0;return N(Mr,{id:e},{lang:i}).then(async y=>{g&&(s(y.procurement),y.procurement&&await T(null))}).catch(y=>g&&E(y)),()=>{g=!1}},[e,i]),p?ee`<main id="main"><${r} error=${p} /></main>`:a===void 0?ee`<main id="main"><p role="status">${n("loading")}</p></main>`:a===null?ee`<main id="main"><h1>${n("proc.notFound")}</h1></main>`:ee`<main id="main" class="audit purchase-audit">
    <h1>${n("paudit.title",{title:a.title})}</h1>
    <p>${n("paudit.intro",{streams:u.length})} <${o} href=${"/app/procurements/"+a.id}>${n("paudit.procurementPage")}<//>
      ${a.contract?ee` · <${o} href=${"/app/contracts/"+a.contract.id}>${n("perf.theContract")}<//>`:null}</p>
    ${a.contract?ee`<${Zr} ui=${t} contractId=${a.contract.id} entries=${c} />`:null}
    <${Kr} ui=${t} id=${a.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${n("paudit.timeline")}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${n("paudit.timeline")}</caption>
        <thead><tr><th scope="col">${n("audit.when")}</th><th scope="col">${n("paudit.record")}</th><th scope="col">${n("audit.what")}</th><th scope="col">${n("audit.who")}</th><th scope="col">${n("audit.reason")}</th><th scope="col">${n("audit.changes")}</th></tr></thead>
        <tbody>${c.map(g=>ee`<tr data-stream=${xn(g.stream)} data-position=${g.position}>
            <td>${P(g.recordedAt,i)}</td>
            <td>${n("paudit.categories."+xn(g.stream))} <span class="hint">v${g.version}</span></td>
            <td><code>${g.kind}</code>${g.correctsVersion!=null?ee`<br /><span class="badge today">${n("paudit.corrects",{version:g.correctsVersion})}</span>`:null}</td>
            <td>${g.actor??n("audit.ledgerItself")}${g.role?ee` <span class="hint">(${n("roles."+g.role)})</span>`:null}</td>
            <td>${g.reason??""}</td>
            <td><ul class="changes">${g.changes.map(y=>ee`<li><code>${y.field}</code>: ${Fn(n,i,y.old)} → ${Fn(n,i,y.new)}</li>`)}
              ${g.omittedChanges>0?ee`<li class="hint">${n("paudit.omitted",{count:g.omittedChanges})}</li>`:null}</ul></td>
          </tr>`)}</tbody>
      </table>
      ${d!=null&&v<jr?ee`<button type="button" id="timeline-more" onClick=${()=>T(d).catch(E)}>${n("audit.more")}</button>`:null}
    </section>
  </main>`}function Mn({ui:t}){let{t:e,navigate:n}=t,[i,r]=b(""),[o,a]=b(!1),s=c=>{c.preventDefault();let l=i.trim().toLowerCase();if(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(l))return a(!0);n("/app/audit/purchases/"+l)};return ee`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${e("paudit.navHint")}</h2>
    <form class="search" onSubmit=${s}>
      <div class=${"field"+(o?" invalid":"")}><label for="purchase-id">${e("paudit.procurementId")}</label>
        <input id="purchase-id" spellcheck=${!1} value=${i} aria-invalid=${o?"true":void 0}
          aria-describedby=${o?"purchase-id-error":void 0} onInput=${c=>(r(c.currentTarget.value),a(!1))} />
        ${o?ee`<p class="error" id="purchase-id-error" role="alert">${e("paudit.idInvalid")}</p>`:null}</div>
      <button type="submit" id="purchase-open">${e("paudit.open")}</button>
    </form>
  </section>`}var be=z.bind(Z),Qr=`query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`,ht=t=>D(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`);function Bn({ui:t,params:e}){let{t:n,lang:i,claims:r,ErrorText:o,navigate:a}=t,s=r?.role==="auditor"||r?.role==="admin",c=e.get("jurisdiction")??(s?"":r?.jurisdiction??""),[l,u]=b(c),[f,d]=b(null),[$,v]=b({}),[m,p]=b(null);x(()=>{let h=!0;return p(null),N(Qr,{j:c||null,after:null},{lang:i}).then(async _=>{if(!h)return;d(_);let I=_.spending.jurisdiction;if(I){let C=await mt(I,i).catch(()=>null);h&&C&&v(Object.fromEntries(C.map(A=>[A.code,i==="en"?A.nameEn:A.nameZh])))}}).catch(_=>h&&(p(_),d(null))),()=>{h=!1}},[c,i]);let E=h=>{h.preventDefault(),a("/app/statistics"+(L(l)?"?jurisdiction="+encodeURIComponent(L(l)):""))},T=f?.spending.groups??[],g=h=>$[h]?`${h} ${$[h]}`:h,y=f?.purchaseStatistics;return be`<main id="main" class="statistics">
    <h1>${n("stats.title")}</h1>
    <p>${n("stats.intro")}</p>
    <form class="search" onSubmit=${E} aria-label=${n("stats.title")}>
      <div class="field"><label for="stats-jurisdiction">${n(s?"stats.jurisdiction":"jurisdiction")}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${l} readonly=${!s} onInput=${h=>u(h.currentTarget.value)} /></div>
      ${s?be`<button type="submit">${n("stats.show")}</button>`:null}
    </form>
    <${o} error=${m} />
    ${f&&T.length===0?be`<p class="empty">${n("stats.none")}</p>`:null}
    ${T.length>0?be`<${$n}
            id="spending-chart"
            title=${n("stats.chartTitle")}
            describe=${n("stats.chartDescribe",{items:T.map(h=>`${g(h.key)} ${ht(h.contractedFen)} / ${ht(h.paidFen)}`).join(n("listSeparator"))})}
            series=${[{label:n("stats.contracted"),className:"contracted"},{label:n("stats.paid"),className:"paid"}]}
            rows=${T.map(h=>({key:h.key,label:g(h.key),values:[h.contractedFen,h.paidFen]}))}
            format=${ht}
          />
          <table class="spending">
            <caption>${n("stats.chartTitle")}</caption>
            <thead><tr><th scope="col">${n("stats.item")}</th><th scope="col">${n("stats.awarded")}</th><th scope="col">${n("stats.awards")}</th><th scope="col">${n("stats.contracted")}</th><th scope="col">${n("stats.contracts")}</th><th scope="col">${n("stats.paid")}</th></tr></thead>
            <tbody>${T.map(h=>be`<tr data-key=${h.key}>
                <th scope="row">${g(h.key)}</th>
                <td class="money">${D(h.awarded)}</td><td>${h.awards}</td>
                <td class="money">${D(h.contracted)}</td><td>${h.contracts}</td>
                <td class="money">${D(h.paid)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    ${y?be`<dl class="facts" id="purchase-statistics">
          <div><dt>${n("stats.published")}</dt><dd>${y.published}</dd></div>
          <div><dt>${n("stats.opened")}</dt><dd>${y.opened}</dd></div>
          <div><dt>${n("stats.fewBids")}</dt><dd>${n("stats.fewBidsShare",{count:y.fewerThanThreeValidBids,share:y.shareFewerThanThreeValidBids==null?"\u2014":`${Math.round(y.shareFewerThanThreeValidBids*1e3)/10}%`})}</dd></div>
          <div><dt>${n("stats.awarded")}</dt><dd>${D(y.awarded)}（${y.awards}）</dd></div>
          <div><dt>${n("stats.averageDays")}</dt><dd>${y.averageDaysToAward==null?"\u2014":n("stats.days",{days:Math.round(y.averageDaysToAward*10)/10})}</dd></div>
          <div><dt>${n("stats.grades")}</dt><dd>${y.grades.length?y.grades.map(h=>`${n("perf.grades."+h.grade)} ${h.evaluations}`).join(n("listSeparator")):"\u2014"}</dd></div>
        </dl>`:null}
  </main>`}var S=z.bind(Z),Gn=Lt(null),de=()=>Wt(Gn);function Hn(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),n=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"organisation",id:n[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let i=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"procurement",id:i[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let r=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);if(r)return{screen:"committee",id:r[1]};if(t==="contracts")return{screen:"contracts"};let o=/^contracts\/([0-9a-fA-F-]{36})$/.exec(t);if(o)return{screen:"contract",id:o[1]};let a=/^evaluations\/([0-9a-fA-F-]{36})$/.exec(t);if(a)return{screen:"evaluation",id:a[1]};let s=/^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(t);return s?{screen:"purchaseAudit",id:s[1]}:t==="statistics"?{screen:"statistics",params:e}:{screen:"home"}}function Ze(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function ne({href:t,children:e,...n}){return S`<a href=${t} onClick=${r=>{r.button!==0||r.metaKey||r.ctrlKey||r.shiftKey||r.altKey||(r.preventDefault(),Ze(t))}} ...${n}>${e}</a>`}function zr(t,e){let n=t("rules."+e);return n==="rules."+e?"":t("ruleSeparator")+n}function le({error:t,id:e}){let{t:n,lang:i}=de();if(!t)return null;let r=t.code==="CONFLICT"?n("conflict"):t.code==="NETWORK"?n("networkError",{message:t.message}):t.message,o=i==="zh"&&t.rule?n("ruleText."+t.rule):null,a=o&&o!=="ruleText."+t.rule;return S`<p class="error" id=${e} role="alert">
    ${a?S`${o} <span class="detail" lang="en">${r}</span>`:r}${t.rule?S` <span class="rule">(${n("ruleLabel",{rule:t.rule})}${zr(n,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?S` <button type="button" class="link" onClick=${()=>location.reload()}>${n("reload")}</button>`:null}
  </p>`}function se({id:t,label:e,error:n,children:i,hint:r}){return S`<div class=${"field"+(n?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${i}
    ${r?S`<p class="hint" id=${t+"-hint"}>${r}</p>`:null}
    <${le} error=${n} id=${t+"-error"} />
  </div>`}function he(t,e,n){return[n?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function qn({status:t}){let{t:e}=de();return t?S`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function Wn(t,e){return t("cases."+e.kind,{year:e.year})}function Jr({notice:t,onToken:e}){let{t:n,lang:i}=de(),[r,o]=b(""),[a,s]=b(""),[c,l]=b(""),[u,f]=b(null),[d,$]=b(null),[v,m]=b(!1),p=async T=>{if(T.preventDefault(),!v){m(!0),f(null);try{let g=await N("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:L(r),p:a},{lang:i,token:null});e(g.signIn.token)}catch(g){f(g)}finally{m(!1)}}},E=T=>{T.preventDefault();let g=Ue(c);if(!g)return $(new V(n("tokenMalformed"),{code:"VALIDATION"}));if(g.exp*1e3<=Date.now())return $(new V(n("tokenExpired"),{code:"UNAUTHENTICATED"}));e(c.trim())};return S`<main id="main" class="sign-in">
    <h1>${n("signInTitle")}</h1>
    ${t?S`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${p} aria-labelledby="password-heading">
        <h2 id="password-heading">${n("signInPassword")}</h2>
        <${se} id="username" label=${n("username")}>
          <input id="username" name="username" autocomplete="username" value=${r} onInput=${T=>o(T.currentTarget.value)} />
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
  </main>`}var Xr=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function eo(t,e){let n=[],i=null;for(let r=0;r<10;r++){let o=await N(Xr,{j:t,after:i},{lang:e});for(let a of o.organisations.nodes)for(let s of a.openCases)n.push({org:a,case:s});if(!o.organisations.pageInfo.hasNextPage)break;i=o.organisations.pageInfo.endCursor}return n.sort((r,o)=>Number(o.case.overdue)-Number(r.case.overdue)||r.case.due.localeCompare(o.case.due)||r.org.name.localeCompare(o.org.name)),n}function to(t,e){let n=new Date(t+"T00:00:00Z");return n.setUTCDate(n.getUTCDate()+e),n.toISOString().slice(0,10)}function no({rows:t,today:e}){let{t:n,lang:i}=de(),r=Array.from({length:7},(c,l)=>to(e,l)),o=new Intl.DateTimeFormat(i==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),a=[{key:"overdue",label:n("overdue"),count:t.filter(c=>c.case.overdue).length,className:"overdue"},...r.map((c,l)=>({key:c,label:l===0?n("today"):o.format(new Date(c+"T00:00:00Z")),sublabel:c.slice(5).replace("-","/"),count:t.filter(u=>!u.case.overdue&&u.case.due===c).length,className:l===0?"today":""}))],s=n("weekChartDescribe",{overdue:a[0].count,days:a.slice(1).map(c=>`${G(c.key,i)} ${c.count}`).join(n("listSeparator"))});return S`<${mn} id="week-chart" title=${n("weekChartTitle")} describe=${s} bars=${a} />`}function io(){let{t,lang:e,claims:n}=de(),[i,r]=b(null),[o,a]=b(null);x(()=>{let c=!0;return r(null),eo(n.jurisdiction,e).then(l=>c&&r(l),l=>c&&a(l)),()=>{c=!1}},[n.jurisdiction,e]);let s=Be();return S`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${le} error=${o} />
    ${i==null&&!o?S`<p role="status">${t("loading")}</p>`:null}
    ${i&&i.length===0?S`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${i&&i.length>0?S`<${no} rows=${i} today=${s} />`:null}
    ${i&&i.length>0?S`<table class="queue">
          <caption>${t("queueTitle")} · ${G(s,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${i.map(c=>S`<tr class=${c.case.overdue?"overdue":""}>
                <td>${c.case.overdue?S`<strong class="badge overdue">${t("overdue")}</strong>`:c.case.due===s?S`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${G(c.case.due,e)}</td>
                <td>${Wn(t,c.case)}</td>
                <td><${ne} href=${"/app/organisations/"+c.org.id}>${c.org.name}<//></td>
                <td><code>${c.case.rule}</code></td>
                <td>${G(c.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var ro=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],oo=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function Vn({params:t}){let{t:e,lang:n}=de(),[i,r]=b(t.get("name")??""),[o,a]=b(t.get("code")??""),[s,c]=b(t.get("status")??""),[l,u]=b(null),[f,d]=b(null),[$,v]=b(!1),m=Ie(async g=>{v(!0),d(null);try{u(await N(oo,{filter:g},{lang:n}))}catch(y){d(y),u(null)}finally{v(!1)}},[n]),p=(g,y,h)=>{let _={};return L(g)&&(_.nameContains=L(g)),ie(y)&&(_.creditCode=ie(y)),h&&(_.status=h),_};x(()=>{t.toString()&&m(p(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),m]);let E=g=>{g.preventDefault();let y=new URLSearchParams;L(i)&&y.set("name",L(i)),ie(o)&&y.set("code",ie(o)),s&&y.set("status",s),a(ie(o));let h="/app/search"+(y.toString()?"?"+y:"");h===location.pathname+location.search?m(p(i,o,s)):Ze(h)},T=f&&(f.field==="creditCode"||/credit/i.test(f.field??""))?f:null;return S`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${E} role="search">
      <${se} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${i} onInput=${g=>r(g.currentTarget.value)} />
      <//>
      <${se} id="search-code" label=${e("searchCreditCode")} error=${T}>
        <input id="search-code" value=${o} spellcheck=${!1} autocomplete="off"
          aria-describedby=${he("search-code",T)} aria-invalid=${T?"true":void 0}
          onInput=${g=>a(g.currentTarget.value)} onBlur=${()=>a(ie(o))} />
      <//>
      <${se} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${s} onChange=${g=>c(g.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${ro.map(g=>S`<option value=${g}>${e("statuses."+g)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${$}>${e("search")}</button>
    </form>
    ${T?null:S`<${le} error=${f} />`}
    ${l?l.organisations.nodes.length===0?S`<p class="empty" role="status">${e("noResults")}</p>`:S`<table class="results">
            <caption role="status">${e("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(g=>S`<tr>
                  <td><${ne} href=${"/app/organisations/"+g.id}>${g.name}<//></td>
                  <td><code>${g.creditCode}</code></td>
                  <td>${g.kind?e("kinds."+g.kind):""}</td>
                  <td><${qn} status=${g.status} /></td>
                  <td>${P(g.appliedAt,n)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var ao=`query Profile($id: UUID!) {
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
}`,Yn={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function so({org:t,onDecided:e}){let{t:n,lang:i,claims:r}=de(),[o,a]=b(""),[s,c]=b(null),[l,u]=b(null),f=oe(!1),d=oe({}),$=Yn[t.status];if(!$||r?.role!=="registrar")return null;let v=async E=>{if(f.current)return;f.current=!0,u(E),c(null),d.current[E]??=ge();let T={organisationId:t.id,commandId:d.current[E],expectedVersion:t.version};E==="refuse"&&(T.reason=L(o));let g=$[E];try{await N(`mutation($i: ${$[E+"Type"]}!) { ${g}(input: $i) { version } }`,{i:T},{lang:i}),delete d.current[E];let y=t.status==="PREP_APPLIED";e(n(E==="approve"?y?"preparationApproved":"approved":y?"preparationRefused":"refused"))}catch(y){y.code!=="NETWORK"&&delete d.current[E],c({action:E,error:y})}finally{f.current=!1,u(null)}},m=s?.action==="approve"?s.error:null,p=s?.action==="refuse"?s.error:null;return S`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${n("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>v("approve")} disabled=${l!=null} aria-describedby=${m?"approve-error":void 0}>${n(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${le} error=${m} id="approve-error" />
    </div>
    <form class="action" onSubmit=${E=>(E.preventDefault(),v("refuse"))}>
      <${se} id="refuse-reason" label=${n("refuseReason")} error=${p}>
        <textarea id="refuse-reason" rows="3" value=${o} aria-required="true"
          aria-describedby=${he("refuse-reason",p)} aria-invalid=${p?"true":void 0}
          onInput=${E=>a(E.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${n(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function co({rows:t}){return S`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,n])=>S`<div><dt>${e}</dt><dd>${n}</dd></div>`)}
  </dl>`}function jn({id:t,flash:e}){let{t:n,lang:i}=de(),[r,o]=b(void 0),[a,s]=b(null),[c,l]=b(e),u=Ie(()=>{N(ao,{id:t},{lang:i}).then(d=>o(d.organisation),d=>s(d))},[t,i]);if(x(u,[u]),a)return S`<main id="main"><${le} error=${a} /></main>`;if(r===void 0)return S`<main id="main"><p role="status">${n("loading")}</p></main>`;if(r===null)return S`<main id="main"><p class="empty">${n("notFound")}</p></main>`;let f=r.legalRepresentative;return S`<main id="main" class="profile">
    <h1>${r.name} <${qn} status=${r.status} /></h1>
    ${c?S`<p class="notice" role="status">${c}</p>`:null}
    <${co}
      rows=${[[n("creditCode"),S`<code>${r.creditCode}</code>`],[n("kind"),r.kind?n("kinds."+r.kind)+(r.publicFundraising?` \xB7 ${n("publicFundraising")}`:""):null],[n("jurisdiction"),r.jurisdiction],[n("domicile"),r.domicile],[n("purpose"),r.purpose],[n("businessScope"),r.businessScope],[n("legalRepresentative"),f?[f.name,f.idNumber,f.phone].filter(Boolean).join(" \xB7 "):null],[n("registeredFunds"),D(r.registeredFunds)],[n("supervisoryUnitShort"),r.supervisoryUnit],[n("members"),r.members?n("memberCounts",{individual:r.members.individual,unit:r.members.unit}):null],[n("appliedAt"),P(r.appliedAt,i)],[n("decisionDue"),Yn[r.status]?G(r.decisionDue,i):null],[n("registeredAt"),P(r.registeredAt,i)],[n("refusedAt"),P(r.refusedAt,i)],[n("refusalReason"),r.refusalReason],[n("version"),String(r.version)]]}
    />
    <${so} key=${r.version} org=${r} onDecided=${d=>(l(d),u())} />
    <${lo} key=${"e"+r.version} org=${r} onDone=${d=>(l(d),u())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${n("openCases")}</h2>
      ${r.openCases.length===0?S`<p>${n("none")}</p>`:S`<ul class="cases">${r.openCases.map(d=>S`<li class=${d.overdue?"overdue":""}>${Wn(n,d)} · ${n("due")} ${G(d.due,i)} ${d.overdue?S`<strong class="badge overdue">${n("overdue")}</strong>`:null} <code>${d.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${n("annualReports")}</h2>
      ${r.annualReports.length===0?S`<p>${n("none")}</p>`:S`<table><caption class="sr-only">${n("annualReports")}</caption>
            <thead><tr><th scope="col">${n("year")}</th><th scope="col">${n("submittedAt")}</th><th scope="col">${n("conclusion")}</th><th scope="col">${n("notFiledDue")}</th></tr></thead>
            <tbody>${r.annualReports.map(d=>S`<tr><td>${d.year}</td><td>${P(d.submittedAt,i)}</td><td>${d.conclusion?n("conclusions."+d.conclusion):""}</td><td>${G(d.notFiledDue,i)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${n("creditStanding")}</h2>
      <p><span class=${"list list-"+r.creditStanding.list.toLowerCase()}>${n("lists."+r.creditStanding.list)}</span>
        ${r.creditStanding.reason?` \xB7 ${r.creditStanding.reason}`:""}
        ${r.creditStanding.listedAt?` \xB7 ${P(r.creditStanding.listedAt,i)}`:""}</p>
      ${r.creditHistory.length>0?S`<table><caption>${n("creditHistory")}</caption>
            <thead><tr><th scope="col">${n("creditStanding")}</th><th scope="col">${n("reason")}</th><th scope="col">${n("listedAt")}</th><th scope="col">${n("endedAt")}</th></tr></thead>
            <tbody>${r.creditHistory.map(d=>S`<tr><td>${n("lists."+d.list)}</td><td>${d.reason}</td><td>${P(d.listedAt,i)}</td><td>${P(d.endedAt,i)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${n("rating")}</h2>
      <p>${r.rating?n("ratingScore",{label:r.rating.label,score:r.rating.score,until:G(r.rating.validUntil,i)}):n("noRating")}</p>
    </section>
    <${En} ui=${{t:n,lang:i,Link:ne}} organisationId=${r.id} />
  </main>`}function Kn({prefix:t,values:e,set:n,error:i}){let{t:r}=de(),o=gt(i)?i:null;return S`<fieldset class="members">
    <legend>${r("members")}</legend>
    <${se} id=${t+"-individual"} label=${r("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${he(t+"-members",o)} aria-invalid=${o?"true":void 0}
        onInput=${a=>n("individualMembers",a.currentTarget.value)} />
    <//>
    <${se} id=${t+"-unit"} label=${r("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${he(t+"-members",o)} aria-invalid=${o?"true":void 0}
        onInput=${a=>n("unitMembers",a.currentTarget.value)} />
    <//>
    <${le} error=${o} id=${t+"-members-error"} />
  </fieldset>`}function lo({org:t,onDone:e}){let{t:n,lang:i,claims:r}=de(),[o,a]=b({}),[s,c]=b(null),[l,u]=b(!1),f=oe(!1),d=oe(null);if(t.status!=="PREPARING"||r?.role!=="registrar")return null;let $=(p,E)=>a(T=>({...T,[p]:E})),v=async p=>{if(p.preventDefault(),f.current)return;f.current=!0,u(!0),c(null),d.current??=ge();let E={organisationId:t.id,individualMembers:Ke(o.individualMembers??"0"),unitMembers:Ke(o.unitMembers??"0"),commandId:d.current,expectedVersion:t.version};try{await N("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:E},{lang:i}),d.current=null,e(n("establishmentApplied"))}catch(T){T.code!=="NETWORK"&&(d.current=null),c(T)}finally{f.current=!1,u(!1)}},m=gt(s)?s:null;return S`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${n("establishment")}</h2>
    <p>${n("establishmentDue",{due:G(t.establishmentDue,i)})}</p>
    <form onSubmit=${v}>
      <${Kn} prefix="establish" values=${o} set=${$} error=${s} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${n("applyEstablishment")}</button>
        ${s&&!m?S`<${le} error=${s} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var uo=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,po=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function Ke(t){let e=ie(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var ft=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],mo=t=>"apply-"+t.replace(/\./g,"-"),Zn={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},gt=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||Zn[t.rule]==="members");function $o(t){if(gt(t))return"members";if(!t?.field)return t?.rule&&Zn[t.rule]||null;let e=ft.find(([r])=>r===t.field);if(e)return e[0];let n=t.field.split(".").pop(),i=ft.find(([r])=>r.split(".").pop()===n);return i?i[0]:null}function ho(){let{t,lang:e,claims:n}=de(),[i,r]=b({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:n.jurisdiction??""}),[o,a]=b(null),[s,c]=b(!1),l=oe(!1),u=oe(null),f=(m,p)=>r(E=>({...E,[m]:p})),d=async m=>{if(m.preventDefault(),l.current)return;l.current=!0,c(!0),a(null),u.current??=ge();let p=g=>L(i[g]),E={name:p("name"),kind:i.kind,creditCode:ie(i.creditCode),domicile:p("domicile"),purpose:p("purpose"),businessScope:p("businessScope"),legalRepresentative:{name:p("legalRepresentative.name"),idNumber:ie(i["legalRepresentative.idNumber"]),phone:p("legalRepresentative.phone")},registeredFunds:ve(i.registeredFunds),jurisdiction:p("jurisdiction"),publicFundraising:i.kind==="FOUNDATION"&&i.publicFundraising,commandId:u.current};p("supervisoryUnit")&&(E.supervisoryUnit=p("supervisoryUnit"));let T=i.kind==="SOCIAL_GROUP"&&i.twoStage;T&&(delete E.kind,delete E.publicFundraising,E.individualMembers=Ke(i.individualMembers??"0"),E.unitMembers=Ke(i.unitMembers??"0"));try{let g=await N(T?po:uo,{i:E},{lang:e});u.current=null;let y=T?g.applyForPreparation:g.applyForRegistration;Ze("/app/organisations/"+y.organisation.id+"?applied=1")}catch(g){g.code!=="NETWORK"&&(u.current=null),a(g)}finally{l.current=!1,c(!1)}},$=$o(o),v=m=>$===m?o:null;return S`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${d} novalidate>
      <${se} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${i.kind} onChange=${m=>f("kind",m.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(m=>S`<option value=${m}>${t("kinds."+m)}</option>`)}
        </select>
      <//>
      ${ft.map(([m,p,E])=>{let T=mo(m),g=v(m),y={id:T,name:m,value:i[m]??"","aria-describedby":he(T,g),"aria-invalid":g?"true":void 0,onInput:h=>f(m,h.currentTarget.value)};return m==="creditCode"&&(y.onBlur=()=>f(m,ie(i[m]))),m==="registeredFunds"&&(y.inputmode="decimal"),S`<${se} id=${T} label=${t(p)} error=${g}>
          ${E==="textarea"?S`<textarea rows="2" ...${y}></textarea>`:S`<input ...${y} />`}
        <//>`})}
      ${i.kind==="SOCIAL_GROUP"?S`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!i.twoStage} onChange=${m=>f("twoStage",m.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${i.twoStage?S`<${Kn} prefix="apply" values=${i} set=${f} error=${o} />`:null}`:null}
      ${i.kind==="FOUNDATION"?S`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${i.publicFundraising} onChange=${m=>f("publicFundraising",m.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${se} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${i.jurisdiction} inputmode="numeric" onInput=${m=>f("jurisdiction",m.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${s}>${t(s?"submitting":"submit")}</button>
        ${o&&!$?S`<${le} error=${o} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function fo({onSignOut:t,onLanguage:e}){let{t:n,claims:i}=de();return S`<header class="top">
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
      ${Qn.includes(i?.role)?S`<${ne} href="/app/statistics">${n("stats.nav")}<//>`:null}
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
  </header>`}var Qn=["purchaser","registrar","auditor","admin"];function go(t){let e=t?Ue(t):null;return e&&e.exp*1e3>Date.now()?e:null}function vo(){let[t,e]=b(Ae.get()),[n,i]=b($e.token()),[r,o]=b(null),[a,s]=b(Hn()),c=go(n),l=Ie((v,m)=>Te(t,v,m),[t]);x(()=>{let v=()=>s(Hn());return addEventListener("popstate",v),()=>removeEventListener("popstate",v)},[]),x(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${Te(t,"appTitle")} \xB7 civic-ledger`},[t]);let u=Ie((v=null)=>{$e.clear(),i(null),o(v)},[]);x(()=>en(()=>u(Te(Ae.get(),"sessionEnded"))),[u]),x(()=>{if(!n)return;let v=Ue(n)?.exp*1e3,m=()=>u(Te(Ae.get(),"tokenExpired"));if(!(v>Date.now()))return m();let p=setTimeout(m,Math.min(v-Date.now(),2**31-1));return()=>clearTimeout(p)},[n,u]);let f={t:l,lang:t,claims:c},d={t:l,lang:t,claims:c,ErrorText:le,Link:ne,navigate:Ze},$;return a.screen==="procurements"||a.screen==="home"&&c?.role==="purchaser"?$=S`<${kn} key=${location.search} ui=${d} params=${a.params??new URLSearchParams(c?"mine=1":"")} />`:a.screen==="procurement"?$=S`<${Ln} key=${a.id+location.search} ui=${d} id=${a.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:a.screen==="contract"?$=S`<${Cn} key=${a.id+location.search} ui=${d} id=${a.id} flash=${new URLSearchParams(location.search).has("signed")?l("con.signed"):null} />`:a.screen==="evaluation"?$=S`<${yn} key=${a.id} ui=${d} id=${a.id} />`:(c?.role==="auditor"||c?.role==="admin")&&a.screen==="purchaseAudit"?$=S`<${Un} key=${a.id} ui=${d} id=${a.id} />`:Qn.includes(c?.role)&&a.screen==="statistics"?$=S`<${Bn} key=${location.search} ui=${d} params=${a.params} />`:(c?.role==="ngo"||c?.role==="purchaser")&&a.screen==="contracts"?$=S`<${wn} ui=${d} />`:c?.role==="purchaser"&&a.screen==="draft"?$=S`<${On} ui=${d} />`:c?.role==="ngo"&&(a.screen==="eligible"||a.screen==="home")?$=S`<${ln} ui=${d} />`:c?.role==="ngo"&&a.screen==="bids"?$=S`<${un} ui=${d} />`:c?.role==="evaluator"&&(a.screen==="committees"||a.screen==="home")?$=S`<${gn} ui=${d} />`:c?.role==="evaluator"&&a.screen==="committee"?$=S`<${vn} key=${a.id} ui=${d} id=${a.id} />`:!c&&(a.screen==="search"||a.screen==="organisation")?$=a.screen==="search"?S`<${Vn} params=${a.params} />`:S`<${jn} key=${a.id} id=${a.id} flash=${null} />`:c?a.screen==="audit"?$=S`<${sn} t=${l} lang=${t} ErrorText=${le} params=${a.params} extra=${S`<${Mn} ui=${d} />`} />`:a.screen==="organisation"?$=S`<${jn} key=${a.id+location.search} id=${a.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:a.screen==="search"||a.screen==="home"&&!c.jurisdiction?$=S`<${Vn} params=${a.params??new URLSearchParams} />`:a.screen==="apply"?$=S`<${ho} />`:$=S`<${io} />`:$=S`<${Jr} notice=${r} onToken=${v=>($e.save(v),i(v),o(null))} />`,S`<${Gn.Provider} value=${f}>
    <${fo}
      onSignOut=${()=>u(null)}
      onLanguage=${()=>{let v=t==="en"?"zh":"en";Ae.set(v),e(v)}}
    />
    ${$}
  <//>`}Ot(S`<${vo} />`,document.getElementById("root"));})();
