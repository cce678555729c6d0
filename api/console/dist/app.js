(()=>{var ve,N,Ze,ln,ee,Ke,Je,Xe,Pe,me,ae,et,xe,Oe,Le,tt,fe={},ge=[],cn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_e=Array.isArray;function X(t,e){for(var n in e)t[n]=e[n];return t}function Be(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function K(t,e,n){var i,r,o,s={};for(o in e)o=="key"?i=e[o]:o=="ref"?r=e[o]:s[o]=e[o];if(arguments.length>2&&(s.children=arguments.length>3?ve.call(arguments,2):n),typeof t=="function"&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return he(t,s,i,r,null)}function he(t,e,n,i,r){var o={type:t,props:e,key:n,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++Ze,__i:-1,__u:0};return r==null&&N.vnode!=null&&N.vnode(o),o}function ye(t){return t.children}function $e(t,e){this.props=t,this.context=e}function te(t,e){if(e==null)return t.__?te(t.__,t.__i+1):null;for(var n;e<t.__k.length;e++)if((n=t.__k[e])!=null&&n.__e!=null)return n.__e;return typeof t.type=="function"?te(t):null}function un(t){if(t.__P&&t.__d){var e=t.__v,n=e.__e,i=[],r=[],o=X({},e);o.__v=e.__v+1,N.vnode&&N.vnode(o),Me(t.__P,o,e,t.__n,t.__P.namespaceURI,32&e.__u?[n]:null,i,n??te(e),!!(32&e.__u),r),o.__v=e.__v,o.__.__k[o.__i]=o,st(i,o,r),e.__e=e.__=null,o.__e!=n&&nt(o)}}function nt(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),nt(t)}function Ue(t){(!t.__d&&(t.__d=!0)&&ee.push(t)&&!be.__r++||Ke!=N.debounceRendering)&&((Ke=N.debounceRendering)||Je)(be)}function be(){try{for(var t,e=1;ee.length;)ee.length>e&&ee.sort(Xe),t=ee.shift(),e=ee.length,un(t)}finally{ee.length=be.__r=0}}function it(t,e,n,i,r,o,s,a,u,l,c){var $,d,m,f,h,p,g=i&&i.__k||ge,E=e.length;for(u=pn(n,e,g,u,E),$=0;$<E;$++)(m=n.__k[$])!=null&&(d=m.__i!=-1&&g[m.__i]||fe,m.__i=$,p=Me(t,m,d,r,o,s,a,u,l,c),f=m.__e,m.ref&&d.ref!=m.ref&&(d.ref&&Fe(d.ref,null,m),c.push(m.ref,m.__c||f,m)),h==null&&f!=null&&(h=f),4&m.__u?(u=rt(m,u,t),d.__e&&(d.__e=null)):typeof m.type=="function"&&p!==void 0?u=p:f&&(u=f.nextSibling),m.__u&=-7);return n.__e=h,u}function pn(t,e,n,i,r){var o,s,a,u,l,c=n.length,$=c,d=0;for(t.__k=new Array(r),o=0;o<r;o++)(s=e[o])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=t.__k[o]=he(null,s,null,null,null):_e(s)?s=t.__k[o]=he(ye,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=t.__k[o]=he(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):t.__k[o]=s,u=o+d,s.__=t,s.__b=t.__b+1,a=null,(l=s.__i=mn(s,n,u,$))!=-1&&($--,(a=n[l])&&(a.__u|=2)),a==null||a.__v==null?(l==-1&&(r>c?d--:r<c&&d++),typeof s.type!="function"&&(s.__u|=4)):l!=u&&(l==u-1?d--:l==u+1?d++:(l>u?d--:d++,s.__u|=4))):t.__k[o]=null;if($)for(o=0;o<c;o++)(a=n[o])!=null&&(2&a.__u)==0&&(a.__e==i&&(i=te(a)),dt(a,a));return i}function rt(t,e,n){var i,r;if(typeof t.type=="function"){for(i=t.__k,r=0;i&&r<i.length;r++)i[r]&&(i[r].__=t,e=rt(i[r],e,n));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=te(t)),e=n.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function mn(t,e,n,i){var r,o,s,a=t.key,u=t.type,l=e[n],c=l!=null&&(2&l.__u)==0;if(l===null&&a==null||c&&a==l.key&&u==l.type)return n;if(i>(c?1:0)){for(r=n-1,o=n+1;r>=0||o<e.length;)if((l=e[s=r>=0?r--:o++])!=null&&(2&l.__u)==0&&a==l.key&&u==l.type)return s}return-1}function Qe(t,e,n){e[0]=="-"?t.setProperty(e,n??""):t[e]=n==null?"":typeof n!="number"||cn.test(e)?n:n+"px"}function pe(t,e,n,i,r){var o,s;e:if(e=="style")if(typeof n=="string")t.style.cssText=n;else{if(typeof i=="string"&&(t.style.cssText=i=""),i)for(e in i)n&&e in n||Qe(t.style,e,"");if(n)for(e in n)i&&n[e]==i[e]||Qe(t.style,e,n[e])}else if(e[0]=="o"&&e[1]=="n")o=e!=(e=e.replace(et,"$1")),s=e.toLowerCase(),e=s in t||e=="onFocusOut"||e=="onFocusIn"?s.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+o]=n,n?i?n[ae]=i[ae]:(n[ae]=xe,t.addEventListener(e,o?Le:Oe,o)):t.removeEventListener(e,o?Le:Oe,o);else{if(r=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&n==1?"":n))}}function ze(t){return function(e){if(this.l){var n=this.l[e.type+t];if(e[me]==null)e[me]=xe++;else if(e[me]<n[ae])return;return n(N.event?N.event(e):e)}}}function Me(t,e,n,i,r,o,s,a,u,l){var c,$,d,m,f,h,p,g,E,b,y,T,v,I,R,k,G=e.type;if(e.constructor!==void 0)return null;128&n.__u&&(u=!!(32&n.__u),o=[a=e.__e=n.__e]),(c=N.__b)&&c(e);e:if(typeof G=="function"){$=s.length;try{if(E=e.props,b=G.prototype&&G.prototype.render,y=(c=G.contextType)&&i[c.__c],T=c?y?y.props.value:c.__:i,n.__c?g=(d=e.__c=n.__c).__=d.__E:(b?e.__c=d=new G(E,T):(e.__c=d=new $e(E,T),d.constructor=G,d.render=$n),y&&y.sub(d),d.state||(d.state={}),d.__n=i,m=d.__d=!0,d.__h=[],d._sb=[]),b&&d.__s==null&&(d.__s=d.state),b&&G.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=X({},d.__s)),X(d.__s,G.getDerivedStateFromProps(E,d.__s))),f=d.props,h=d.state,d.__v=e,m)b&&G.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),b&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(b&&G.getDerivedStateFromProps==null&&E!==f&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(E,T),e.__v==n.__v||!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(E,d.__s,T)===!1){e.__v!=n.__v&&(d.props=E,d.state=d.__s,d.__d=!1),e.__e=n.__e,e.__k=n.__k,e.__k.some(function(M){M&&(M.__=e)}),ge.push.apply(d.__h,d._sb),d._sb=[],d.__h.length&&s.push(d),a=te(n);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(E,d.__s,T),b&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(f,h,p)})}if(d.context=T,d.props=E,d.__P=t,d.__e=!1,v=N.__r,I=0,b)d.state=d.__s,d.__d=!1,v&&v(e),c=d.render(d.props,d.state,d.context),ge.push.apply(d.__h,d._sb),d._sb=[];else do d.__d=!1,v&&v(e),c=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++I<25);d.state=d.__s,d.getChildContext!=null&&(i=X(X({},i),d.getChildContext())),b&&!m&&d.getSnapshotBeforeUpdate!=null&&(p=d.getSnapshotBeforeUpdate(f,h)),R=c!=null&&c.type===ye&&c.key==null?at(c.props.children):c,a=it(t,_e(R)?R:[R],e,n,i,r,o,s,a,u,l),d.base=e.__e,e.__u&=-161,d.__h.length&&s.push(d),g&&(d.__E=d.__=null)}catch(M){if(s.length=$,e.__v=null,u||o!=null){if(M.then){for(e.__u|=u?160:128;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;o!=null&&(o[o.indexOf(a)]=null),e.__e=a}else if(o!=null)for(k=o.length;k--;)Be(o[k])}else e.__e=n.__e;e.__k==null&&(e.__k=n.__k||[]),M.then||ot(e),N.__e(M,e,n)}}else o==null&&e.__v==n.__v?(e.__k=n.__k,e.__e=n.__e):a=e.__e=hn(n.__e,e,n,i,r,o,s,u,l);return(c=N.diffed)&&c(e),128&e.__u?void 0:a}function ot(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(ot))}function st(t,e,n){for(var i=0;i<n.length;i++)Fe(n[i],n[++i],n[++i]);N.__c&&N.__c(e,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(o){o.call(r)})}catch(o){N.__e(o,r.__v)}})}function at(t){return typeof t!="object"||t==null||t.__b>0?t:_e(t)?t.map(at):t.constructor!==void 0?null:X({},t)}function hn(t,e,n,i,r,o,s,a,u){var l,c,$,d,m,f,h,p=n.props||fe,g=e.props,E=e.type;if(E=="svg"?r="http://www.w3.org/2000/svg":E=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),o!=null){for(l=0;l<o.length;l++)if((m=o[l])&&"setAttribute"in m==!!E&&(E?m.localName==E:m.nodeType==3)){t=m,o[l]=null;break}}if(t==null){if(E==null)return document.createTextNode(g);t=document.createElementNS(r,E,g.is&&g),a&&(N.__m&&N.__m(e,o),a=!1),o=null}if(E==null)p===g||a&&t.data==g||(t.data=g);else{if(o=E=="textarea"&&g.defaultValue!=null?null:o&&ve.call(t.childNodes),!a&&o!=null)for(p={},l=0;l<t.attributes.length;l++)p[(m=t.attributes[l]).name]=m.value;for(l in p)m=p[l],l=="dangerouslySetInnerHTML"?$=m:l=="children"||l in g||l=="value"&&"defaultValue"in g||l=="checked"&&"defaultChecked"in g||pe(t,l,null,m,r);for(l in g)m=g[l],l=="children"?d=m:l=="dangerouslySetInnerHTML"?c=m:l=="value"?f=m:l=="checked"?h=m:a&&typeof m!="function"||p[l]===m||pe(t,l,m,p[l],r);if(c)a||$&&(c.__html==$.__html||c.__html==t.innerHTML)||(t.innerHTML=c.__html),e.__k=[];else if($&&(t.innerHTML=""),it(e.type=="template"?t.content:t,_e(d)?d:[d],e,n,i,E=="foreignObject"?"http://www.w3.org/1999/xhtml":r,o,s,o?o[0]:n.__k&&te(n,0),a,u),o!=null)for(l=o.length;l--;)Be(o[l]);a&&E!="textarea"||(l="value",E=="progress"&&f==null?t.removeAttribute("value"):f!=null&&(f!==t[l]||E=="progress"&&!f||E=="option"&&f!=p[l])&&pe(t,l,f,p[l],r),l="checked",h!=null&&h!=t[l]&&pe(t,l,h,p[l],r))}return t}function Fe(t,e,n){try{if(typeof t=="function"){var i=typeof t.__u=="function";i&&t.__u(),i&&e==null||(t.__u=t(e))}else t.current=e}catch(r){N.__e(r,n)}}function dt(t,e,n){var i,r;if(N.unmount&&N.unmount(t),(i=t.ref)&&(i.current&&i.current!=t.__e||Fe(i,null,e)),(i=t.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(o){N.__e(o,e)}i.base=i.__P=i.__n=null}if(i=t.__k)for(r=0;r<i.length;r++)i[r]&&dt(i[r],e,n||typeof t.type!="function");n||Be(t.__e),t.__c=t.__=t.__e=void 0}function $n(t,e,n){return this.constructor(t,n)}function lt(t,e,n){var i,r,o,s;e==document&&(e=document.documentElement),N.__&&N.__(t,e),r=(i=typeof n=="function")?null:n&&n.__k||e.__k,o=[],s=[],Me(e,t=(!i&&n||e).__k=K(ye,null,[t]),r||fe,fe,e.namespaceURI,!i&&n?[n]:r?null:e.firstChild?ve.call(e.childNodes):null,o,!i&&n?n:r?r.__e:e.firstChild,i,s),st(o,t,s),t.props.children=null}function ct(t){function e(n){var i,r;return this.getChildContext||(i=new Set,(r={})[e.__c]=this,this.getChildContext=function(){return r},this.componentWillUnmount=function(){i=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&i.forEach(function(s){s.__e=!0,Ue(s)})},this.sub=function(o){i.add(o);var s=o.componentWillUnmount;o.componentWillUnmount=function(){i&&i.delete(o),s&&s.call(o)}}),n.children}return e.__c="__cC"+tt++,e.__=t,e.Provider=e.__l=(e.Consumer=function(n,i){return n.children(i)}).contextType=e,e}ve=ge.slice,N={__e:function(t,e,n,i){for(var r,o,s;e=e.__;)if((r=e.__c)&&!r.__)try{if((o=r.constructor)&&o.getDerivedStateFromError!=null&&(r.setState(o.getDerivedStateFromError(t)),s=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(t,i||{}),s=r.__d),s)return r.__E=r}catch(a){t=a}throw t}},Ze=0,ln=function(t){return t!=null&&t.constructor===void 0},$e.prototype.setState=function(t,e){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=X({},this.state),typeof t=="function"&&(t=t(X({},n),this.props)),t&&X(n,t),t!=null&&this.__v&&(e&&this._sb.push(e),Ue(this))},$e.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),Ue(this))},$e.prototype.render=ye,ee=[],Je=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Xe=function(t,e){return t.__v.__b-e.__v.__b},be.__r=0,Pe=Math.random().toString(8),me="__d"+Pe,ae="__a"+Pe,et=/(PointerCapture)$|Capture$/i,xe=0,Oe=ze(!1),Le=ze(!0),tt=0;var re,U,He,ut,de=0,vt=[],B=N,pt=B.__b,mt=B.__r,ht=B.diffed,$t=B.__c,ft=B.unmount,gt=B.__;function Ie(t,e){B.__h&&B.__h(U,t,de||e),de=0;var n=U.__H||(U.__H={__:[],__h:[]});return t>=n.__.length&&n.__.push({}),n.__[t]}function _(t){return de=1,fn(It,t)}function fn(t,e,n){var i=Ie(re++,2);if(i.t=t,!i.__c&&(i.__=[n?n(e):It(void 0,e),function(a){var u=i.__N?i.__N[0]:i.__[0],l=i.t(u,a);u!==l&&(i.__N=[l,i.__[1]],i.__c.setState({}))}],i.__c=U,!U.__f)){var r=function(a,u,l){if(!i.__c.__H)return!0;var c=!1,$=i.__c.props!==a;if(i.__c.__H.__.some(function(m){if(m.__N){c=!0;var f=m.__[0];m.__=m.__N,m.__N=void 0,f!==m.__[0]&&($=!0)}}),o){var d=o.call(this,a,u,l);return c?d||$:d}return!c||$};U.__f=!0;var o=U.shouldComponentUpdate,s=U.componentWillUpdate;U.componentWillUpdate=function(a,u,l){if(this.__e){var c=o;o=void 0,r(a,u,l),o=c}s&&s.call(this,a,u,l)},U.shouldComponentUpdate=r}return i.__N||i.__}function L(t,e){var n=Ie(re++,3);!B.__s&&Et(n.__H,e)&&(n.__=t,n.u=e,U.__H.__h.push(n))}function j(t){return de=5,_t(function(){return{current:t}},[])}function _t(t,e){var n=Ie(re++,7);return Et(n.__H,e)&&(n.__=t(),n.__H=e,n.__h=t),n.__}function le(t,e){return de=8,_t(function(){return t},e)}function yt(t){var e=U.context[t.__c],n=Ie(re++,9);return n.c=t,e?(n.__==null&&(n.__=!0,e.sub(U)),e.props.value):t.__}function gn(){for(var t;t=vt.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(Ee),e.__h.some(Ge),e.__h=[]}catch(n){e.__h=[],B.__e(n,t.__v)}}}B.__b=function(t){U=null,pt&&pt(t)},B.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),gt&&gt(t,e)},B.__r=function(t){mt&&mt(t),re=0;var e=(U=t.__c).__H;e&&(He===U?(e.__h=[],U.__h=[],e.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(e.__h.some(Ee),e.__h.some(Ge),e.__h=[],re=0)),He=U},B.diffed=function(t){ht&&ht(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(vt.push(e)!==1&&ut===B.requestAnimationFrame||((ut=B.requestAnimationFrame)||bn)(gn)),e.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),He=U=null},B.__c=function(t,e){e.some(function(n){try{n.__h.some(Ee),n.__h=n.__h.filter(function(i){return!i.__||Ge(i)})}catch(i){e.some(function(r){r.__h&&(r.__h=[])}),e=[],B.__e(i,n.__v)}}),$t&&$t(t,e)},B.unmount=function(t){ft&&ft(t);var e,n=t.__c;n&&n.__H&&(n.__H.__.some(function(i){try{Ee(i)}catch(r){e=r}}),n.__H=void 0,e&&B.__e(e,n.__v))};var bt=typeof requestAnimationFrame=="function";function bn(t){var e,n=function(){clearTimeout(i),bt&&cancelAnimationFrame(e),setTimeout(t)},i=setTimeout(n,35);bt&&(e=requestAnimationFrame(n))}function Ee(t){var e=U,n=t.__c;typeof n=="function"&&(t.__c=void 0,n()),U=e}function Ge(t){var e=U;t.__c=t.__(),U=e}function Et(t,e){return!t||t.length!==e.length||e.some(function(n,i){return n!==t[i]})}function It(t,e){return typeof e=="function"?e(t):e}var St=function(t,e,n,i){var r;e[0]=0;for(var o=1;o<e.length;o++){var s=e[o++],a=e[o]?(e[0]|=s?1:2,n[e[o++]]):e[++o];s===3?i[0]=a:s===4?i[1]=Object.assign(i[1]||{},a):s===5?(i[1]=i[1]||{})[e[++o]]=a:s===6?i[1][e[++o]]+=a+"":s?(r=t.apply(a,St(t,a,n,["",null])),i.push(r),a[0]?e[0]|=2:(e[o-2]=0,e[o]=r)):i.push(a)}return i},At=new Map;function Z(t){var e=At.get(this);return e||(e=new Map,At.set(this,e)),(e=St(this,e.get(t)||(e.set(t,e=(function(n){for(var i,r,o=1,s="",a="",u=[0],l=function(d){o===1&&(d||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,d,s):o===3&&(d||s)?(u.push(3,d,s),o=2):o===2&&s==="..."&&d?u.push(4,d,0):o===2&&s&&!d?u.push(5,0,!0,s):o>=5&&((s||!d&&o===5)&&(u.push(o,0,s,r),o=6),d&&(u.push(o,d,0,r),o=6)),s=""},c=0;c<n.length;c++){c&&(o===1&&l(),l(c));for(var $=0;$<n[c].length;$++)i=n[c][$],o===1?i==="<"?(l(),u=[u],o=3):s+=i:o===4?s==="--"&&i===">"?(o=1,s=""):s=i+s[0]:a?i===a?a="":s+=i:i==='"'||i==="'"?a=i:i===">"?(l(),o=1):o&&(i==="="?(o=5,r=s,s=""):i==="/"&&(o<5||n[c][$+1]===">")?(l(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):i===" "||i==="	"||i===`
`||i==="\r"?(l(),o=2):s+=i),o===3&&s==="!--"&&(o=4,u=u[0])}return l(),u})(t)),e),arguments,[])).length>1?e:e[0]}var vn={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations"},networkError:"Cannot reach the server: {message}",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"}}};function ce(t,e,n={}){let i=e.split(".").reduce((o,s)=>o?.[s],vn[t]);return(typeof i=="string"?i:e).replace(/\{(\w+)\}/g,(o,s)=>(n[s]??`{${s}}`).toString())}function Tt(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}var qe="civic-ledger.token",Rt="civic-ledger.lang";function Ae(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let n=e[1].replace(/-/g,"+").replace(/_/g,"/"),i=n+"=".repeat((4-n.length%4)%4),r=Uint8Array.from(atob(i),s=>s.charCodeAt(0)),o=JSON.parse(new TextDecoder().decode(r));return o&&typeof o.role=="string"&&typeof o.exp=="number"?o:null}catch{return null}}var ne={token(){return sessionStorage.getItem(qe)},save(t){sessionStorage.setItem(qe,t.trim())},clear(){sessionStorage.removeItem(qe)}},ue={get(){return localStorage.getItem(Rt)==="en"?"en":"zh"},set(t){localStorage.setItem(Rt,t)}};function oe(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,n=>n.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var F=class extends Error{constructor(e,n={},i=200){super(e),this.code=n.code??"INTERNAL",this.rule=n.rule??null,this.field=n.field??null,this.extensions=n,this.status=i}},Ct=()=>{};function Dt(t){Ct=t}async function D(t,e,{lang:n,token:i=ne.token()}={}){let r={"content-type":"application/json","accept-language":Tt(n)};i&&(r.authorization=`Bearer ${i}`);let o;try{o=await fetch("/graphql",{method:"POST",headers:r,body:JSON.stringify({query:t,variables:e})})}catch(u){throw new F(u.message,{code:"NETWORK"},0)}let s;try{s=await o.json()}catch{throw new F(`HTTP ${o.status}`,{code:"NETWORK"},o.status)}let a=s.errors?.[0];if(a){let u=new F(a.message,a.extensions??{},o.status);throw o.status===401&&Ct(u),u}return s.data}var wt="Asia/Shanghai";function kt(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function V(t){return kt(t).replace(/\s+/g,"").toUpperCase()}function O(t){return String(t??"").trim()}function se(t){return kt(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function H(t){if(t==null||t==="")return"";let e=String(t),n=e.startsWith("-"),[i,r=""]=(n?e.slice(1):e).split("."),o=i.replace(/\B(?=(\d{3})+(?!\d))/g,","),s=(r+"00").slice(0,Math.max(2,r.length));return`${n?"-":""}\xA5${o}.${s}`}function Nt(t){return t==="en"?"en-GB":"zh-CN"}function w(t,e){if(!t)return"";let n=new Date(t);return Number.isNaN(n.getTime())?String(t):new Intl.DateTimeFormat(Nt(e),{timeZone:wt,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(n)}function q(t,e){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return String(t);let i=new Date(Date.UTC(+n[1],+n[2]-1,+n[3]));return new Intl.DateTimeFormat(Nt(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(i)}function Se(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:wt}).format(t)}var P=Z.bind(K),_n=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,yn=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,En=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,In=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,An=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,Sn=10,Tn=1e3,Ot=/^organisation-[0-9a-fA-F-]{36}$/;function Rn(t,e){let n=t("audit.fields."+e);return n==="audit.fields."+e?e:n}var Cn=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function Pt(t,e,n,i){return i==null?t("audit.empty"):n==="status"?t("statuses."+i):n==="kind"?t("kinds."+i):n==="registeredFunds"?H(i):Cn.test(i)?w(i,e):i}function Dn({t,lang:e,ErrorText:n,onOpen:i}){let[r,o]=_(""),[s,a]=_(null),[u,l]=_(null),[c,$]=_(!1),d=async m=>{m.preventDefault();let f=O(r);if(!f||c)return;if(Ot.test(f))return i(f);$(!0),l(null);let h=V(f),p=/^[0-9A-Z]{18}$/.test(h)?{creditCode:h}:{nameContains:f};try{a((await D(_n,{filter:p},{lang:e})).organisations.nodes)}catch(g){l(g),a(null)}finally{$(!1)}};return P`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${d}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${r} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${m=>o(m.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${c}>${t("search")}</button>
    </form>
    <${n} error=${u} />
    ${s&&s.length===0?P`<p class="empty" role="status">${t("noResults")}</p>`:null}
    ${s&&s.length>0?P`<ul class="found" aria-label=${t("audit.found")}>
          ${s.map(m=>P`<li>
              <button type="button" class="link" onClick=${()=>i("organisation-"+m.id)}>${m.name}</button>
              ${" "}<code>${m.creditCode}</code> ${t("statuses."+m.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function wn({t,lang:e,changes:n}){return n.length===0?P`<span class="empty">${t("audit.noChange")}</span>`:P`<ul class="changes">
    ${n.map(i=>P`<li>
        <span class="field-name">${Rn(t,i.field)}</span>: <del>${Pt(t,e,i.field,i.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${Pt(t,e,i.field,i.new)}</ins>
      </li>`)}
  </ul>`}function kn({t,lang:e,ErrorText:n,stream:i,entries:r}){let[o,s]=_(r.length-1),[a,u]=_(null),[l,c]=_(null),$=i.slice(13),d=r[Math.min(o,r.length-1)]?.recordedAt;L(()=>{if(!d)return;let f=!0;return c(null),D(En,{id:$,at:d},{lang:e}).then(h=>f&&u(h.organisationAsOf),h=>f&&c(h)),()=>{f=!1}},[$,d,e]);let m=d?w(d,e):"";return P`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${r.length-1} step="1" value=${o}
        aria-valuetext=${t("audit.sliderValue",{version:r[o]?.version,when:m})}
        onInput=${f=>s(Number(f.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:r[o]?.version,when:m})}</p>
    </div>
    <${n} error=${l} />
    ${a?P`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${a.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+a.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${a.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${a.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${H(a.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${a.version}</dd></div>
        </dl>`:null}
  </section>`}function Nn({t,lang:e,ErrorText:n,stream:i}){let[r,o]=_([]),[s,a]=_(null),[u,l]=_(!1),[c,$]=_(null),d=async(p,g)=>{l(!0),a(null);try{let E=(await D(yn,{s:i,from:p},{lang:e})).recordTimeline;o([...g,E])}catch(E){a(E)}finally{l(!1)}};L(()=>{o([]),$(null),d(0,[])},[i,e]);let m=async()=>{$({busy:!0});try{let p=(await D(An,{s:i},{lang:e})).verifyStream;$({result:p})}catch(p){$({error:p})}},f=r.flatMap(p=>p.entries),h=r[r.length-1];return P`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${i}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${c?.busy} onClick=${m}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${c?.result?P`<${Lt} t=${t} failure=${c.result.firstFailure} ok=${t("audit.recordOk",{count:c.result.eventsChecked})} />`:null}
      </div>
      <${n} error=${c?.error} />
    </div>
    <${n} error=${s} />
    ${f.length>0?P`<${kn} key=${i+f.length} t=${t} lang=${e} ErrorText=${n} stream=${i} entries=${f} />`:null}
    ${f.length>0?P`<table class="timeline">
          <caption>${t("audit.events",{count:h.totalCount})}</caption>
          <thead><tr><th scope="col">${t("version")}</th><th scope="col">${t("audit.when")}</th><th scope="col">${t("audit.who")}</th><th scope="col">${t("audit.what")}</th><th scope="col">${t("audit.reason")}</th><th scope="col">${t("audit.changes")}</th></tr></thead>
          <tbody>
            ${f.map(p=>P`<tr>
                <td>${p.version}</td>
                <td>${w(p.recordedAt,e)}</td>
                <td>${p.actor??t("audit.ledgerItself")}${p.role?P` <span class="role">(${t("roles."+p.role)})</span>`:null}</td>
                <td>${t("audit.kinds."+p.kind)==="audit.kinds."+p.kind?p.kind:t("audit.kinds."+p.kind)}</td>
                <td>${p.reason??""}</td>
                <td><${wn} t=${t} lang=${e} changes=${p.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:u?P`<p role="status">${t("loading")}</p>`:null}
    ${h?.nextVersion!=null&&r.length<Sn?P`<button type="button" disabled=${u} onClick=${()=>d(h.nextVersion,r)}>${t("audit.more")}</button>`:null}
  </section>`}function Lt({t,failure:e,ok:n}){return e?P`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:P`<p class="notice verify-ok">${n}</p>`}function Pn({t,lang:e,ErrorText:n}){let[i,r]=_(null),[o,s]=_(null),[a,u]=_(!1),l=j(!1),c=async()=>{if(l.current)return;l.current=!0,u(!0),s(null);let $=0,d=0;try{let m=!1;for(let f=0;f<Tn&&!m;f++){let h=(await D(In,{after:$},{lang:e})).verifyLedger;if(d+=h.eventsChecked,$=h.lastPosition,m=h.done||h.firstFailure!=null,r({checked:d,at:$,head:h.head,failure:h.firstFailure,done:m}),!m&&h.eventsChecked===0)break}if(!m)throw new F(t("audit.stalled",{position:$}),{code:"INTERNAL"})}catch(m){s(m)}finally{l.current=!1,u(!1)}};return P`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t("audit.verify")}</h2>
    <p>${t("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${c} disabled=${a}>${t("audit.verifyButton")}</button>
    </div>
    ${i?P`<div class="field">
          <label for="audit-verify-progress">${t("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(i.head,1)} value=${i.at}>${i.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${i&&!i.done?P`<p>${t("audit.verifying",{checked:i.checked,head:i.head})}</p>`:null}
      ${i?.done?P`<${Lt} t=${t} failure=${i.failure} ok=${t("audit.ledgerOk",{count:i.checked})} />`:null}
    </div>
    <${n} error=${o} />
  </section>`}function On({t,ErrorText:e}){let[n,i]=_(null),[r,o]=_(!1),s=async()=>{if(!r){o(!0),i(null);try{let a=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${ne.token()}`}});if(!a.ok){let d=(await a.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(d?.message??`HTTP ${a.status}`),{code:d?.extensions?.code??"NETWORK"})}let u=/filename="([^"]+)"/.exec(a.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await a.blob()),c=document.createElement("a");c.href=l,c.download=u,document.body.append(c),c.click(),c.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(a){i(a)}finally{o(!1)}}};return P`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${r} onClick=${s}>${t("audit.exportButton")}</button>
    <${e} error=${n} />
  </section>`}function Ut({t,lang:e,ErrorText:n,params:i}){let[r,o]=_(i.get("stream")),s=a=>{o(a),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(a))};return P`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${Dn} t=${t} lang=${e} ErrorText=${n} onOpen=${s} />
    ${r&&Ot.test(r)?P`<${Nn} key=${r} t=${t} lang=${e} ErrorText=${n} stream=${r} />`:null}
    <${Pn} t=${t} lang=${e} ErrorText=${n} />
    <${On} t=${t} ErrorText=${n} />
  </main>`}var x=Z.bind(K);function Te(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(se(t));if(!e)return null;let n=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(n)?n:null}function Q(t){let e=j(!1),n=j(null),[i,r]=_(!1),[o,s]=_(null);return{run:async(u,l,c)=>{if(!e.current){e.current=!0,r(!0),s(null),n.current??=oe();try{let $=await D(u,{i:{...l,commandId:n.current}},{lang:t});n.current=null,await c($)}catch($){$.code!=="NETWORK"&&(n.current=null),s($)}finally{e.current=!1,r(!1)}}},busy:i,error:o,setError:s}}var Ln=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,Re="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",Bt=`query MyBids { myBids(first: 100) { nodes { ${Re} } } }`,Un=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${Re} } }`,xn=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${Re} } }`,Bn=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${Re} } }`;function Mt({ui:t}){let{t:e,lang:n,ErrorText:i,Link:r}=t,[o,s]=_(null),[a,u]=_(null);return L(()=>{let l=!0;return D(Ln,{after:null},{lang:n}).then(c=>l&&s(c.eligibleProcurements.nodes),c=>l&&u(c)),()=>{l=!1}},[n]),x`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${i} error=${a} />
    ${o==null&&!a?x`<p role="status">${e("loading")}</p>`:null}
    ${o&&o.length===0?x`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${o&&o.length>0?x`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${o.map(l=>x`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${r} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${H(l.procurement.budget)}</td>
                <td>${w(l.procurement.bidDeadline,n)}</td>
                <td>
                  ${l.eligible?x`<strong class="badge ok">${e("proc.eligible")}</strong>`:x`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map(c=>x`<li>${c.message} <code class="rule">${c.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Mn(t,e){if(t.length===0)return{};let n=t.map((o,s)=>`$p${s}: UUID!`).join(", "),i=t.map((o,s)=>`p${s}: procurement(id: $p${s}) { id title }`).join(" "),r=await D(`query Titles(${n}) { ${i} }`,Object.fromEntries(t.map((o,s)=>["p"+s,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.title]))}function Ft({ui:t}){let{t:e,lang:n,ErrorText:i,Link:r}=t,[o,s]=_(null),[a,u]=_({}),[l,c]=_(null);return L(()=>{let $=!0;return D(Bt,{},{lang:n}).then(async d=>{if(!$)return;s(d.myBids.nodes);let m=[...new Set(d.myBids.nodes.map(h=>h.procurementId))].slice(0,100),f=await Mn(m,n);$&&u(f)}).catch(d=>$&&c(d)),()=>{$=!1}},[n]),x`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${i} error=${l} />
    ${o==null&&!l?x`<p role="status">${e("loading")}</p>`:null}
    ${o&&o.length===0?x`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${o&&o.length>0?x`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${o.map($=>x`<tr>
                <td><${r} href=${"/app/procurements/"+$.procurementId}>${a[$.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+$.status)}</td>
                <td>${w($.sealedAt,n)}</td>
                <td>${$.replacements}</td>
                <td><code class="hash">${$.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function xt({ui:t,prefix:e,command:n,submitLabel:i,onSend:r}){let{t:o,ErrorText:s}=t,[a,u]=_(""),[l,c]=_(""),[$,d]=_(null),m=g=>{g.preventDefault();let E=Te(a);if(E==null)return d(new F(o("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));d(null),r(E,O(l))},f=$??n.error,h=f&&(f.field==="priceFen"||f.field==="price"),p=f&&f.field==="technicalProposal";return x`<form class="bid" onSubmit=${m} novalidate>
    <div class=${"field"+(h?" invalid":"")}>
      <label for=${e+"-price"}>${o("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${a} aria-describedby=${e+"-price-hint"+(h?" "+e+"-price-error":"")}
        aria-invalid=${h?"true":void 0} onInput=${g=>u(g.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${o("proc.priceHint")}</p>
      ${h?x`<${s} error=${f} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(p?" invalid":"")}>
      <label for=${e+"-proposal"}>${o("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${l} aria-invalid=${p?"true":void 0}
        aria-describedby=${p?e+"-proposal-error":void 0} onInput=${g=>c(g.currentTarget.value)}></textarea>
      ${p?x`<${s} error=${f} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${n.busy}>${i}</button>
      ${f&&!h&&!p?x`<${s} error=${f} id=${e+"-error"} />`:null}
    </div>
  </form>`}function Ht({ui:t,procurement:e,onChanged:n}){let{t:i,lang:r,ErrorText:o}=t,[s,a]=_(null),[u,l]=_(null),[c,$]=_(null),[d,m]=_(0),f=Q(r),h=Q(r),p=Q(r);L(()=>{let y=!0;return D(Bt,{},{lang:r}).then(T=>y&&a(T.myBids.nodes.filter(v=>v.procurementId===e.id)),T=>y&&l(T)),()=>{y=!1}},[r,e.id,d]);let g=y=>()=>{$(i(y)),m(T=>T+1),n()},E=s?.find(y=>y.status==="SUBMITTED"),b=e.status==="PUBLISHED";return x`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${i("proc.myBid")}</h2>
    ${c?x`<p class="notice" role="status">${c}</p>`:null}
    <${o} error=${u} />
    ${E?x`<dl class="facts">
            <div><dt>${i("state")}</dt><dd id="my-bid-status">${i("proc.bidStatuses."+E.status)}</dd></div>
            <div><dt>${i("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${E.commitment}</code></dd></div>
            <div><dt>${i("proc.sealedAt")}</dt><dd>${w(E.sealedAt,r)}</dd></div>
            <div><dt>${i("proc.replacements")}</dt><dd>${E.replacements}</dd></div>
          </dl>
          <p class="hint">${i("proc.sealedNote")}</p>
          ${b?x`<h3>${i("proc.replaceBid")}</h3>
                <${xt} ui=${t} prefix="replace" command=${h} submitLabel=${i("proc.replaceBid")}
                  onSend=${(y,T)=>h.run(xn,{bidId:E.id,priceFen:y,technicalProposal:T,documents:[],expectedVersion:E.version},g("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${p.busy}
                    onClick=${()=>p.run(Bn,{bidId:E.id,expectedVersion:E.version},g("proc.bidWithdrawn"))}>${i("proc.withdrawBid")}</button>
                  <${o} error=${p.error} id="withdraw-error" />
                </div>`:null}`:b?x`<${xt} ui=${t} prefix="bid" command=${f} submitLabel=${i("proc.submitBid")}
            onSend=${(y,T)=>f.run(Un,{procurementId:e.id,priceFen:y,technicalProposal:T,documents:[]},g("proc.bidSubmitted"))} />`:x`<p class="empty">${i("proc.notTakingBids")}</p>`}
  </section>`}var S=Z.bind(K),Fn=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],Hn=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],Vt="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",Gn=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${Vt} } }
}`,qn=`${Vt} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects }
  report { committeeId ranking { rank bidId organisationId price total } }
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt }
  ended { rule reason at }`,Vn=`query One($id: UUID!) { procurement(id: $id) { ${qn} } }`,Gt=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,jn=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,Wn=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,Yn="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",Kn="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",Qn="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",zn="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",Zn="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",Jn="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",Xn="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }";function qt(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function Ce(t){let e=new Date(Se()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function je(t,e){return t.openedBids.find(n=>n.organisationId===e)?.organisationName??e}function jt({t,status:e}){return e?S`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function Wt({ui:t,params:e}){let{t:n,lang:i,claims:r,ErrorText:o,Link:s,navigate:a}=t,u=r?.role==="purchaser",[l,c]=_(e.get("jurisdiction")??r?.jurisdiction??""),[$,d]=_(e.get("status")??""),[m,f]=_(e.get("item")??""),h=u&&e.get("mine")==="1",[p,g]=_(null),[E,b]=_(null),y=e.toString();L(()=>{let v=e.get("jurisdiction")??r?.jurisdiction;if(!h&&!v)return g(null);let I=h?{mine:!0}:{jurisdiction:v};e.get("status")&&(I.status=e.get("status")),!h&&e.get("item")&&(I.item=e.get("item"));let R=!0;return b(null),D(Gn,{f:I},{lang:i}).then(k=>R&&g(k.procurements),k=>R&&(b(k),g(null))),()=>{R=!1}},[y,i,h]);let T=v=>{v.preventDefault();let I=new URLSearchParams;O(l)&&I.set("jurisdiction",O(l)),$&&I.set("status",$),O(m)&&I.set("item",O(m).toUpperCase()),a("/app/procurements?"+I.toString())};return S`<main id="main">
    <h1>${n(h?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${n(h?"proc.mineIntro":"proc.boardIntro")}</p>
    ${u?S`<p class="actions">
          <${s} href="/app/procurements/new" class="button">${n("proc.draftTitle")}<//>
          ${" "}<${s} href=${h?"/app/procurements":"/app/procurements?mine=1"}>${n(h?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${h?null:S`<form class="search board-filter" role="search" onSubmit=${T} aria-label=${n("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${n("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${v=>c(v.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${n("state")}</label>
            <select id="board-status" value=${$} onChange=${v=>d(v.currentTarget.value)}>
              <option value="">${n("proc.anyStatus")}</option>
              ${Fn.map(v=>S`<option value=${v}>${n("proc.statuses."+v)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${n("proc.itemCode")}</label>
            <input id="board-item" value=${m} spellcheck=${!1} onInput=${v=>f(v.currentTarget.value)} /></div>
          <button type="submit">${n("search")}</button>
        </form>`}
    <${o} error=${E} />
    ${p&&p.nodes.length===0?S`<p class="empty" role="status">${n("proc.boardEmpty")}</p>`:null}
    ${p&&p.nodes.length>0?S`<table class="board">
          <caption>${n("proc.boardCount",{count:p.totalCount})}</caption>
          <thead><tr><th scope="col">${n("proc.title")}</th><th scope="col">${n("proc.purchaser")}</th><th scope="col">${n("proc.item")}</th><th scope="col">${n("proc.budget")}</th><th scope="col">${n("proc.bidDeadline")}</th><th scope="col">${n("state")}</th></tr></thead>
          <tbody>
            ${p.nodes.map(v=>S`<tr>
                <td><${s} href=${"/app/procurements/"+v.id}>${v.title}<//></td>
                <td>${v.purchaser}</td>
                <td><code>${v.item.code}</code> ${v.item.nameZh}</td>
                <td class="money">${H(v.budget)}</td>
                <td>${w(v.bidDeadline,i)}</td>
                <td><${jt} t=${n} status=${v.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function ei(t,e){let n=[],i=null;for(let a=0;a<5;a++){let u=await D(Wn,{j:t,after:i},{lang:e});if(!u.catalogue)return null;if(n.push(...u.catalogue.items.nodes),!u.catalogue.items.pageInfo.hasNextPage)break;i=u.catalogue.items.pageInfo.endCursor}let r=new Map;for(let a of n)r.set(a.parent??"",[...r.get(a.parent??"")??[],a]);let o=[],s=(a,u)=>{for(let l of(r.get(a)??[]).sort((c,$)=>c.code.localeCompare($.code)))o.push({...l,depth:u}),u<10&&s(l.code,u+1)};return s("",0),o}function Ve(t){let e=O(t).replace(/[\uFF10-\uFF19]/g,n=>String.fromCharCode(n.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var ti=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],ni={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function ii(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(ti.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:ni[t.rule]??null}function Yt({ui:t}){let{t:e,lang:n,claims:i,ErrorText:r,navigate:o}=t,[s,a]=_(void 0),[u,l]=_(null),[c,$]=_(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:Ce(60),serviceEnd:Ce(330),bidDeadline:Ce(21)+"T17:00",openingAt:Ce(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:e("proc.defaultPlan"),points:"40"},{name:e("proc.defaultTeam"),points:"30"}]})),[d,m]=_(null),f=Q(n);L(()=>{let I=!0;return ei(i.jurisdiction,n).then(R=>I&&a(R),R=>I&&l(R)),()=>{I=!1}},[i.jurisdiction,n]);let h=(I,R)=>$(k=>({...k,[I]:R})),p=(I,R,k)=>$(G=>({...G,criteria:G.criteria.map((M,Ne)=>Ne===I?{...M,[R]:k}:M)})),g=I=>{I.preventDefault();let R=Te(c.budget),k=Te(c.bidSecurity||"0");if(R==null)return m(new F(e("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(k==null)return m(new F(e("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([c.minRating,c.minYears].some(M=>O(M)&&Ve(M)==null))return m(new F(e("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));m(null);let G={purchaser:O(c.purchaser),title:O(c.title),description:O(c.description),item:c.item,method:c.method,budgetFen:R,bidSecurityFen:k,serviceStart:c.serviceStart,serviceEnd:c.serviceEnd,requirements:{kinds:c.kinds,minRating:Ve(c.minRating),minYearsRegistered:Ve(c.minYears)},scoring:{priceWeightPercent:Number(c.priceWeight)||0,criteria:c.criteria.filter(M=>O(M.name)).map((M,Ne)=>({key:"c"+(Ne+1),name:O(M.name),maxPoints:Number(M.points)||0}))},bidDeadline:qt(c.bidDeadline),openingAt:qt(c.openingAt)};f.run(Yn,G,M=>o("/app/procurements/"+M.draftProcurement.id+"?drafted=1"))},E=d??f.error,b=ii(E),y=I=>({id:"draft-"+I,"aria-invalid":b===I?"true":void 0,"aria-describedby":b===I?"draft-"+I+"-error":void 0}),T=I=>b===I?S`<${r} error=${E} id=${"draft-"+I+"-error"} />`:null,v=(I,R,k={})=>S`<div class=${"field"+(b===I?" invalid":"")}>
    <label for=${"draft-"+I}>${e(R)}</label>
    <input ...${y(I)} value=${c[k.key??I]} type=${k.type??"text"} inputmode=${k.inputmode}
      onInput=${G=>h(k.key??I,G.currentTarget.value)} />
    ${k.hint?S`<p class="hint">${e(k.hint)}</p>`:null}
    ${T(I)}
  </div>`;return S`<main id="main">
    <h1>${e("proc.draftTitle")}</h1>
    <p>${e("proc.draftIntro",{jurisdiction:i.jurisdiction})}</p>
    <${r} error=${u} />
    ${s===null?S`<p class="error" role="alert">${e("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${g} novalidate>
      ${v("purchaser","proc.purchaser")}
      ${v("title","proc.title")}
      <div class=${"field"+(b==="description"?" invalid":"")}>
        <label for="draft-description">${e("proc.description")}</label>
        <textarea ...${y("description")} rows="3" value=${c.description} onInput=${I=>h("description",I.currentTarget.value)}></textarea>
        ${T("description")}
      </div>
      <div class=${"field"+(b==="item"?" invalid":"")}>
        <label for="draft-item">${e("proc.item")}</label>
        <select ...${y("item")} value=${c.item} onChange=${I=>h("item",I.currentTarget.value)}>
          <option value="">${e("proc.pickItem")}</option>
          ${(s??[]).map(I=>S`<option value=${I.code} disabled=${I.status!=="ACTIVE"}>
              ${"\u3000".repeat(I.depth)}${I.code} ${n==="en"&&I.nameEn?I.nameEn:I.nameZh}${I.status!=="ACTIVE"?" "+e("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${e("proc.itemHint")}</p>
        ${T("item")}
      </div>
      <div class="field">
        <label for="draft-method">${e("proc.method")}</label>
        <select id="draft-method" value=${c.method} onChange=${I=>h("method",I.currentTarget.value)}>
          ${Hn.map(I=>S`<option value=${I}>${e("proc.methods."+I)}</option>`)}
        </select>
      </div>
      ${v("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${v("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${v("serviceStart","proc.serviceStart",{type:"date"})}
      ${v("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${v("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${v("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+(b==="requirements"?" invalid":"")}>
        <legend>${e("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(I=>S`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+I} checked=${c.kinds.includes(I)}
            onChange=${R=>h("kinds",R.currentTarget.checked?[...c.kinds,I]:c.kinds.filter(k=>k!==I))} />
            <label for=${"draft-kind-"+I}>${e("kinds."+I)}</label></div>`)}
        <p class="hint">${e("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${e("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${c.minRating} aria-describedby=${"draft-limits-hint"+(b==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${b==="requirements"?"true":void 0} onInput=${I=>h("minRating",I.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${e("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${c.minYears} aria-describedby=${"draft-limits-hint"+(b==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${b==="requirements"?"true":void 0} onInput=${I=>h("minYears",I.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${e("proc.limitsHint")}</p>
        ${T("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+(b==="scoring"?" invalid":"")}>
        <legend>${e("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${e("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${c.priceWeight} onInput=${I=>h("priceWeight",I.currentTarget.value)}
            aria-invalid=${b==="scoring"?"true":void 0} aria-describedby=${b==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${c.criteria.map((I,R)=>S`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+R}>${e("proc.criterion",{n:R+1})}</label>
              <input id=${"draft-criterion-"+R} value=${I.name} onInput=${k=>p(R,"name",k.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+R}>${e("proc.maxPoints")}</label>
              <input id=${"draft-points-"+R} inputmode="numeric" value=${I.points} onInput=${k=>p(R,"points",k.currentTarget.value)} /></div>
          </div>`)}
        ${T("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${f.busy}>${f.busy?e("submitting"):e("proc.saveDraft")}</button>
        ${E&&!b?S`<${r} error=${E} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function De({ui:t,id:e,label:n,mutation:i,input:r,onDone:o,className:s}){let{lang:a,ErrorText:u}=t,l=Q(a);return S`<div class="action">
    <button type="button" id=${e} class=${s} disabled=${l.busy} onClick=${()=>l.run(i,r,o)}>${n}</button>
    <${u} error=${l.error} id=${e+"-error"} />
  </div>`}function ri({ui:t,p:e,challenge:n,onDone:i}){let{t:r,lang:o,ErrorText:s}=t,[a,u]=_("DISMISSED"),[l,c]=_(""),$=Q(o),d="answer-"+n.challengeId;return S`<form class="answer" onSubmit=${f=>{f.preventDefault(),$.run(Xn,{procurementId:e.id,challengeId:n.challengeId,decision:a,reply:O(l),expectedVersion:e.version},i)}}>
    <div class="field"><label for=${d+"-decision"}>${r("proc.decision")}</label>
      <select id=${d+"-decision"} value=${a} onChange=${f=>u(f.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(f=>S`<option value=${f}>${r("proc.decisions."+f)}</option>`)}
      </select></div>
    <div class="field"><label for=${d+"-reply"}>${r("proc.reply")}</label>
      <textarea id=${d+"-reply"} rows="2" value=${l} onInput=${f=>c(f.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${$.busy}>${r("proc.answer")}</button>
      <${s} error=${$.error} id=${d+"-error"} />
    </div>
  </form>`}function oi({ui:t,p:e,generation:n,onDone:i}){let{t:r,lang:o,ErrorText:s}=t,[a,u]=_([]),[l,c]=_("5"),[$,d]=_(null),m=Q(o);L(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let p=!0;return D(jn,{id:e.id},{lang:o}).then(g=>p&&u(g.procurementCommittees),g=>p&&d(g)),()=>{p=!1}},[e.id,n,o]);let f={procurementId:e.id,expectedVersion:e.version},h=p=>()=>i(r(p));return S`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${r("proc.purchaserActions")}</h2>
    <${s} error=${$} />
    ${e.status==="DRAFT"?S`<p>${r("proc.publishIntro")}</p>
          <${De} ui=${t} id="publish" label=${r("proc.publish")} mutation=${Kn} input=${f} onDone=${h("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?S`<p>${r("proc.openIntro",{at:w(e.openingAt,o)})}</p>
          <${De} ui=${t} id="open-bids" label=${r("proc.openBids")} mutation=${Qn} input=${f} onDone=${h("proc.opened")} />`:null}
    ${e.status==="OPENED"||a.length>0?S`<h3>${r("proc.committees")}</h3>
          ${a.length===0?S`<p class="empty">${r("proc.noCommittee")}</p>`:null}
          ${a.length>0?S`<table class="committees"><caption>${r("proc.committees")}</caption>
                <thead><tr><th scope="col">${r("state")}</th><th scope="col">${r("proc.seats")}</th><th scope="col">${r("proc.submitted")}</th><th scope="col">${r("proc.constitutedAt")}</th></tr></thead>
                <tbody>${a.map(p=>S`<tr><td>${r("proc.committeeStatuses."+p.status)}</td><td>${p.sitting} / ${p.seats}</td><td>${p.submitted} / ${p.sitting}</td><td>${w(p.constitutedAt,o)}</td></tr>`)}</tbody></table>`:null}
          ${a.filter(p=>p.status==="SCORING").map(p=>p.submitted<p.sitting?S`<p class="hint" id="committee-waiting">${r("proc.waitingSheets",{count:p.sitting-p.submitted})}</p>`:S`<${De} ui=${t} id="conclude" label=${r("proc.conclude")} mutation=${Zn}
                    input=${{committeeId:p.committeeId,expectedVersion:p.version}} onDone=${h("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!a.some(p=>p.status==="SCORING")?S`<form class="constitute" onSubmit=${p=>{p.preventDefault(),m.run(zn,{procurementId:e.id,experts:Number(l)||0,representatives:[]},h("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${r("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${p=>c(p.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${m.busy}>${r("proc.constitute")}</button>
                  <${s} error=${m.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?S`<h3>${r("proc.award")}</h3>
          <p>${r("proc.awardIntro")}</p>
          ${e.report.ranking.map(p=>S`<${De} ui=${t} id=${"award-"+p.rank} label=${r("proc.awardTo",{rank:p.rank,name:je(e,p.organisationId),price:H(p.price)})}
              mutation=${Jn} input=${{...f,bidId:p.bidId}} onDone=${h("proc.awarded")} />`)}`:null}
    ${e.challenges.filter(p=>!p.decision).map(p=>S`<h3>${r("proc.answerChallenge",{due:q(p.replyDue,o)})}</h3>
          <p>${p.grounds}</p>
          <${ri} ui=${t} p=${e} challenge=${p} onDone=${h("proc.answered")} />`)}
  </section>`}function Kt({ui:t,id:e,flash:n}){let{t:i,lang:r,claims:o,ErrorText:s}=t,[a,u]=_(void 0),[l,c]=_(null),[$,d]=_(null),[m,f]=_(n),[h,p]=_(0);L(()=>{let y=!0;return D(Vn,{id:e},{lang:r}).then(async T=>{if(!y)return;u(T.procurement);let I=T.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(T.procurement.status)?(await D(Gt,{id:e},{lang:r})).sealedBids:null;y&&c(I)}).catch(T=>y&&d(T)),()=>{y=!1}},[e,r,h]);let g=a?.status==="PUBLISHED";if(L(()=>{if(!g)return;let y=setInterval(()=>{D(Gt,{id:e},{lang:r}).then(c,()=>{})},3e4);return()=>clearInterval(y)},[g,e,r]),$)return S`<main id="main"><${s} error=${$} /></main>`;if(a===void 0)return S`<main id="main"><p role="status">${i("loading")}</p></main>`;if(a===null)return S`<main id="main"><h1>${i("proc.notFound")}</h1></main>`;let E=o?.role==="purchaser"&&o.organisation===a.purchaserUnit,b=(y,T,v)=>S`<div><dt>${i(y)}</dt><dd id=${v}>${T}</dd></div>`;return S`<main id="main" class="procurement">
    <h1>${a.title}</h1>
    ${m?S`<p class="notice" role="status">${m}</p>`:null}
    <p><${jt} t=${i} status=${a.status} /> ${a.purchaser} · ${i("jurisdiction")} ${a.jurisdiction}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${i("proc.terms")}</h2>
      <p>${a.description}</p>
      <dl class="facts">
        ${b("proc.item",S`<code>${a.item.code}</code> ${a.item.nameZh}`)}
        ${b("proc.method",i("proc.methods."+a.method))}
        ${b("proc.budget",H(a.budget),"proc-budget")}
        ${b("proc.bidSecurity",H(a.bidSecurity))}
        ${b("proc.servicePeriod",`${q(a.serviceStart,r)} \u2013 ${q(a.serviceEnd,r)}`)}
        ${b("proc.bidDeadline",w(a.bidDeadline,r)+" "+i("proc.chinaTime"),"proc-deadline")}
        ${b("proc.openingAt",w(a.openingAt,r)+" "+i("proc.chinaTime"),"proc-opening")}
        ${a.publishedAt?b("proc.publishedAt",w(a.publishedAt,r)):null}
        ${b("proc.eligibility",a.requirements.kinds.length?a.requirements.kinds.map(y=>i("kinds."+y)).join("\u3001"):i("proc.anyKind"))}
        ${a.requirements.minRating!=null?b("proc.minRating",`${a.requirements.minRating}A`):null}
        ${a.requirements.minYearsRegistered!=null?b("proc.minYears",String(a.requirements.minYearsRegistered)):null}
        ${b("proc.scoring",[i("proc.priceWeightShort",{n:a.scoring.priceWeightPercent}),...a.scoring.criteria.map(y=>`${y.name} ${y.maxPoints}`)].join("\uFF1B"))}
        ${a.amendments?b("proc.amendments",String(a.amendments)):null}
      </dl>
    </section>
    ${l?S`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${i("proc.sealedBids")}</h2>
          <p id="sealed-count">${i("proc.sealedCount",{count:l.totalCount})}</p>
          <p class="hint">${i("proc.sealedIntro")}</p>
          ${l.nodes.length>0?S`<table class="sealed"><caption>${i("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${i("proc.sealedAt")}</th><th scope="col">${i("proc.commitment")}</th></tr></thead>
                <tbody>${l.nodes.map(y=>S`<tr><td>${w(y.sealedAt,r)}</td><td><code class="hash">${y.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${a.openedAt?S`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${i("proc.opening",{at:w(a.openedAt,r)})}</h2>
          ${a.openedBids.length===0?S`<p class="empty">${i("proc.noBids")}</p>`:null}
          ${a.openedBids.length>0?S`<table class="opened"><caption>${i("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${i("organisation")}</th><th scope="col">${i("proc.price")}</th><th scope="col">${i("proc.valid")}</th><th scope="col">${i("proc.commitment")}</th></tr></thead>
                <tbody>${a.openedBids.map(y=>S`<tr><td>${y.organisationName}</td><td class="money">${H(y.price)}</td>
                    <td>${y.valid?i("proc.validYes"):S`${i("proc.validNo")}: ${y.defects.join("\uFF1B")}`}</td><td><code class="hash">${y.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${a.report?S`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${i("proc.ranking")}</h2>
          <ol class="ranking">${a.report.ranking.map(y=>S`<li>${je(a,y.organisationId)} · ${H(y.price)} · ${i("proc.total",{total:y.total})}</li>`)}</ol>
        </section>`:null}
    ${a.award?S`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${i("proc.awardNotice")}</h2>
          <p id="award-notice">${i("proc.awardText",{organisation:je(a,a.award.organisationId),price:H(a.award.price),at:w(a.award.noticedAt,r),deadline:q(a.award.challengeDeadline,r)})}</p>
        </section>`:null}
    ${a.challenges.length>0?S`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${i("proc.challenges")}</h2>
          <ul>${a.challenges.map(y=>S`<li>${w(y.filedAt,r)}: ${y.grounds} — ${y.decision?`${i("proc.decisions."+y.decision)}\uFF1A${y.reply??""}`:i("proc.unanswered",{due:q(y.replyDue,r)})}</li>`)}</ul>
        </section>`:null}
    ${a.ended?S`<p class="notice">${i("proc.ended",{reason:a.ended.reason,at:w(a.ended.at,r)})}${a.ended.rule?` (${a.ended.rule})`:""}</p>`:null}
    ${E?S`<${oi} ui=${t} p=${a} generation=${h} onDone=${y=>(f(y),p(T=>T+1))} />`:null}
    ${o?.role==="ngo"?S`<${Ht} ui=${t} procurement=${a} onChanged=${()=>p(y=>y+1)} />`:null}
  </main>`}var C=Z.bind(K),si=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function ai(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(se(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var di=t=>(t/100).toFixed(2),li="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",zt=`committeeId procurementId status version seats seed constitutedAt concludedAt allSubmitted
  members { ${li} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,ci=`query MyCommittees { myCommittees(first: 100) { ${zt} } }`,Qt=`query Committee($id: UUID!) { committee(id: $id) { ${zt} } }`,ui=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,pi="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",mi="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function hi(t,e){if(t.length===0)return{};let n=t.map((o,s)=>`$p${s}: UUID!`).join(", "),i=t.map((o,s)=>`p${s}: procurement(id: $p${s}) { id title }`).join(" "),r=await D(`query Titles(${n}) { ${i} }`,Object.fromEntries(t.map((o,s)=>["p"+s,o])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(o=>[o.id,o.title]))}function Zt({ui:t}){let{t:e,lang:n,claims:i,ErrorText:r,Link:o}=t,[s,a]=_(null),[u,l]=_({}),[c,$]=_(null);return L(()=>{let d=!0;return D(ci,{},{lang:n}).then(async m=>{if(!d)return;a(m.myCommittees);let f=await hi([...new Set(m.myCommittees.map(h=>h.procurementId))].slice(0,100),n);d&&l(f)}).catch(m=>d&&$(m)),()=>{d=!1}},[n]),C`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${r} error=${c} />
    ${s==null&&!c?C`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?C`<p class="empty">${e("eval.none")}</p>`:null}
    ${s&&s.length>0?C`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${s.map(d=>{let m=d.members.find(h=>h.memberId===i.organisation),f=d.members.filter(h=>h.sitting);return C`<tr>
                <td><${o} href=${"/app/committees/"+d.committeeId}>${u[d.procurementId]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+d.status)}</td>
                <td>${m?e(m.sitting?m.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${f.filter(h=>h.submitted).length} / ${f.length}</td>
                <td>${w(d.constitutedAt,n)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function $i(t,e,n){if(!t||t.field!=="scores.criteria.points")return null;let i=e.find(o=>t.message.includes(o.bidId)),r=n.find(o=>t.message.includes(`'${o.name}'`));return i&&r?`${i.bidId}/${r.key}`:null}function fi({ui:t,committee:e,me:n,bids:i,criteria:r,onDone:o}){let{t:s,lang:a,ErrorText:u}=t,[l,c]=_({}),[$,d]=_(null),m=Q(a),f=g=>{g.preventDefault();let E=[];for(let b of i){let y={bidId:b.bidId,criteria:[]};for(let T of r){let v=ai(l[b.bidId+"/"+T.key]??"");if(v==null)return d({key:b.bidId+"/"+T.key,error:new F(s("eval.pointsInvalid",{max:T.maxPoints}),{code:"VALIDATION"})});y.criteria.push({key:T.key,pointsHundredths:v})}E.push(y)}d(null),m.run(mi,{committeeId:e.committeeId,memberId:n.memberId,scores:E},o)},h=$i(m.error,i,r),p=g=>$?.key===g?$.error:h===g?m.error:null;return C`<form class="sheet" onSubmit=${f} novalidate>
    <table class="sheet">
      <caption>${s("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${s("organisation")}</th><th scope="col">${s("proc.price")}</th>${r.map(g=>C`<th scope="col">${g.name} (${s("eval.max",{max:g.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${i.map((g,E)=>C`<tr>
            <th scope="row">${g.organisationName}</th>
            <td class="money">${H(g.price)}</td>
            ${r.map(b=>{let y=g.bidId+"/"+b.key,T=`score-${E}-${b.key}`,v=p(y);return C`<td class=${"field"+(v?" invalid":"")}>
                <label class="sr-only" for=${T}>${s("eval.scoreLabel",{name:g.organisationName,criterion:b.name})}</label>
                <input id=${T} inputmode="decimal" size="6" value=${l[y]??""} aria-invalid=${v?"true":void 0}
                  aria-describedby=${v?T+"-error":void 0} onInput=${I=>c({...l,[y]:I.currentTarget.value})} />
                ${v?C`<${u} error=${v} id=${T+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${s("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${m.busy}>${s("eval.submitSheet")}</button>
      ${m.error&&!h?C`<${u} error=${m.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function gi({ui:t,committee:e,me:n,bids:i,onDone:r}){let{t:o,lang:s,ErrorText:a}=t,[u,l]=_(i[0]?.organisationId??""),[c,$]=_("OTHER"),[d,m]=_(""),f=Q(s),h=g=>{g.preventDefault(),f.run(pi,{committeeId:e.committeeId,memberId:n.memberId,organisationId:u,kind:c,note:d.trim()},r)},p=f.error?.field==="note";return C`<form class="relation" onSubmit=${h} novalidate>
    <div class="field"><label for="relation-org">${o("eval.relatedBidder")}</label>
      <select id="relation-org" value=${u} onChange=${g=>l(g.currentTarget.value)}>
        ${i.map(g=>C`<option value=${g.organisationId}>${g.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${o("eval.relationKind")}</label>
      <select id="relation-kind" value=${c} onChange=${g=>$(g.currentTarget.value)}>
        ${si.map(g=>C`<option value=${g}>${o("eval.kinds."+g)}</option>`)}
      </select></div>
    <div class=${"field"+(p?" invalid":"")}><label for="relation-note">${o("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${d} aria-invalid=${p?"true":void 0} aria-describedby=${p?"relation-note-error":void 0}
        onInput=${g=>m(g.currentTarget.value)}></textarea>
      ${p?C`<${a} error=${f.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${f.busy}>${o("eval.declare")}</button>
      ${f.error&&!p?C`<${a} error=${f.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function bi(t,e,n){let i=t?.find(r=>r.bidId===e)?.criteria.find(r=>r.key===n)?.pointsHundredths;return i==null?"":di(i)}function Jt({ui:t,id:e}){let{t:n,lang:i,claims:r,ErrorText:o,Link:s}=t,[a,u]=_(void 0),[l,c]=_(null),[$,d]=_(null),[m,f]=_(null);L(()=>{let v=!0;return D(Qt,{id:e},{lang:i}).then(async I=>{if(v&&(u(I.committee),I.committee)){let R=await D(ui,{id:I.committee.procurementId},{lang:i});v&&c(R.procurement)}}).catch(I=>v&&d(I)),()=>{v=!1}},[e,i]);let h=v=>async()=>{let I=await D(Qt,{id:e},{lang:i});u(I.committee),f(n(v))};if(a===void 0&&!$)return C`<main id="main"><p role="status">${n("loading")}</p></main>`;if(!a)return C`<main id="main"><h1>${n("eval.committee")}</h1><${o} error=${$} />${$?null:C`<p class="empty">${n("eval.notFound")}</p>`}</main>`;let p=a.members.find(v=>v.memberId===r?.organisation),g=l?.openedBids.filter(v=>v.valid)??[],E=l?.scoring.criteria??[],b=v=>l?.openedBids.find(I=>I.organisationId===v)?.organisationName??v,y=a.members.filter(v=>v.sitting),T=a.status==="SCORING";return C`<main id="main">
    <h1>${n("eval.committee")}${l?C`：<${s} href=${"/app/procurements/"+l.id}>${l.title}<//>`:null}</h1>
    ${m?C`<p class="notice" role="status">${m}</p>`:null}
    <${o} error=${$} />
    <dl class="facts">
      <div><dt>${n("state")}</dt><dd id="committee-status">${n("eval.statuses."+a.status)}</dd></div>
      <div><dt>${n("eval.seats")}</dt><dd>${a.seats}</dd></div>
      <div><dt>${n("eval.sheetsIn")}</dt><dd id="sheets-in">${y.filter(v=>v.submitted).length} / ${y.length}</dd></div>
      <div><dt>${n("eval.constitutedAt")}</dt><dd>${w(a.constitutedAt,i)}</dd></div>
    </dl>

    ${p&&!p.sitting?C`<p class="notice" id="recused">${n("eval.youRecused")}</p>
          <ul class="reasons">${p.recusal.map(v=>C`<li>${b(v.organisationId)} — ${n("eval.kinds."+v.kind)}${v.note?"\uFF1A"+v.note:""}</li>`)}</ul>`:null}
    ${p&&p.sitting&&T&&!p.submitted&&l?C`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${n("eval.yourSheet")}</h2>
            <${fi} ui=${t} committee=${a} me=${p} bids=${g} criteria=${E} onDone=${h("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${n("eval.declareTitle")}</h2>
            <p class="hint">${n("eval.declareHint")}</p>
            <${gi} ui=${t} committee=${a} me=${p} bids=${g} onDone=${h("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${n("eval.members")}</h2>
      ${a.allSubmitted?null:C`<p class="hint" id="sheets-hidden">${n("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${n("eval.members")}</caption>
        <thead><tr><th scope="col">${n("eval.member")}</th><th scope="col">${n("eval.role")}</th><th scope="col">${n("state")}</th><th scope="col">${n("eval.sheetDigest")}</th>
          ${E.map(v=>C`<th scope="col">${v.name}</th>`)}</tr></thead>
        <tbody>
          ${a.members.map(v=>C`<tr class=${v.memberId===p?.memberId?"me":""}>
              <td>${v.name}${v.memberId===p?.memberId?C` <strong>(${n("eval.you")})</strong>`:null}</td>
              <td>${n("eval.roles."+v.role)}</td>
              <td>${n(v.sitting?v.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${v.sheetDigest?C`<code class="hash">${v.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${E.map(I=>C`<td class="scores">${v.scores?g.map(R=>C`<span class="score">${R.organisationName}：${bi(v.scores,R.bidId,I.key)}</span> `):v.submitted?C`<span class="hidden">${n("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${a.report?C`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${n("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${a.report.ranking.map(v=>C`<li>${b(v.organisationId)} · ${H(v.price)} · ${n("eval.total",{total:v.total,price:v.priceScore,criteria:v.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${n("eval.sheetsDigest")} <code class="hash">${a.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var A=Z.bind(K),nn=ct(null),z=()=>yt(nn);function Xt(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),n=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"organisation",id:n[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let i=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"procurement",id:i[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let r=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);return r?{screen:"committee",id:r[1]}:{screen:"home"}}function ke(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function W({href:t,children:e,...n}){return A`<a href=${t} onClick=${r=>{r.button!==0||r.metaKey||r.ctrlKey||r.shiftKey||r.altKey||(r.preventDefault(),ke(t))}} ...${n}>${e}</a>`}function vi(t,e){let n=t("rules."+e);return n==="rules."+e?"":t("ruleSeparator")+n}function J({error:t,id:e}){let{t:n}=z();if(!t)return null;let i=t.code==="CONFLICT"?n("conflict"):t.code==="NETWORK"?n("networkError",{message:t.message}):t.message;return A`<p class="error" id=${e} role="alert">
    ${i}${t.rule?A` <span class="rule">(${n("ruleLabel",{rule:t.rule})}${vi(n,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?A` <button type="button" class="link" onClick=${()=>location.reload()}>${n("reload")}</button>`:null}
  </p>`}function Y({id:t,label:e,error:n,children:i,hint:r}){return A`<div class=${"field"+(n?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${i}
    ${r?A`<p class="hint" id=${t+"-hint"}>${r}</p>`:null}
    <${J} error=${n} id=${t+"-error"} />
  </div>`}function ie(t,e,n){return[n?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function rn({status:t}){let{t:e}=z();return t?A`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function on(t,e){return t("cases."+e.kind,{year:e.year})}function _i({notice:t,onToken:e}){let{t:n,lang:i}=z(),[r,o]=_(""),[s,a]=_(""),[u,l]=_(""),[c,$]=_(null),[d,m]=_(null),[f,h]=_(!1),p=async E=>{if(E.preventDefault(),!f){h(!0),$(null);try{let b=await D("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:O(r),p:s},{lang:i,token:null});e(b.signIn.token)}catch(b){$(b)}finally{h(!1)}}},g=E=>{E.preventDefault();let b=Ae(u);if(!b)return m(new F(n("tokenMalformed"),{code:"VALIDATION"}));if(b.exp*1e3<=Date.now())return m(new F(n("tokenExpired"),{code:"UNAUTHENTICATED"}));e(u.trim())};return A`<main id="main" class="sign-in">
    <h1>${n("signInTitle")}</h1>
    ${t?A`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${p} aria-labelledby="password-heading">
        <h2 id="password-heading">${n("signInPassword")}</h2>
        <${Y} id="username" label=${n("username")}>
          <input id="username" name="username" autocomplete="username" value=${r} onInput=${E=>o(E.currentTarget.value)} />
        <//>
        <${Y} id="password" label=${n("password")} error=${c}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${s}
            aria-describedby=${ie("password",c)} aria-invalid=${c?"true":void 0}
            onInput=${E=>a(E.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${f}>${n("signIn")}</button>
      </form>
      <form onSubmit=${g} aria-labelledby="token-heading">
        <h2 id="token-heading">${n("signInToken")}</h2>
        <${Y} id="token" label=${n("token")} error=${d} hint=${n("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${u}
            aria-describedby=${ie("token",d,!0)} aria-invalid=${d?"true":void 0}
            onInput=${E=>l(E.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${n("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var yi=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function Ei(t,e){let n=[],i=null;for(let r=0;r<10;r++){let o=await D(yi,{j:t,after:i},{lang:e});for(let s of o.organisations.nodes)for(let a of s.openCases)n.push({org:s,case:a});if(!o.organisations.pageInfo.hasNextPage)break;i=o.organisations.pageInfo.endCursor}return n.sort((r,o)=>Number(o.case.overdue)-Number(r.case.overdue)||r.case.due.localeCompare(o.case.due)||r.org.name.localeCompare(o.org.name)),n}function Ii(){let{t,lang:e,claims:n}=z(),[i,r]=_(null),[o,s]=_(null);L(()=>{let u=!0;return r(null),Ei(n.jurisdiction,e).then(l=>u&&r(l),l=>u&&s(l)),()=>{u=!1}},[n.jurisdiction,e]);let a=Se();return A`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${J} error=${o} />
    ${i==null&&!o?A`<p role="status">${t("loading")}</p>`:null}
    ${i&&i.length===0?A`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${i&&i.length>0?A`<table class="queue">
          <caption>${t("queueTitle")} · ${q(a,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${i.map(u=>A`<tr class=${u.case.overdue?"overdue":""}>
                <td>${u.case.overdue?A`<strong class="badge overdue">${t("overdue")}</strong>`:u.case.due===a?A`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${q(u.case.due,e)}</td>
                <td>${on(t,u.case)}</td>
                <td><${W} href=${"/app/organisations/"+u.org.id}>${u.org.name}<//></td>
                <td><code>${u.case.rule}</code></td>
                <td>${q(u.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var Ai=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],Si=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function en({params:t}){let{t:e,lang:n}=z(),[i,r]=_(t.get("name")??""),[o,s]=_(t.get("code")??""),[a,u]=_(t.get("status")??""),[l,c]=_(null),[$,d]=_(null),[m,f]=_(!1),h=le(async b=>{f(!0),d(null);try{c(await D(Si,{filter:b},{lang:n}))}catch(y){d(y),c(null)}finally{f(!1)}},[n]),p=(b,y,T)=>{let v={};return O(b)&&(v.nameContains=O(b)),V(y)&&(v.creditCode=V(y)),T&&(v.status=T),v};L(()=>{t.toString()&&h(p(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),h]);let g=b=>{b.preventDefault();let y=new URLSearchParams;O(i)&&y.set("name",O(i)),V(o)&&y.set("code",V(o)),a&&y.set("status",a),s(V(o));let T="/app/search"+(y.toString()?"?"+y:"");T===location.pathname+location.search?h(p(i,o,a)):ke(T)},E=$&&($.field==="creditCode"||/credit/i.test($.field??""))?$:null;return A`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${g} role="search">
      <${Y} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${i} onInput=${b=>r(b.currentTarget.value)} />
      <//>
      <${Y} id="search-code" label=${e("searchCreditCode")} error=${E}>
        <input id="search-code" value=${o} spellcheck=${!1} autocomplete="off"
          aria-describedby=${ie("search-code",E)} aria-invalid=${E?"true":void 0}
          onInput=${b=>s(b.currentTarget.value)} onBlur=${()=>s(V(o))} />
      <//>
      <${Y} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${a} onChange=${b=>u(b.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${Ai.map(b=>A`<option value=${b}>${e("statuses."+b)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${m}>${e("search")}</button>
    </form>
    ${E?null:A`<${J} error=${$} />`}
    ${l?l.organisations.nodes.length===0?A`<p class="empty" role="status">${e("noResults")}</p>`:A`<table class="results">
            <caption role="status">${e("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(b=>A`<tr>
                  <td><${W} href=${"/app/organisations/"+b.id}>${b.name}<//></td>
                  <td><code>${b.creditCode}</code></td>
                  <td>${b.kind?e("kinds."+b.kind):""}</td>
                  <td><${rn} status=${b.status} /></td>
                  <td>${w(b.appliedAt,n)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var Ti=`query Profile($id: UUID!) {
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
}`,sn={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function Ri({org:t,onDecided:e}){let{t:n,lang:i,claims:r}=z(),[o,s]=_(""),[a,u]=_(null),[l,c]=_(null),$=j(!1),d=j({}),m=sn[t.status];if(!m||r?.role!=="registrar")return null;let f=async g=>{if($.current)return;$.current=!0,c(g),u(null),d.current[g]??=oe();let E={organisationId:t.id,commandId:d.current[g],expectedVersion:t.version};g==="refuse"&&(E.reason=O(o));let b=m[g];try{await D(`mutation($i: ${m[g+"Type"]}!) { ${b}(input: $i) { version } }`,{i:E},{lang:i}),delete d.current[g];let y=t.status==="PREP_APPLIED";e(n(g==="approve"?y?"preparationApproved":"approved":y?"preparationRefused":"refused"))}catch(y){y.code!=="NETWORK"&&delete d.current[g],u({action:g,error:y})}finally{$.current=!1,c(null)}},h=a?.action==="approve"?a.error:null,p=a?.action==="refuse"?a.error:null;return A`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${n("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>f("approve")} disabled=${l!=null} aria-describedby=${h?"approve-error":void 0}>${n(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${J} error=${h} id="approve-error" />
    </div>
    <form class="action" onSubmit=${g=>(g.preventDefault(),f("refuse"))}>
      <${Y} id="refuse-reason" label=${n("refuseReason")} error=${p}>
        <textarea id="refuse-reason" rows="3" value=${o} aria-required="true"
          aria-describedby=${ie("refuse-reason",p)} aria-invalid=${p?"true":void 0}
          onInput=${g=>s(g.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${n(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function Ci({rows:t}){return A`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,n])=>A`<div><dt>${e}</dt><dd>${n}</dd></div>`)}
  </dl>`}function tn({id:t,flash:e}){let{t:n,lang:i}=z(),[r,o]=_(void 0),[s,a]=_(null),[u,l]=_(e),c=le(()=>{D(Ti,{id:t},{lang:i}).then(d=>o(d.organisation),d=>a(d))},[t,i]);if(L(c,[c]),s)return A`<main id="main"><${J} error=${s} /></main>`;if(r===void 0)return A`<main id="main"><p role="status">${n("loading")}</p></main>`;if(r===null)return A`<main id="main"><p class="empty">${n("notFound")}</p></main>`;let $=r.legalRepresentative;return A`<main id="main" class="profile">
    <h1>${r.name} <${rn} status=${r.status} /></h1>
    ${u?A`<p class="notice" role="status">${u}</p>`:null}
    <${Ci}
      rows=${[[n("creditCode"),A`<code>${r.creditCode}</code>`],[n("kind"),r.kind?n("kinds."+r.kind)+(r.publicFundraising?` \xB7 ${n("publicFundraising")}`:""):null],[n("jurisdiction"),r.jurisdiction],[n("domicile"),r.domicile],[n("purpose"),r.purpose],[n("businessScope"),r.businessScope],[n("legalRepresentative"),$?[$.name,$.idNumber,$.phone].filter(Boolean).join(" \xB7 "):null],[n("registeredFunds"),H(r.registeredFunds)],[n("supervisoryUnitShort"),r.supervisoryUnit],[n("members"),r.members?n("memberCounts",{individual:r.members.individual,unit:r.members.unit}):null],[n("appliedAt"),w(r.appliedAt,i)],[n("decisionDue"),sn[r.status]?q(r.decisionDue,i):null],[n("registeredAt"),w(r.registeredAt,i)],[n("refusedAt"),w(r.refusedAt,i)],[n("refusalReason"),r.refusalReason],[n("version"),String(r.version)]]}
    />
    <${Ri} key=${r.version} org=${r} onDecided=${d=>(l(d),c())} />
    <${Di} key=${"e"+r.version} org=${r} onDone=${d=>(l(d),c())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${n("openCases")}</h2>
      ${r.openCases.length===0?A`<p>${n("none")}</p>`:A`<ul class="cases">${r.openCases.map(d=>A`<li class=${d.overdue?"overdue":""}>${on(n,d)} · ${n("due")} ${q(d.due,i)} ${d.overdue?A`<strong class="badge overdue">${n("overdue")}</strong>`:null} <code>${d.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${n("annualReports")}</h2>
      ${r.annualReports.length===0?A`<p>${n("none")}</p>`:A`<table><caption class="sr-only">${n("annualReports")}</caption>
            <thead><tr><th scope="col">${n("year")}</th><th scope="col">${n("submittedAt")}</th><th scope="col">${n("conclusion")}</th><th scope="col">${n("notFiledDue")}</th></tr></thead>
            <tbody>${r.annualReports.map(d=>A`<tr><td>${d.year}</td><td>${w(d.submittedAt,i)}</td><td>${d.conclusion?n("conclusions."+d.conclusion):""}</td><td>${q(d.notFiledDue,i)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${n("creditStanding")}</h2>
      <p><span class=${"list list-"+r.creditStanding.list.toLowerCase()}>${n("lists."+r.creditStanding.list)}</span>
        ${r.creditStanding.reason?` \xB7 ${r.creditStanding.reason}`:""}
        ${r.creditStanding.listedAt?` \xB7 ${w(r.creditStanding.listedAt,i)}`:""}</p>
      ${r.creditHistory.length>0?A`<table><caption>${n("creditHistory")}</caption>
            <thead><tr><th scope="col">${n("creditStanding")}</th><th scope="col">${n("reason")}</th><th scope="col">${n("listedAt")}</th><th scope="col">${n("endedAt")}</th></tr></thead>
            <tbody>${r.creditHistory.map(d=>A`<tr><td>${n("lists."+d.list)}</td><td>${d.reason}</td><td>${w(d.listedAt,i)}</td><td>${w(d.endedAt,i)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${n("rating")}</h2>
      <p>${r.rating?n("ratingScore",{label:r.rating.label,score:r.rating.score,until:q(r.rating.validUntil,i)}):n("noRating")}</p>
    </section>
  </main>`}function an({prefix:t,values:e,set:n,error:i}){let{t:r}=z(),o=Ye(i)?i:null;return A`<fieldset class="members">
    <legend>${r("members")}</legend>
    <${Y} id=${t+"-individual"} label=${r("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${ie(t+"-members",o)} aria-invalid=${o?"true":void 0}
        onInput=${s=>n("individualMembers",s.currentTarget.value)} />
    <//>
    <${Y} id=${t+"-unit"} label=${r("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${ie(t+"-members",o)} aria-invalid=${o?"true":void 0}
        onInput=${s=>n("unitMembers",s.currentTarget.value)} />
    <//>
    <${J} error=${o} id=${t+"-members-error"} />
  </fieldset>`}function Di({org:t,onDone:e}){let{t:n,lang:i,claims:r}=z(),[o,s]=_({}),[a,u]=_(null),[l,c]=_(!1),$=j(!1),d=j(null);if(t.status!=="PREPARING"||r?.role!=="registrar")return null;let m=(p,g)=>s(E=>({...E,[p]:g})),f=async p=>{if(p.preventDefault(),$.current)return;$.current=!0,c(!0),u(null),d.current??=oe();let g={organisationId:t.id,individualMembers:we(o.individualMembers??"0"),unitMembers:we(o.unitMembers??"0"),commandId:d.current,expectedVersion:t.version};try{await D("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:g},{lang:i}),d.current=null,e(n("establishmentApplied"))}catch(E){E.code!=="NETWORK"&&(d.current=null),u(E)}finally{$.current=!1,c(!1)}},h=Ye(a)?a:null;return A`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${n("establishment")}</h2>
    <p>${n("establishmentDue",{due:q(t.establishmentDue,i)})}</p>
    <form onSubmit=${f}>
      <${an} prefix="establish" values=${o} set=${m} error=${a} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${n("applyEstablishment")}</button>
        ${a&&!h?A`<${J} error=${a} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var wi=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,ki=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function we(t){let e=V(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var We=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],Ni=t=>"apply-"+t.replace(/\./g,"-"),dn={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},Ye=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||dn[t.rule]==="members");function Pi(t){if(Ye(t))return"members";if(!t?.field)return t?.rule&&dn[t.rule]||null;let e=We.find(([r])=>r===t.field);if(e)return e[0];let n=t.field.split(".").pop(),i=We.find(([r])=>r.split(".").pop()===n);return i?i[0]:null}function Oi(){let{t,lang:e,claims:n}=z(),[i,r]=_({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:n.jurisdiction??""}),[o,s]=_(null),[a,u]=_(!1),l=j(!1),c=j(null),$=(h,p)=>r(g=>({...g,[h]:p})),d=async h=>{if(h.preventDefault(),l.current)return;l.current=!0,u(!0),s(null),c.current??=oe();let p=b=>O(i[b]),g={name:p("name"),kind:i.kind,creditCode:V(i.creditCode),domicile:p("domicile"),purpose:p("purpose"),businessScope:p("businessScope"),legalRepresentative:{name:p("legalRepresentative.name"),idNumber:V(i["legalRepresentative.idNumber"]),phone:p("legalRepresentative.phone")},registeredFunds:se(i.registeredFunds),jurisdiction:p("jurisdiction"),publicFundraising:i.kind==="FOUNDATION"&&i.publicFundraising,commandId:c.current};p("supervisoryUnit")&&(g.supervisoryUnit=p("supervisoryUnit"));let E=i.kind==="SOCIAL_GROUP"&&i.twoStage;E&&(delete g.kind,delete g.publicFundraising,g.individualMembers=we(i.individualMembers??"0"),g.unitMembers=we(i.unitMembers??"0"));try{let b=await D(E?ki:wi,{i:g},{lang:e});c.current=null;let y=E?b.applyForPreparation:b.applyForRegistration;ke("/app/organisations/"+y.organisation.id+"?applied=1")}catch(b){b.code!=="NETWORK"&&(c.current=null),s(b)}finally{l.current=!1,u(!1)}},m=Pi(o),f=h=>m===h?o:null;return A`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${d} novalidate>
      <${Y} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${i.kind} onChange=${h=>$("kind",h.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(h=>A`<option value=${h}>${t("kinds."+h)}</option>`)}
        </select>
      <//>
      ${We.map(([h,p,g])=>{let E=Ni(h),b=f(h),y={id:E,name:h,value:i[h]??"","aria-describedby":ie(E,b),"aria-invalid":b?"true":void 0,onInput:T=>$(h,T.currentTarget.value)};return h==="creditCode"&&(y.onBlur=()=>$(h,V(i[h]))),h==="registeredFunds"&&(y.inputmode="decimal"),A`<${Y} id=${E} label=${t(p)} error=${b}>
          ${g==="textarea"?A`<textarea rows="2" ...${y}></textarea>`:A`<input ...${y} />`}
        <//>`})}
      ${i.kind==="SOCIAL_GROUP"?A`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!i.twoStage} onChange=${h=>$("twoStage",h.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${i.twoStage?A`<${an} prefix="apply" values=${i} set=${$} error=${o} />`:null}`:null}
      ${i.kind==="FOUNDATION"?A`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${i.publicFundraising} onChange=${h=>$("publicFundraising",h.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${Y} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${i.jurisdiction} inputmode="numeric" onInput=${h=>$("jurisdiction",h.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${a}>${t(a?"submitting":"submit")}</button>
        ${o&&!m?A`<${J} error=${o} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function Li({onSignOut:t,onLanguage:e}){let{t:n,claims:i}=z();return A`<header class="top">
    <a class="skip" href="#main">${n("skipToMain")}</a>
    <div class="brand">${n("appTitle")}</div>
    <nav aria-label=${n("nav")}>
      ${i?.jurisdiction&&i.role!=="purchaser"?A`<${W} href="/app/">${n("navQueue")}<//>`:null}
      <${W} href="/app/procurements">${n("proc.nav")}<//>
      ${i?.role==="ngo"?A`<${W} href="/app/eligible">${n("proc.navEligible")}<//> <${W} href="/app/bids">${n("proc.navMyBids")}<//>`:null}
      ${i?.role==="evaluator"?A`<${W} href="/app/committees">${n("eval.nav")}<//>`:null}
      <${W} href="/app/search">${n(i?"navSearch":"navPublicSearch")}<//>
      ${i?.role==="registrar"?A`<${W} href="/app/apply">${n("navApply")}<//>`:null}
      ${i?.role==="auditor"||i?.role==="admin"?A`<${W} href="/app/audit">${n("audit.nav")}<//>`:null}
      ${i?null:A`<${W} href="/app/">${n("signIn")}<//>`}
    </nav>
    <div class="who">
      ${i?A`<span class="identity" aria-label=${n("signedInAs")}>
            <span class="subject">${i.sub}</span>
            <span class="role">${n("roles."+i.role)}</span>
            ${i.jurisdiction?A`<span class="jurisdiction">${n("jurisdiction")} ${i.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${n("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${n("switchLanguageLabel")} onClick=${e}>${n("switchLanguage")}</button>
      ${i?A`<button type="button" class="link" id="sign-out" onClick=${t}>${n("signOut")}</button>`:null}
    </div>
  </header>`}function Ui(t){let e=t?Ae(t):null;return e&&e.exp*1e3>Date.now()?e:null}function xi(){let[t,e]=_(ue.get()),[n,i]=_(ne.token()),[r,o]=_(null),[s,a]=_(Xt()),u=Ui(n),l=le((f,h)=>ce(t,f,h),[t]);L(()=>{let f=()=>a(Xt());return addEventListener("popstate",f),()=>removeEventListener("popstate",f)},[]),L(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${ce(t,"appTitle")} \xB7 civic-ledger`},[t]);let c=le((f=null)=>{ne.clear(),i(null),o(f)},[]);L(()=>Dt(()=>c(ce(ue.get(),"sessionEnded"))),[c]),L(()=>{if(!n)return;let f=Ae(n)?.exp*1e3,h=()=>c(ce(ue.get(),"tokenExpired"));if(!(f>Date.now()))return h();let p=setTimeout(h,Math.min(f-Date.now(),2**31-1));return()=>clearTimeout(p)},[n,c]);let $={t:l,lang:t,claims:u},d={t:l,lang:t,claims:u,ErrorText:J,Link:W,navigate:ke},m;return s.screen==="procurements"||s.screen==="home"&&u?.role==="purchaser"?m=A`<${Wt} key=${location.search} ui=${d} params=${s.params??new URLSearchParams(u?"mine=1":"")} />`:s.screen==="procurement"?m=A`<${Kt} key=${s.id+location.search} ui=${d} id=${s.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:u?.role==="purchaser"&&s.screen==="draft"?m=A`<${Yt} ui=${d} />`:u?.role==="ngo"&&(s.screen==="eligible"||s.screen==="home")?m=A`<${Mt} ui=${d} />`:u?.role==="ngo"&&s.screen==="bids"?m=A`<${Ft} ui=${d} />`:u?.role==="evaluator"&&(s.screen==="committees"||s.screen==="home")?m=A`<${Zt} ui=${d} />`:u?.role==="evaluator"&&s.screen==="committee"?m=A`<${Jt} key=${s.id} ui=${d} id=${s.id} />`:!u&&(s.screen==="search"||s.screen==="organisation")?m=s.screen==="search"?A`<${en} params=${s.params} />`:A`<${tn} key=${s.id} id=${s.id} flash=${null} />`:u?s.screen==="audit"?m=A`<${Ut} t=${l} lang=${t} ErrorText=${J} params=${s.params} />`:s.screen==="organisation"?m=A`<${tn} key=${s.id+location.search} id=${s.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:s.screen==="search"||s.screen==="home"&&!u.jurisdiction?m=A`<${en} params=${s.params??new URLSearchParams} />`:s.screen==="apply"?m=A`<${Oi} />`:m=A`<${Ii} />`:m=A`<${_i} notice=${r} onToken=${f=>(ne.save(f),i(f),o(null))} />`,A`<${nn.Provider} value=${$}>
    <${Li}
      onSignOut=${()=>c(null)}
      onLanguage=${()=>{let f=t==="en"?"zh":"en";ue.set(f),e(f)}}
    />
    ${m}
  <//>`}lt(A`<${xi} />`,document.getElementById("root"));})();
