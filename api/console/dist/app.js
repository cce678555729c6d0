(()=>{var mt,se,sn,ei,Me,nn,an,cn,Pt,at,Je,dn,xt,Nt,Ot,ln,lt={},ut=[],ti=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,$t=Array.isArray;function Oe(t,e){for(var o in e)t[o]=e[o];return t}function Lt(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function oe(t,e,o){var n,i,r,s={};for(r in e)r=="key"?n=e[r]:r=="ref"?i=e[r]:s[r]=e[r];if(arguments.length>2&&(s.children=arguments.length>3?mt.call(arguments,2):o),typeof t=="function"&&t.defaultProps!=null)for(r in t.defaultProps)s[r]===void 0&&(s[r]=t.defaultProps[r]);return ct(t,s,n,i,null)}function ct(t,e,o,n,i){var r={type:t,props:e,key:o,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:i??++sn,__i:-1,__u:0};return i==null&&se.vnode!=null&&se.vnode(r),r}function ht(t){return t.children}function dt(t,e){this.props=t,this.context=e}function je(t,e){if(e==null)return t.__?je(t.__,t.__i+1):null;for(var o;e<t.__k.length;e++)if((o=t.__k[e])!=null&&o.__e!=null)return o.__e;return typeof t.type=="function"?je(t):null}function ni(t){if(t.__P&&t.__d){var e=t.__v,o=e.__e,n=[],i=[],r=Oe({},e);r.__v=e.__v+1,se.vnode&&se.vnode(r),Ft(t.__P,r,e,t.__n,t.__P.namespaceURI,32&e.__u?[o]:null,n,o??je(e),!!(32&e.__u),i),r.__v=e.__v,r.__.__k[r.__i]=r,hn(n,r,i),e.__e=e.__=null,r.__e!=o&&un(r)}}function un(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),un(t)}function kt(t){(!t.__d&&(t.__d=!0)&&Me.push(t)&&!pt.__r++||nn!=se.debounceRendering)&&((nn=se.debounceRendering)||an)(pt)}function pt(){try{for(var t,e=1;Me.length;)Me.length>e&&Me.sort(cn),t=Me.shift(),e=Me.length,ni(t)}finally{Me.length=pt.__r=0}}function pn(t,e,o,n,i,r,s,a,c,l,$){var f,d,h,v,m,u,E=n&&n.__k||ut,b=e.length;for(c=oi(o,e,E,c,b),f=0;f<b;f++)(h=o.__k[f])!=null&&(d=h.__i!=-1&&E[h.__i]||lt,h.__i=f,u=Ft(t,h,d,i,r,s,a,c,l,$),v=h.__e,h.ref&&d.ref!=h.ref&&(d.ref&&Mt(d.ref,null,h),$.push(h.ref,h.__c||v,h)),m==null&&v!=null&&(m=v),4&h.__u?(c=mn(h,c,t),d.__e&&(d.__e=null)):typeof h.type=="function"&&u!==void 0?c=u:v&&(c=v.nextSibling),h.__u&=-7);return o.__e=m,c}function oi(t,e,o,n,i){var r,s,a,c,l,$=o.length,f=$,d=0;for(t.__k=new Array(i),r=0;r<i;r++)(s=e[r])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=t.__k[r]=ct(null,s,null,null,null):$t(s)?s=t.__k[r]=ct(ht,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=t.__k[r]=ct(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):t.__k[r]=s,c=r+d,s.__=t,s.__b=t.__b+1,a=null,(l=s.__i=ii(s,o,c,f))!=-1&&(f--,(a=o[l])&&(a.__u|=2)),a==null||a.__v==null?(l==-1&&(i>$?d--:i<$&&d++),typeof s.type!="function"&&(s.__u|=4)):l!=c&&(l==c-1?d--:l==c+1?d++:(l>c?d--:d++,s.__u|=4))):t.__k[r]=null;if(f)for(r=0;r<$;r++)(a=o[r])!=null&&(2&a.__u)==0&&(a.__e==n&&(n=je(a)),gn(a,a));return n}function mn(t,e,o){var n,i;if(typeof t.type=="function"){for(n=t.__k,i=0;n&&i<n.length;i++)n[i]&&(n[i].__=t,e=mn(n[i],e,o));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=je(t)),e=o.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function ii(t,e,o,n){var i,r,s,a=t.key,c=t.type,l=e[o],$=l!=null&&(2&l.__u)==0;if(l===null&&a==null||$&&a==l.key&&c==l.type)return o;if(n>($?1:0)){for(i=o-1,r=o+1;i>=0||r<e.length;)if((l=e[s=i>=0?i--:r++])!=null&&(2&l.__u)==0&&a==l.key&&c==l.type)return s}return-1}function on(t,e,o){e[0]=="-"?t.setProperty(e,o??""):t[e]=o==null?"":typeof o!="number"||ti.test(e)?o:o+"px"}function st(t,e,o,n,i){var r,s;e:if(e=="style")if(typeof o=="string")t.style.cssText=o;else{if(typeof n=="string"&&(t.style.cssText=n=""),n)for(e in n)o&&e in o||on(t.style,e,"");if(o)for(e in o)n&&o[e]==n[e]||on(t.style,e,o[e])}else if(e[0]=="o"&&e[1]=="n")r=e!=(e=e.replace(dn,"$1")),s=e.toLowerCase(),e=s in t||e=="onFocusOut"||e=="onFocusIn"?s.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+r]=o,o?n?o[Je]=n[Je]:(o[Je]=xt,t.addEventListener(e,r?Ot:Nt,r)):t.removeEventListener(e,r?Ot:Nt,r);else{if(i=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&o==1?"":o))}}function rn(t){return function(e){if(this.l){var o=this.l[e.type+t];if(e[at]==null)e[at]=xt++;else if(e[at]<o[Je])return;return o(se.event?se.event(e):e)}}}function Ft(t,e,o,n,i,r,s,a,c,l){var $,f,d,h,v,m,u,E,b,p,T,g,I,A,C,w,S=e.type;if(e.constructor!==void 0)return null;128&o.__u&&(c=!!(32&o.__u),r=[a=e.__e=o.__e]),($=se.__b)&&$(e);e:if(typeof S=="function"){f=s.length;try{if(b=e.props,p=S.prototype&&S.prototype.render,T=($=S.contextType)&&n[$.__c],g=$?T?T.props.value:$.__:n,o.__c?E=(d=e.__c=o.__c).__=d.__E:(p?e.__c=d=new S(b,g):(e.__c=d=new dt(b,g),d.constructor=S,d.render=si),T&&T.sub(d),d.state||(d.state={}),d.__n=n,h=d.__d=!0,d.__h=[],d._sb=[]),p&&d.__s==null&&(d.__s=d.state),p&&S.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=Oe({},d.__s)),Oe(d.__s,S.getDerivedStateFromProps(b,d.__s))),v=d.props,m=d.state,d.__v=e,h)p&&S.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),p&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(p&&S.getDerivedStateFromProps==null&&b!==v&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(b,g),e.__v==o.__v||!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(b,d.__s,g)===!1){e.__v!=o.__v&&(d.props=b,d.state=d.__s,d.__d=!1),e.__e=o.__e,e.__k=o.__k,e.__k.some(function(N){N&&(N.__=e)}),ut.push.apply(d.__h,d._sb),d._sb=[],d.__h.length&&s.push(d),a=je(o);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(b,d.__s,g),p&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate(v,m,u)})}if(d.context=g,d.props=b,d.__P=t,d.__e=!1,I=se.__r,A=0,p)d.state=d.__s,d.__d=!1,I&&I(e),$=d.render(d.props,d.state,d.context),ut.push.apply(d.__h,d._sb),d._sb=[];else do d.__d=!1,I&&I(e),$=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++A<25);d.state=d.__s,d.getChildContext!=null&&(n=Oe(Oe({},n),d.getChildContext())),p&&!h&&d.getSnapshotBeforeUpdate!=null&&(u=d.getSnapshotBeforeUpdate(v,m)),C=$!=null&&$.type===ht&&$.key==null?fn($.props.children):$,a=pn(t,$t(C)?C:[C],e,o,n,i,r,s,a,c,l),d.base=e.__e,e.__u&=-161,d.__h.length&&s.push(d),E&&(d.__E=d.__=null)}catch(N){if(s.length=f,e.__v=null,c||r!=null){if(N.then){for(e.__u|=c?160:128;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;r!=null&&(r[r.indexOf(a)]=null),e.__e=a}else if(r!=null)for(w=r.length;w--;)Lt(r[w])}else e.__e=o.__e;e.__k==null&&(e.__k=o.__k||[]),N.then||$n(e),se.__e(N,e,o)}}else r==null&&e.__v==o.__v?(e.__k=o.__k,e.__e=o.__e):a=e.__e=ri(o.__e,e,o,n,i,r,s,c,l);return($=se.diffed)&&$(e),128&e.__u?void 0:a}function $n(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some($n))}function hn(t,e,o){for(var n=0;n<o.length;n++)Mt(o[n],o[++n],o[++n]);se.__c&&se.__c(e,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(r){r.call(i)})}catch(r){se.__e(r,i.__v)}})}function fn(t){return typeof t!="object"||t==null||t.__b>0?t:$t(t)?t.map(fn):t.constructor!==void 0?null:Oe({},t)}function ri(t,e,o,n,i,r,s,a,c){var l,$,f,d,h,v,m,u=o.props||lt,E=e.props,b=e.type;if(b=="svg"?i="http://www.w3.org/2000/svg":b=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),r!=null){for(l=0;l<r.length;l++)if((h=r[l])&&"setAttribute"in h==!!b&&(b?h.localName==b:h.nodeType==3)){t=h,r[l]=null;break}}if(t==null){if(b==null)return document.createTextNode(E);t=document.createElementNS(i,b,E.is&&E),a&&(se.__m&&se.__m(e,r),a=!1),r=null}if(b==null)u===E||a&&t.data==E||(t.data=E);else{if(r=b=="textarea"&&E.defaultValue!=null?null:r&&mt.call(t.childNodes),!a&&r!=null)for(u={},l=0;l<t.attributes.length;l++)u[(h=t.attributes[l]).name]=h.value;for(l in u)h=u[l],l=="dangerouslySetInnerHTML"?f=h:l=="children"||l in E||l=="value"&&"defaultValue"in E||l=="checked"&&"defaultChecked"in E||st(t,l,null,h,i);for(l in E)h=E[l],l=="children"?d=h:l=="dangerouslySetInnerHTML"?$=h:l=="value"?v=h:l=="checked"?m=h:a&&typeof h!="function"||u[l]===h||st(t,l,h,u[l],i);if($)a||f&&($.__html==f.__html||$.__html==t.innerHTML)||(t.innerHTML=$.__html),e.__k=[];else if(f&&(t.innerHTML=""),pn(e.type=="template"?t.content:t,$t(d)?d:[d],e,o,n,b=="foreignObject"?"http://www.w3.org/1999/xhtml":i,r,s,r?r[0]:o.__k&&je(o,0),a,c),r!=null)for(l=r.length;l--;)Lt(r[l]);a&&b!="textarea"||(l="value",b=="progress"&&v==null?t.removeAttribute("value"):v!=null&&(v!==t[l]||b=="progress"&&!v||b=="option"&&v!=u[l])&&st(t,l,v,u[l],i),l="checked",m!=null&&m!=t[l]&&st(t,l,m,u[l],i))}return t}function Mt(t,e,o){try{if(typeof t=="function"){var n=typeof t.__u=="function";n&&t.__u(),n&&e==null||(t.__u=t(e))}else t.current=e}catch(i){se.__e(i,o)}}function gn(t,e,o){var n,i;if(se.unmount&&se.unmount(t),(n=t.ref)&&(n.current&&n.current!=t.__e||Mt(n,null,e)),(n=t.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(r){se.__e(r,e)}n.base=n.__P=n.__n=null}if(n=t.__k)for(i=0;i<n.length;i++)n[i]&&gn(n[i],e,o||typeof t.type!="function");o||Lt(t.__e),t.__c=t.__=t.__e=void 0}function si(t,e,o){return this.constructor(t,o)}function bn(t,e,o){var n,i,r,s;e==document&&(e=document.documentElement),se.__&&se.__(t,e),i=(n=typeof o=="function")?null:o&&o.__k||e.__k,r=[],s=[],Ft(e,t=(!n&&o||e).__k=oe(ht,null,[t]),i||lt,lt,e.namespaceURI,!n&&o?[o]:i?null:e.firstChild?mt.call(e.childNodes):null,r,!n&&o?o:i?i.__e:e.firstChild,n,s),hn(r,t,s),t.props.children=null}function yn(t){function e(o){var n,i;return this.getChildContext||(n=new Set,(i={})[e.__c]=this,this.getChildContext=function(){return i},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(r){this.props.value!=r.value&&n.forEach(function(s){s.__e=!0,kt(s)})},this.sub=function(r){n.add(r);var s=r.componentWillUnmount;r.componentWillUnmount=function(){n&&n.delete(r),s&&s.call(r)}}),o.children}return e.__c="__cC"+ln++,e.__=t,e.Provider=e.__l=(e.Consumer=function(o,n){return o.children(n)}).contextType=e,e}mt=ut.slice,se={__e:function(t,e,o,n){for(var i,r,s;e=e.__;)if((i=e.__c)&&!i.__)try{if((r=i.constructor)&&r.getDerivedStateFromError!=null&&(i.setState(r.getDerivedStateFromError(t)),s=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(t,n||{}),s=i.__d),s)return i.__E=i}catch(a){t=a}throw t}},sn=0,ei=function(t){return t!=null&&t.constructor===void 0},dt.prototype.setState=function(t,e){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Oe({},this.state),typeof t=="function"&&(t=t(Oe({},o),this.props)),t&&Oe(o,t),t!=null&&this.__v&&(e&&this._sb.push(e),kt(this))},dt.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),kt(this))},dt.prototype.render=ht,Me=[],an=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,cn=function(t,e){return t.__v.__b-e.__v.__b},pt.__r=0,Pt=Math.random().toString(8),at="__d"+Pt,Je="__a"+Pt,dn=/(PointerCapture)$|Capture$/i,xt=0,Nt=rn(!1),Ot=rn(!0),ln=0;var He,le,Ut,vn,Qe=0,Rn=[],pe=se,En=pe.__b,In=pe.__r,Tn=pe.diffed,An=pe.__c,Sn=pe.unmount,Cn=pe.__;function gt(t,e){pe.__h&&pe.__h(le,t,Qe||e),Qe=0;var o=le.__H||(le.__H={__:[],__h:[]});return t>=o.__.length&&o.__.push({}),o.__[t]}function y(t){return Qe=1,ai(Nn,t)}function ai(t,e,o){var n=gt(He++,2);if(n.t=t,!n.__c&&(n.__=[o?o(e):Nn(void 0,e),function(a){var c=n.__N?n.__N[0]:n.__[0],l=n.t(c,a);c!==l&&(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=le,!le.__f)){var i=function(a,c,l){if(!n.__c.__H)return!0;var $=!1,f=n.__c.props!==a;if(n.__c.__H.__.some(function(h){if(h.__N){$=!0;var v=h.__[0];h.__=h.__N,h.__N=void 0,v!==h.__[0]&&(f=!0)}}),r){var d=r.call(this,a,c,l);return $?d||f:d}return!$||f};le.__f=!0;var r=le.shouldComponentUpdate,s=le.componentWillUpdate;le.componentWillUpdate=function(a,c,l){if(this.__e){var $=r;r=void 0,i(a,c,l),r=$}s&&s.call(this,a,c,l)},le.shouldComponentUpdate=i}return n.__N||n.__}function V(t,e){var o=gt(He++,3);!pe.__s&&Pn(o.__H,e)&&(o.__=t,o.u=e,le.__H.__h.push(o))}function Ae(t){return Qe=5,_n(function(){return{current:t}},[])}function _n(t,e){var o=gt(He++,7);return Pn(o.__H,e)&&(o.__=t(),o.__H=e,o.__h=t),o.__}function Xe(t,e){return Qe=8,_n(function(){return t},e)}function Dn(t){var e=le.context[t.__c],o=gt(He++,9);return o.c=t,e?(o.__==null&&(o.__=!0,e.sub(le)),e.props.value):t.__}function ci(){for(var t;t=Rn.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(ft),e.__h.some(jt),e.__h=[]}catch(o){e.__h=[],pe.__e(o,t.__v)}}}pe.__b=function(t){le=null,En&&En(t)},pe.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),Cn&&Cn(t,e)},pe.__r=function(t){In&&In(t),He=0;var e=(le=t.__c).__H;e&&(Ut===le?(e.__h=[],le.__h=[],e.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(e.__h.some(ft),e.__h.some(jt),e.__h=[],He=0)),Ut=le},pe.diffed=function(t){Tn&&Tn(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(Rn.push(e)!==1&&vn===pe.requestAnimationFrame||((vn=pe.requestAnimationFrame)||di)(ci)),e.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Ut=le=null},pe.__c=function(t,e){e.some(function(o){try{o.__h.some(ft),o.__h=o.__h.filter(function(n){return!n.__||jt(n)})}catch(n){e.some(function(i){i.__h&&(i.__h=[])}),e=[],pe.__e(n,o.__v)}}),An&&An(t,e)},pe.unmount=function(t){Sn&&Sn(t);var e,o=t.__c;o&&o.__H&&(o.__H.__.some(function(n){try{ft(n)}catch(i){e=i}}),o.__H=void 0,e&&pe.__e(e,o.__v))};var wn=typeof requestAnimationFrame=="function";function di(t){var e,o=function(){clearTimeout(n),wn&&cancelAnimationFrame(e),setTimeout(t)},n=setTimeout(o,35);wn&&(e=requestAnimationFrame(o))}function ft(t){var e=le,o=t.__c;typeof o=="function"&&(t.__c=void 0,o()),le=e}function jt(t){var e=le;t.__c=t.__(),le=e}function Pn(t,e){return!t||t.length!==e.length||e.some(function(o,n){return o!==t[n]})}function Nn(t,e){return typeof e=="function"?e(t):e}var kn=function(t,e,o,n){var i;e[0]=0;for(var r=1;r<e.length;r++){var s=e[r++],a=e[r]?(e[0]|=s?1:2,o[e[r++]]):e[++r];s===3?n[0]=a:s===4?n[1]=Object.assign(n[1]||{},a):s===5?(n[1]=n[1]||{})[e[++r]]=a:s===6?n[1][e[++r]]+=a+"":s?(i=t.apply(a,kn(t,a,o,["",null])),n.push(i),a[0]?e[0]|=2:(e[r-2]=0,e[r]=i)):n.push(a)}return n},On=new Map;function ae(t){var e=On.get(this);return e||(e=new Map,On.set(this,e)),(e=kn(this,e.get(t)||(e.set(t,e=(function(o){for(var n,i,r=1,s="",a="",c=[0],l=function(d){r===1&&(d||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,d,s):r===3&&(d||s)?(c.push(3,d,s),r=2):r===2&&s==="..."&&d?c.push(4,d,0):r===2&&s&&!d?c.push(5,0,!0,s):r>=5&&((s||!d&&r===5)&&(c.push(r,0,s,i),r=6),d&&(c.push(r,d,0,i),r=6)),s=""},$=0;$<o.length;$++){$&&(r===1&&l(),l($));for(var f=0;f<o[$].length;f++)n=o[$][f],r===1?n==="<"?(l(),c=[c],r=3):s+=n:r===4?s==="--"&&n===">"?(r=1,s=""):s=n+s[0]:a?n===a?a="":s+=n:n==='"'||n==="'"?a=n:n===">"?(l(),r=1):r&&(n==="="?(r=5,i=s,s=""):n==="/"&&(r<5||o[$][f+1]===">")?(l(),r===3&&(c=c[0]),r=c,(c=c[0]).push(2,0,r),r=0):n===" "||n==="	"||n===`
`||n==="\r"?(l(),r=2):s+=n),r===3&&s==="!--"&&(r=4,c=c[0])}return l(),c})(t)),e),arguments,[])).length>1?e:e[0]}var li={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navMyOrganisation:"\u672C\u673A\u6784",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CONTEST-CALL":"\u5927\u8D5B\u516C\u544A","CONTEST-WINDOW":"\u5927\u8D5B\u65F6\u95F4\u7A97\u53E3","CONTEST-REVIEW":"\u5927\u8D5B\u8BC4\u5BA1","CONTEST-PLEDGE":"\u8BA4\u6350","CONTEST-MATCHING":"\u914D\u6350\u89C4\u5219","CONTEST-GRANT":"\u5927\u8D5B\u8D44\u52A9","CONTEST-STATE":"\u5F53\u524D\u5927\u8D5B\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","MENU-ITEM":"\u670D\u52A1\u83DC\u5355\u9879\u76EE","MENU-CAP":"\u6BCF\u9879\u91D1\u989D\u4E0A\u9650","MENU-FLOW":"\u70B9\u5355\u73AF\u8282\u987A\u5E8F","MENU-NOTICE":"\u5404\u73AF\u8282\u516C\u793A","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",reasonLabel:"\u7406\u7531",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",menu:{nav:"\u793E\u533A\u70B9\u5355",filters:"\u7B5B\u9009",menuTitle:"\u670D\u52A1\u83DC\u5355",menuIntro:"\u672C\u8F96\u533A\u6C11\u751F\u5FAE\u5B9E\u4E8B\u7684\u670D\u52A1\u83DC\u5355\uFF1A\u5404\u670D\u52A1\u7C7B\u522B\u53CA\u5176\u9879\u76EE\uFF0C\u6BCF\u4E2A\u9879\u76EE\u6CE8\u660E\u7C7B\u578B\u3001\u6BCF\u9879\u91D1\u989D\u4E0A\u9650\u548C\u6240\u56DE\u5E94\u7684\u793E\u533A\u9700\u6C42\u3002\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u518D\u70B9\u9009\u3002",noMenu:"{jurisdiction} \u5C1A\u672A\u5BFC\u5165\u670D\u52A1\u83DC\u5355\u3002",loadIntro:"\u5BFC\u5165\u968F\u7CFB\u7EDF\u63D0\u4F9B\u7684\u793A\u4F8B\u670D\u52A1\u83DC\u5355\uFF0810 \u4E2A\u7C7B\u522B\u300140 \u4E2A\u9879\u76EE\uFF09\uFF1B\u6B64\u540E\u9010\u9879\u589E\u8865\u3002",load:"\u5BFC\u5165\u793A\u4F8B\u670D\u52A1\u83DC\u5355",loaded:"\u670D\u52A1\u83DC\u5355\u5DF2\u5BFC\u5165\u3002",version:"\u7B2C {version} \u7248 \xB7 \u5BFC\u5165\u4E8E {at}",noItems:"\u672C\u7C7B\u522B\u4E0B\u6682\u65E0\u9879\u76EE\u3002",code:"\u7F16\u7801",name:"\u540D\u79F0",type:"\u7C7B\u578B",types:{WORKS:"\u5DE5\u7A0B\u7C7B",SERVICES:"\u670D\u52A1\u7C7B",GOODS:"\u8D27\u7269\u7C7B"},cap:"\u6BCF\u9879\u4E0A\u9650",noCap:"\u672A\u8BBE\u4E0A\u9650",needs:"\u56DE\u5E94\u7684\u793E\u533A\u9700\u6C42",active:"\u53EF\u70B9\u9009",retired:"\u5DF2\u505C\u7528",retiredMark:"\uFF08\u5DF2\u505C\u7528\uFF09",retiredOn:"{on} \u505C\u7528\uFF1A{reason}",adminTitle:"\u7EF4\u62A4\u670D\u52A1\u83DC\u5355",addTitle:"\u589E\u52A0\u7C7B\u522B\u6216\u9879\u76EE",addIntro:"\u7C7B\u522B\u7528\u4E00\u4E2A\u5B57\u6BCD\u7F16\u7801\uFF08\u5982 K\uFF09\uFF0C\u9879\u76EE\u7528\u7C7B\u522B\u5B57\u6BCD\u52A0\u4E24\u4F4D\u6570\u5B57\uFF08\u5982 K01\uFF09\uFF0C\u5E76\u586B\u5199\u7C7B\u578B\u548C\u6240\u56DE\u5E94\u7684\u9700\u6C42\uFF1B\u7F16\u7801\u4E0D\u53EF\u91CD\u590D\u4F7F\u7528\u3002",codeHint:"\u7C7B\u522B\u5982 K\uFF0C\u9879\u76EE\u5982 K01",nameZh:"\u4E2D\u6587\u540D\u79F0",nameEn:"\u82F1\u6587\u540D\u79F0\uFF08\u53EF\u4E0D\u586B\uFF09",categoryType:"\u670D\u52A1\u7C7B\u522B\uFF08\u4E0D\u586B\u7C7B\u578B\uFF09",needsAnswered:"\u56DE\u5E94\u7684\u793E\u533A\u9700\u6C42",needsHint:"\u6BCF\u884C\u4E00\u9879\uFF0C1 \u81F3 10 \u9879\uFF1B\u7C7B\u522B\u4E0D\u586B\u3002",add:"\u589E\u52A0",added:"\u5DF2\u589E\u52A0\u3002",entryTitle:"\u66F4\u540D\u3001\u505C\u7528\u6216\u6062\u590D",entry:"\u83DC\u5355\u6761\u76EE",renameTitle:"\u66F4\u540D {code}",rename:"\u66F4\u540D",renamed:"\u5DF2\u66F4\u540D\u3002",retireTitle:"\u505C\u7528 {code}",retireIntro:"\u505C\u7528\u540E\u65B0\u7684\u70B9\u5355\u4E0D\u80FD\u518D\u70B9\u9009\u8BE5\u6761\u76EE\uFF1B\u6B64\u524D\u7684\u70B9\u5355\u4E0D\u53D7\u5F71\u54CD\u3002\u7C7B\u522B\u987B\u5148\u505C\u7528\u5176\u4E0B\u5168\u90E8\u9879\u76EE\u3002",retire:"\u505C\u7528",retiredDone:"\u5DF2\u505C\u7528\u3002",reinstateTitle:"\u6062\u590D {code}",reinstateIntro:"\u6062\u590D\u540E\u793E\u533A\u53EF\u518D\u6B21\u70B9\u9009\uFF1B\u6240\u5C5E\u7C7B\u522B\u987B\u4E3A\u53EF\u7528\u3002",reinstate:"\u6062\u590D",reinstated:"\u5DF2\u6062\u590D\u3002",ordersTitle:"\u793E\u533A\u70B9\u5355\u516C\u793A",mineTitle:"\u672C\u793E\u533A\u7684\u70B9\u5355",ordersIntro:"\u5404\u793E\u533A\u4ECE\u670D\u52A1\u83DC\u5355\u70B9\u5355\uFF0C\u7ECF\u6536\u96C6\u9700\u6C42\u3001\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE\u3001\u51B3\u7B56\u3001\u5B9E\u65BD\u3001\u9A8C\u6536\u4E94\u4E2A\u73AF\u8282\uFF0C\u6BCF\u4E2A\u73AF\u8282\u5747\u4E88\u516C\u793A\u3002",anyStatus:"\u5168\u90E8\u72B6\u6001",noOrders:"\u6682\u65E0\u70B9\u5355\u3002",ordersCount:"\u5171 {count} \u4E2A\u70B9\u5355",orderTitleField:"\u9879\u76EE\u540D\u79F0",community:"\u793E\u533A",items:"\u70B9\u9009\u9879\u76EE",total:"\u91D1\u989D\u5408\u8BA1",collectedAt:"\u516C\u793A\u65F6\u95F4",statuses:{NEEDS_COLLECTED:"\u9700\u6C42\u5DF2\u6536\u96C6",COUNCIL_APPROVED:"\u8BAE\u4E8B\u4F1A\u5DF2\u901A\u8FC7",REJECTED:"\u8BAE\u4E8B\u4F1A\u672A\u901A\u8FC7",DECIDED:"\u5DF2\u51B3\u7B56",IMPLEMENTING:"\u5B9E\u65BD\u4E2D",ACCEPTED:"\u5DF2\u9A8C\u6536"},steps:{COLLECT_NEEDS:"\u6536\u96C6\u9700\u6C42",COUNCIL_REVIEW:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE",DECIDE:"\u51B3\u7B56",IMPLEMENT:"\u5B9E\u65BD",ACCEPT:"\u9A8C\u6536"},orderTitle:"\u4ECE\u670D\u52A1\u83DC\u5355\u70B9\u5355",orderIntro:"\u4ECE {jurisdiction} \u7684\u670D\u52A1\u83DC\u5355\u70B9\u9009\u9879\u76EE\uFF0C\u9010\u9879\u586B\u5199\u91D1\u989D\uFF08\u5143\uFF09\u548C\u5C45\u6C11\u63D0\u51FA\u7684\u9700\u6C42\uFF0C\u5E76\u516C\u793A\u6536\u96C6\u5230\u7684\u9700\u6C42\u3002",communityOnly:"\u70B9\u5355\u7531\u793E\u533A\uFF08\u8D2D\u4E70\u4E3B\u4F53\uFF09\u4F7F\u7528\u672C\u5355\u4F4D\u7684\u4EE4\u724C\u529E\u7406\uFF0C\u8BF7\u5148\u767B\u5F55\u3002",communityName:"\u793E\u533A\u540D\u79F0",communityHint:"\u516C\u793A\u4E2D\u663E\u793A\u7684\u793E\u533A\u540D\u79F0\uFF0C\u5982\uFF1A\u798F\u7530\u533A\u9999\u871C\u6E56\u8857\u9053\u7AF9\u56ED\u793E\u533A",answers:"\u56DE\u5E94\uFF1A{needs}\u3002",capHint:"{type}\u9879\u76EE\u6BCF\u9879\u4E0A\u9650 {cap}\u3002",noCapHint:"\u672C\u8F96\u533A\u672A\u8BBE\u91D1\u989D\u4E0A\u9650\u3002",amount:"{code} \u91D1\u989D\uFF08\u5143\uFF09",amountShort:"\u91D1\u989D",statedNeeds:"{code} \u5C45\u6C11\u9700\u6C42\u8BF4\u660E",statedNeedsShort:"\u5C45\u6C11\u9700\u6C42",moneyInvalid:"{code} \u7684\u91D1\u989D\u4E0D\u662F\u6709\u6548\u91D1\u989D\uFF0C\u4F8B\u5982 30,000.00",orderTotal:"\u5DF2\u70B9\u9009 {count} \u4E2A\u9879\u76EE\uFF0C\u5408\u8BA1 {total}",noticeOf:"\u201C{step}\u201D\u516C\u793A\u5185\u5BB9",noticeHint:"\u516C\u793A\u7684\u5185\u5BB9\uFF0C\u5982\u9700\u6C42\u6536\u96C6\u7684\u65B9\u5F0F\u548C\u7ED3\u679C\u3001\u516C\u793A\u671F\u9650\u3002",collect:"\u63D0\u4EA4\u5E76\u516C\u793A",collected:"\u70B9\u5355\u5DF2\u63D0\u4EA4\uFF0C\u9700\u6C42\u5DF2\u516C\u793A\u3002",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u70B9\u5355\u3002",lines:"\u70B9\u9009\u9879\u76EE",menuVersion:"\u6309\u670D\u52A1\u83DC\u5355\u7B2C {version} \u7248\u6838\u5BF9\u3002",notices:"\u5404\u73AF\u8282\u516C\u793A",stepPending:"\u5C1A\u672A\u8FDB\u884C",stepEnded:"\u70B9\u5355\u5DF2\u7EC8\u6B62",councilApproved:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE\u901A\u8FC7\uFF1A{reason}",councilRejected:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE\u672A\u901A\u8FC7\uFF1A{reason}",implementation:"\u5B9E\u65BD",procurement:"\u91C7\u8D2D\u9879\u76EE",contract:"\u5408\u540C",budget:"\u9884\u7B97 {budget}",noContract:"\u5C1A\u672A\u7B7E\u8BA2\u5408\u540C",byApplication:"\u4EE5\u9879\u76EE\u7533\u62A5\u5B9E\u65BD\uFF0C\u7533\u62A5\u7F16\u53F7 {reference}",communityActions:"\u793E\u533A\u529E\u7406",bureauActions:"\u6C11\u653F\u90E8\u95E8\u529E\u7406",reviewTitle:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u5BA1\u8BAE",reviewIntro:"\u8BB0\u5F55\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u7684\u5BA1\u8BAE\u7ED3\u679C\u548C\u7406\u7531\uFF0C\u5E76\u4E88\u516C\u793A\uFF1B\u672A\u901A\u8FC7\u7684\u70B9\u5355\u5230\u6B64\u7EC8\u6B62\u3002",councilOutcome:"\u5BA1\u8BAE\u7ED3\u679C",approve:"\u901A\u8FC7",reject:"\u672A\u901A\u8FC7",councilReason:"\u5BA1\u8BAE\u7406\u7531",councilReasonHint:"\u5982\uFF1A\u5C45\u6C11\u8BAE\u4E8B\u4F1A 23 \u540D\u6210\u5458\u4E2D 19 \u4EBA\u8D5E\u6210",review:"\u8BB0\u5F55\u5BA1\u8BAE\u7ED3\u679C\u5E76\u516C\u793A",reviewed:"\u5BA1\u8BAE\u7ED3\u679C\u5DF2\u8BB0\u5F55\u5E76\u516C\u793A\u3002",decideTitle:"\u51B3\u7B56\uFF08\u653F\u5E9C\u914D\u83DC\uFF09",decideIntro:"\u540C\u610F\u5B9E\u65BD\u672C\u70B9\u5355\uFF0C\u91D1\u989D {total}\uFF0C\u5E76\u516C\u793A\u51B3\u7B56\u3002",decide:"\u540C\u610F\u5B9E\u65BD\u5E76\u516C\u793A",decided:"\u5DF2\u51B3\u7B56\u5E76\u516C\u793A\u3002",draftProcurement:"\u4E3A\u672C\u70B9\u5355\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftFor:"\u4E3A\u70B9\u5355\u201C{title}\u201D\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u9884\u7B97\u4E0D\u5F97\u8D85\u8FC7\u70B9\u5355\u91D1\u989D {total}\u3002\u4FDD\u5B58\u540E\u8FD4\u56DE\u70B9\u5355\u529E\u7406\u5B9E\u65BD\u3002",drafted:"\u91C7\u8D2D\u9879\u76EE\u5DF2\u8D77\u8349\uFF0C\u5DF2\u5728\u4E0B\u65B9\u9009\u5B9A\uFF1B\u8BF7\u586B\u5199\u516C\u793A\u5185\u5BB9\u529E\u7406\u5B9E\u65BD\u3002",implementTitle:"\u5B9E\u65BD",implementIntro:"\u901A\u8FC7\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE\uFF08\u9884\u7B97\u4E0D\u8D85\u8FC7 {total}\uFF09\u6216\u9879\u76EE\u7533\u62A5\u5B9E\u65BD\uFF0C\u5E76\u516C\u793A\u3002",implementBy:"\u5B9E\u65BD\u65B9\u5F0F",byProcurement:"\u653F\u5E9C\u91C7\u8D2D",byApplicationLabel:"\u9879\u76EE\u7533\u62A5",pickProcurement:"\u8BF7\u9009\u62E9\u91C7\u8D2D\u9879\u76EE",procurementHint:"\u672C\u5355\u4F4D\u8D77\u8349\u6216\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF1B\u5DF2\u6D41\u6807\u6216\u5DF2\u53D6\u6D88\u7684\u4E0D\u5217\u51FA\u3002",reference:"\u9879\u76EE\u7533\u62A5\u7F16\u53F7",implement:"\u529E\u7406\u5B9E\u65BD\u5E76\u516C\u793A",implemented:"\u5DF2\u529E\u7406\u5B9E\u65BD\u5E76\u516C\u793A\u3002",acceptTitle:"\u9A8C\u6536",acceptIntro:"\u91C7\u8D2D\u9879\u76EE\u7684\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u540E\uFF0C\u7EC4\u7EC7\u5C45\u6C11\u4EE3\u8868\u53C2\u4E0E\u9A8C\u6536\uFF0C\u5E76\u516C\u793A\u9A8C\u6536\u7ED3\u679C\u3002",accept:"\u9A8C\u6536\u5E76\u516C\u793A",accepted:"\u5DF2\u9A8C\u6536\u5E76\u516C\u793A\u3002",waiting:{NEEDS_COLLECTED:"\u7B49\u5F85\u793E\u533A\u8BB0\u5F55\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u7684\u5BA1\u8BAE\u7ED3\u679C\u3002",COUNCIL_APPROVED:"\u7B49\u5F85\u6C11\u653F\u90E8\u95E8\u51B3\u7B56\u3002",REJECTED:"\u5C45\u6C11\u8BAE\u4E8B\u4F1A\u672A\u901A\u8FC7\uFF0C\u70B9\u5355\u5DF2\u7EC8\u6B62\u3002",DECIDED:"\u7B49\u5F85\u793E\u533A\u529E\u7406\u5B9E\u65BD\u3002",IMPLEMENTING:"\u7B49\u5F85\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u540E\u7531\u793E\u533A\u9A8C\u6536\u3002",ACCEPTED:"\u70B9\u5355\u5DF2\u9A8C\u6536\uFF0C\u5168\u90E8\u73AF\u8282\u5DF2\u5B8C\u6210\u3002"}},con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E",supplementTitle:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",headroom:"\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684 {percent}%\uFF08\u653F\u5E9C\u91C7\u8D2D\u6CD5\u7B2C\u56DB\u5341\u4E5D\u6761\uFF09\uFF1B\u5DF2\u8865\u5145 {used}\uFF0C\u5C1A\u53EF\u8865\u5145 {left}\u3002",headroomLeft:"\u81F3\u591A {left}",supplementAmount:"\u8865\u5145\u5408\u540C\u91D1\u989D\uFF08\u5143\uFF09",supplementDescription:"\u8865\u5145\u5185\u5BB9",sameSubject:"\u8865\u5145\u5408\u540C\u4E0E\u539F\u5408\u540C\u6807\u7684\u76F8\u540C\uFF0C\u5176\u4ED6\u6761\u6B3E\u4E0D\u53D8",supplementPayment:"\u8865\u5145\u5408\u540C\u7684\u4ED8\u6B3E\u8282\u70B9",supplementPayTitle:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u540D\u79F0",supplementPayDue:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u65E5\u671F",supplementFollows:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u6240\u5BF9\u5E94\u7684\u9A8C\u6536",supplementSubmit:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",supplementRecorded:"\u8865\u5145\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",correctIntro:"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF1A\u66F4\u6B63\u53E6\u4F5C\u8BB0\u5F55\uFF0C\u5199\u660E\u7406\u7531\uFF0C\u539F\u8BB0\u5F55\u4FDD\u7559\u3002",correctPaymentTitle:"\u66F4\u6B63\u4ED8\u6B3E\u8BB0\u5F55",correctWhichPayment:"\u8981\u66F4\u6B63\u7684\u4ED8\u6B3E",correctAmount:"\u66F4\u6B63\u540E\u7684\u91D1\u989D\uFF08\u5143\uFF09",correctReason:"\u66F4\u6B63\u7406\u7531",correctSubmit:"\u8BB0\u5F55\u66F4\u6B63",paymentCorrected:"\u4ED8\u6B3E\u8BB0\u5F55\u5DF2\u66F4\u6B63\u3002",correctAcceptanceTitle:"\u66F4\u6B63\u9A8C\u6536\u7ED3\u8BBA",currentResult:"\u73B0\u8BB0\u5F55\u7684\u7ED3\u8BBA\uFF1A{result}",correctedResult:"\u66F4\u6B63\u540E\u7684\u7ED3\u8BBA",acceptanceCorrected:"\u9A8C\u6536\u7ED3\u8BBA\u5DF2\u66F4\u6B63\u3002",suspendTitle:"\u4E2D\u6B62\u5408\u540C",suspendIntro:"\u4E2D\u6B62\u671F\u95F4\u4E0D\u518D\u9A8C\u6536\uFF0C\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",suspend:"\u4E2D\u6B62\u5408\u540C",suspended:"\u5408\u540C\u5DF2\u4E2D\u6B62\u3002",resumeTitle:"\u6062\u590D\u5C65\u884C",resume:"\u6062\u590D\u5C65\u884C",resumed:"\u5408\u540C\u5DF2\u6062\u590D\u5C65\u884C\u3002",terminateTitle:"\u89E3\u9664\u5408\u540C",terminateIntro:"\u89E3\u9664\u540E\u5408\u540C\u4E0D\u518D\u5C65\u884C\uFF0C\u4E0D\u53EF\u64A4\u56DE\uFF1B\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",terminate:"\u89E3\u9664\u5408\u540C",terminated:"\u5408\u540C\u5DF2\u89E3\u9664\u3002"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784",thirdPartySearch:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u540D\u79F0\uFF08\u90E8\u5206\u5373\u53EF\uFF09",thirdPartyNone:"\u6CA1\u6709\u540D\u79F0\u76F8\u7B26\u3001\u767B\u8BB0\u72B6\u6001\u6B63\u5E38\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",thirdPartyPick:"\u8BF7\u5148\u6309\u540D\u79F0\u67E5\u627E\u5E76\u9009\u62E9\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u3002",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E",nav:"\u7EE9\u6548\u8BC4\u4EF7",mineTitle:"\u6211\u7684\u7EE9\u6548\u8BC4\u4EF7",opened:"\u5F00\u59CB\u65F6\u95F4"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7",idInvalid:"\u8BF7\u7C98\u8D34\u5B8C\u6574\u7684\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7\uFF08UUID\uFF09\u3002"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},live:{following:"\u672C\u5217\u8868\u5B9E\u65F6\u66F4\u65B0\uFF0C\u65E0\u9700\u5237\u65B0\u9875\u9762\u3002",stopped:"\u5B9E\u65F6\u66F4\u65B0\u5DF2\u4E2D\u65AD\uFF08{message}\uFF09\uFF0C\u5237\u65B0\u9875\u9762\u53EF\u91CD\u65B0\u8FDE\u63A5\u3002"},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",amendTitle:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amendIntro:"\u6295\u6807\u622A\u6B62\u524D\u53EF\u66F4\u6B63\u91C7\u8D2D\u9700\u6C42\u548C\u65F6\u95F4\uFF1B\u622A\u6B62\u65F6\u95F4\u53EA\u80FD\u5EF6\u540E\u3002\u6240\u4F5C\u66F4\u6B63\u4E0E\u7406\u7531\u4E00\u5E76\u516C\u5F00\u3002",amendDeadlineHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\uFF1B\u53EA\u80FD\u5EF6\u540E\u3002\u5B9E\u8D28\u6027\u66F4\u6B63\u987B\u81EA\u66F4\u6B63\u4E4B\u65E5\u8D77\u91CD\u65B0\u6EE1\u8DB3\u7B49\u6807\u671F\u3002",substantive:"\u5B9E\u8D28\u6027\u66F4\u6B63\uFF08\u5F71\u54CD\u6295\u6807\u6587\u4EF6\u7F16\u5236\uFF09",substantiveHint:"\u66F4\u6B63\u8D44\u683C\u8981\u6C42\u6216\u8BC4\u5206\u529E\u6CD5\u603B\u662F\u5B9E\u8D28\u6027\u7684\u3002",amendReason:"\u66F4\u6B63\u7406\u7531",amend:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amended:"\u66F4\u6B63\u516C\u544A\u5DF2\u53D1\u5E03\u3002",cancelTitle:"\u7EC8\u6B62\u91C7\u8D2D",cancelIntro:"\u4E2D\u6807\u516C\u544A\u53D1\u5E03\u524D\u53EF\u7EC8\u6B62\u91C7\u8D2D\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF1B\u7EC8\u6B62\u540E\u4E0D\u53EF\u6062\u590D\u3002",cancel:"\u7EC8\u6B62\u91C7\u8D2D",cancelled:"\u91C7\u8D2D\u5DF2\u7EC8\u6B62\u3002",excludeTitle:"\u4E2D\u6807\u5019\u9009\u4EBA\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C",excludeIntro:"\u6392\u540D\u6700\u9AD8\u7684\u6295\u6807\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C\u540E\uFF0C\u7531\u6392\u540D\u5176\u6B21\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u9012\u8865\uFF1B\u65E0\u4EBA\u9012\u8865\u65F6\u91C7\u8D2D\u5931\u8D25\uFF08\u5E9F\u6807\uFF09\u3002",rankedBid:"\u6392\u540D\u6295\u6807",rankedOption:"\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09",candidateMark:"\uFF08\u4E2D\u6807\u5019\u9009\u4EBA\uFF09",excludeWhat:"\u60C5\u5F62",excludeKinds:{DECLINE:"\u6295\u6807\u4EBA\u653E\u5F03\u4E2D\u6807",DISQUALIFY:"\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},excludeSubmit:"\u8BB0\u5F55",declined:"\u5DF2\u8BB0\u5F55\u653E\u5F03\u4E2D\u6807\u3002",disqualified:"\u5DF2\u53D6\u6D88\u8BE5\u6295\u6807\u7684\u4E2D\u6807\u8D44\u683C\u3002",exclusions:{DECLINED:"\u5DF2\u653E\u5F03\u4E2D\u6807",DISQUALIFIED:"\u5DF2\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},exclusionReason:"\uFF1A{reason}",complaintTitle:"\u6295\u8BC9",complaintAbout:"\u8D28\u7591\u201C{grounds}\u201D",complaintReference:"\u6295\u8BC9\u7F16\u53F7\uFF08\u8D22\u653F\u90E8\u95E8\u53D7\u7406\uFF09",complaintHint:"\u8D28\u7591\u4EBA\u5411\u8D22\u653F\u90E8\u95E8\u6295\u8BC9\u540E\uFF0C\u8BB0\u5F55\u5176\u53D7\u7406\u7F16\u53F7\u3002",recordComplaint:"\u8BB0\u5F55\u6295\u8BC9",complaintRecorded:"\u6295\u8BC9\u5DF2\u8BB0\u5F55\u3002",complaints:"\u6295\u8BC9\uFF1A{refs}",challengeTitle:"\u63D0\u51FA\u8D28\u7591",challengeIntro:"\u5BF9\u4E2D\u6807\u7ED3\u679C\u6709\u5F02\u8BAE\u7684\u6295\u6807\u4EBA\u53EF\u5728\u8D28\u7591\u671F\u5185\uFF08\u81F3 {deadline}\uFF09\u63D0\u51FA\u8D28\u7591\uFF0C\u5199\u660E\u8D28\u7591\u4E8B\u9879\u548C\u7406\u7531\u3002",grounds:"\u8D28\u7591\u4E8B\u9879\u53CA\u7406\u7531",challengeSubmit:"\u63D0\u51FA\u8D28\u7591",challengeFiled:"\u8D28\u7591\u5DF2\u63D0\u51FA\u3002",documents:"\u6295\u6807\u6587\u4EF6\uFF08\u9644\u4EF6\uFF09",commitmentAndDocuments:"\u627F\u8BFA\u503C\u4E0E\u6295\u6807\u6587\u4EF6\u6458\u8981",documentsHint:"\u53EA\u767B\u8BB0\u6BCF\u4E2A\u6587\u4EF6\u7684\u540D\u79F0\u548C SHA-256 \u6458\u8981\uFF0C\u6587\u4EF6\u672C\u8EAB\u4E0D\u4E0A\u4F20\uFF1B\u5F00\u6807\u540E\u53EF\u636E\u6B64\u6838\u5BF9\u6240\u4EA4\u6587\u4EF6\u3002",hashing:"\u6B63\u5728\u8BA1\u7B97\u6587\u4EF6\u6458\u8981\u2026",removeDocument:"\u5220\u9664\u9644\u4EF6 {name}",documentUnreadable:"\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{message}",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"},contest:{nav:"\u516C\u76CA\u9879\u76EE\u5927\u8D5B",listTitle:"\u516C\u76CA\u9879\u76EE\u5927\u8D5B",listIntro:"\u6C11\u653F\u90E8\u95E8\u4E3E\u529E\u7684\u516C\u76CA\u9879\u76EE\u5927\u8D5B\uFF1A\u5F81\u96C6\u3001\u8BC4\u5BA1\u3001\u914D\u6350\u548C\u8D44\u52A9\u5168\u90E8\u516C\u5F00\uFF0C\u6BCF\u4E00\u7B14\u8BA4\u6350\u3001\u914D\u6350\u548C\u8D44\u52A9\u90FD\u6709\u8BB0\u5F55\u3002",allTitle:"\u5168\u90E8\u5927\u8D5B",filters:"\u7B5B\u9009\u5927\u8D5B",anyStatus:"\u5168\u90E8\u72B6\u6001",none:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u5927\u8D5B\u3002",count:"\u5171 {count} \u573A\u5927\u8D5B",statuses:{OPEN:"\u5F81\u96C6\u4E2D",REVIEWED:"\u5DF2\u8BC4\u5BA1",RANKED:"\u5DF2\u6392\u540D",MATCHED:"\u5DF2\u914D\u6350",AWARDED:"\u5DF2\u8D44\u52A9",CANCELLED:"\u5DF2\u7EC8\u6B62"},submissionStatuses:{SUBMITTED:"\u5DF2\u63D0\u4EA4",WITHDRAWN:"\u5DF2\u64A4\u56DE",SHORTLISTED:"\u5165\u56F4",NOT_SHORTLISTED:"\u672A\u5165\u56F4",GRANTED:"\u83B7\u8D44\u52A9",LIBRARY:"\u5165\u5E93"},kinds:{PROPORTIONAL_WITH_CAP:"\u6309\u8BA4\u6350\u6BD4\u4F8B\u914D\u6350\uFF08\u8BBE\u4E0A\u9650\uFF09",INCENTIVE_TIERS:"\u6FC0\u52B1\u91D1\u5206\u6863\uFF08\u6DF1\u5733\u6807\u51C6\uFF09"},outcomes:{FULL:"\u8DB3\u989D\u914D\u6350",POOL_REMAINDER:"\u914D\u6350\u6C60\u4F59\u989D",POOL_SHARED:"\u4E0E\u540C\u5206\u9879\u76EE\u5E73\u5206\u4F59\u989D",POOL_EXHAUSTED:"\u914D\u6350\u6C60\u5DF2\u7528\u5B8C",NO_TIER:"\u540D\u6B21\u4E0D\u5728\u5956\u52B1\u6863\u5185",NOTHING_RAISED:"\u672A\u7B79\u5F97\u5584\u6B3E"},donorKinds:{INDIVIDUAL:"\u4E2A\u4EBA",ENTERPRISE:"\u4F01\u4E1A",FOUNDATION:"\u57FA\u91D1\u4F1A",OTHER:"\u5176\u4ED6"},title:"\u5927\u8D5B\u540D\u79F0",bureau:"\u4E3B\u529E\u5355\u4F4D",pool:"\u914D\u6350\u6C60",granted:"\u5DF2\u8D44\u52A9",left:"\u914D\u6350\u6C60\u4F59\u989D",matchedNotGranted:"\u5DF2\u914D\u6350\u5F85\u8D44\u52A9",submissionsOpen:"\u9879\u76EE\u5F81\u96C6\u5F00\u59CB",submissionsClose:"\u9879\u76EE\u5F81\u96C6\u622A\u6B62",pledgesOpen:"\u8BA4\u6350\u5F00\u59CB",pledgesClose:"\u8BA4\u6350\u622A\u6B62",submissionsWindow:"\u9879\u76EE\u5F81\u96C6\u671F",pledgesWindow:"\u8BA4\u6350\u671F",toEnterTitle:"\u53EF\u53C2\u52A0\u7684\u5927\u8D5B",noneToEnter:"\u76EE\u524D\u6CA1\u6709\u6B63\u5728\u5F81\u96C6\u9879\u76EE\u7684\u5927\u8D5B\u3002",mayEnter:"\u80FD\u5426\u53C2\u8D5B",eligible:"\u53EF\u4EE5\u53C2\u8D5B",ineligible:"\u4E0D\u80FD\u53C2\u8D5B",mineTitle:"\u672C\u673A\u6784\u7684\u53C2\u8D5B\u9879\u76EE",noneMine:"\u672C\u673A\u6784\u5C1A\u672A\u63D0\u4EA4\u53C2\u8D5B\u9879\u76EE\u3002",project:"\u9879\u76EE",finalRank:"\u6700\u7EC8\u540D\u6B21",raised:"\u7B79\u5F97\u5584\u6B3E",matched:"\u914D\u6350",spent:"\u5DF2\u62E8\u4ED8",donors:"\u6350\u8D60\u4EBA\u6570",requested:"\u7533\u8BF7\u8D44\u52A9\u91D1\u989D",openTitle:"\u53D1\u5E03\u5927\u8D5B\u516C\u544A",openIntro:"\u4EE5\u672C\u5355\u4F4D\u540D\u4E49\u5728\u8F96\u533A {jurisdiction} \u53D1\u5E03\u516C\u76CA\u9879\u76EE\u5927\u8D5B\uFF1B\u65F6\u95F4\u5747\u4E3A\u5317\u4EAC\u65F6\u95F4\uFF0C\u914D\u6350\u6C60\u6309\u5143\u586B\u5199\u3002",open:"\u53D1\u5E03\u516C\u544A",opened:"\u5927\u8D5B\u516C\u544A\u5DF2\u53D1\u5E03\u3002",matchingPolicy:"\u914D\u6350\u89C4\u5219",proportionalHint:"\u6309\u7B79\u5F97\u5584\u6B3E\u7684\u4E00\u5B9A\u6BD4\u4F8B\u914D\u6350\uFF0C\u6BCF\u4E2A\u9879\u76EE\u4E0D\u8D85\u8FC7\u4E0A\u9650\uFF0C\u6309\u6700\u7EC8\u540D\u6B21\u4F9D\u6B21\u914D\u6350\u76F4\u81F3\u914D\u6350\u6C60\u7528\u5B8C\u3002",tiersHint:"\u6309\u53D1\u5E03\u65F6\u65BD\u884C\u7684\u653F\u7B56\uFF1A\u7B79\u6B3E\u989D\u6807\u51C6\u5316 80%\u3001\u6350\u8D60\u4EBA\u6570\u6807\u51C6\u5316 20%\uFF0C\u4E3B\u9898\u52A0\u5206\uFF0C\u6309\u540D\u6B21\u5206\u6863\u5956\u52B1\u3002",percent:"\u914D\u6350\u6BD4\u4F8B\uFF08%\uFF09",cap:"\u6BCF\u4E2A\u9879\u76EE\u914D\u6350\u4E0A\u9650\uFF08\u5143\uFF09",scoring:"\u8BC4\u5BA1\u6807\u51C6",scoringHint:"\u8BC4\u5BA1\u56E2\u6309\u4EE5\u4E0B\u56E0\u7D20\u8BC4\u5206\uFF0C\u5206\u503C\u5408\u8BA1 100 \u5206\uFF1B\u5927\u8D5B\u4E0D\u8BBE\u4EF7\u683C\u5206\u3002",defaultPlan:"\u9879\u76EE\u65B9\u6848",defaultTeam:"\u56E2\u961F\u80FD\u529B",bonusTheme:"\u52A0\u5206\u4E3B\u9898",bonusThemeHint:"\u53EF\u4E0D\u586B\uFF1B\u6FC0\u52B1\u91D1\u89C4\u5219\u4E0B\uFF0C\u7B26\u5408\u4E3B\u9898\u7684\u9879\u76EE\u52A0\u5206\u3002",shortlistSize:"\u5165\u56F4\u9879\u76EE\u6570",terms:"\u5927\u8D5B\u516C\u544A",policyVersion:"\u914D\u6350\u89C4\u5219\u7248\u672C",weights:"\u6700\u7EC8\u5F97\u5206\u6784\u6210",weightsText:"\u8BC4\u5BA1\u56E2 {panel}%\uFF0C\u5927\u4F17\u8BC4\u5BA1 {public}%",proportionalText:"\u7B79\u5F97\u5584\u6B3E\u7684 {percent}%\uFF0C\u6BCF\u4E2A\u9879\u76EE\u4E0D\u8D85\u8FC7 {cap}",tiersText:"\u7B79\u6B3E\u989D {raised}% + \u6350\u8D60\u4EBA\u6570 {donors}% + \u4E3B\u9898\u52A0\u5206 {bonus} \u5206\uFF1B{tiers}",tierText:"\u7B2C {from}\u2013{to} \u540D {amount}",poolChart:"\u914D\u6350\u6C60\u4F7F\u7528\u60C5\u51B5",poolDescribe:"\u914D\u6350\u6C60 {pool}\uFF1A\u5DF2\u8D44\u52A9 {granted}\uFF0C\u5DF2\u914D\u6350\u5F85\u8D44\u52A9 {pending}\uFF0C\u4F59\u989D {left}\u3002",moneyChart:"\u5404\u5165\u56F4\u9879\u76EE\u7684\u7B79\u6B3E\u3001\u914D\u6350\u4E0E\u8D44\u52A9",moneyDescribe:"{title}\uFF1A\u7B79\u5F97 {raised}\uFF0C\u914D\u6350 {matched}\uFF0C\u8D44\u52A9 {granted}",ranking:"\u6700\u7EC8\u6392\u540D",shortlist:"\u5165\u56F4\u9879\u76EE\uFF08\u8BC4\u5BA1\u56E2\u6392\u540D\uFF09",rankColumn:"\u540D\u6B21",panelScore:"\u8BC4\u5BA1\u56E2\u5F97\u5206",publicScore:"\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",finalScore:"\u6700\u7EC8\u5F97\u5206",submissions:"\u53C2\u8D5B\u9879\u76EE",noSubmissions:"\u5C1A\u65E0\u53C2\u8D5B\u9879\u76EE\u3002",submittedAt:"\u63D0\u4EA4\u65F6\u95F4",panelRank:"\u8BC4\u5BA1\u56E2\u540D\u6B21\uFF08\u5F97\u5206\uFF09",notFound:"\u6CA1\u6709\u8FD9\u573A\u5927\u8D5B\u3002",cancelledText:"\u5927\u8D5B\u5DF2\u7EC8\u6B62\uFF1A{reason}",entrantTitle:"\u672C\u673A\u6784\u53C2\u8D5B",yourProject:"\u672C\u673A\u6784\u7684\u9879\u76EE\u201C{title}\u201D\uFF1A{status}",submitTitle:"\u63D0\u4EA4\u53C2\u8D5B\u9879\u76EE",submitIntro:"\u9879\u76EE\u5F81\u96C6\u4E8E {close}\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u622A\u6B62\uFF1B\u53C2\u8D5B\u7EC4\u7EC7\u987B\u767B\u8BB0\u6EE1\u4E00\u5E74\u4E14\u8FD1\u5E74\u65E0\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u8BB0\u5F55\u3002",projectTitle:"\u9879\u76EE\u540D\u79F0",summary:"\u9879\u76EE\u7B80\u4ECB",theme:"\u9879\u76EE\u4E3B\u9898",themeHint:"\u672C\u5C4A\u52A0\u5206\u4E3B\u9898\uFF1A{theme}",submit:"\u63D0\u4EA4\u9879\u76EE",submitted:"\u53C2\u8D5B\u9879\u76EE\u5DF2\u63D0\u4EA4\u3002",notTaking:"\u672C\u5C4A\u5927\u8D5B\u5DF2\u4E0D\u518D\u5F81\u96C6\u9879\u76EE\u3002",withdrawTitle:"\u64A4\u56DE\u9879\u76EE\u201C{title}\u201D",withdrawIntro:"\u64A4\u56DE\u540E\u9879\u76EE\u4E0D\u518D\u53C2\u52A0\u8BC4\u5BA1\u3001\u8BA4\u6350\u4E0E\u914D\u6350\uFF0C\u7406\u7531\u516C\u5F00\u3002",withdraw:"\u64A4\u56DE\u9879\u76EE",withdrawn:"\u9879\u76EE\u5DF2\u64A4\u56DE\u3002",bureauActions:"\u4E3B\u529E\u5355\u4F4D\u64CD\u4F5C",jury:"\u8BC4\u5BA1\u56E2",juryAfterClose:"\u9879\u76EE\u5F81\u96C6\u4E8E {close} \u622A\u6B62\uFF0C\u622A\u6B62\u540E\u7EC4\u5EFA\u8BC4\u5BA1\u56E2\u3002",juryWaiting:"\u8FD8\u6709 {count} \u4F4D\u8BC4\u5BA1\u5C1A\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\uFF1B\u8BC4\u5BA1\u5728\u201C\u8BC4\u5BA1\u59D4\u5458\u4F1A\u201D\u9875\u9762\u8BC4\u5206\u3002",constitute:"\u4ECE\u4E13\u5BB6\u5E93\u62BD\u53D6\u5E76\u7EC4\u5EFA\u8BC4\u5BA1\u56E2",juryConstituted:"\u8BC4\u5BA1\u56E2\u5DF2\u7EC4\u5EFA\uFF0C\u4E13\u5BB6\u5DF2\u62BD\u53D6\u3002",reviewIntro:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF1A\u8BB0\u5F55\u8BC4\u5BA1\u7ED3\u8BBA\u540E\uFF0C\u6392\u540D\u524D {size} \u7684\u9879\u76EE\u5165\u56F4\u3002",recordReview:"\u8BB0\u5F55\u8BC4\u5BA1\u7ED3\u8BBA\u5E76\u786E\u5B9A\u5165\u56F4\u9879\u76EE",reviewed:"\u8BC4\u5BA1\u7ED3\u8BBA\u5DF2\u8BB0\u5F55\uFF0C\u5165\u56F4\u9879\u76EE\u5DF2\u786E\u5B9A\u3002",publicTitle:"\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",publicIntro:"\u5F55\u5165\u5927\u4F17\u8BC4\u5BA1\u5BF9\u5165\u56F4\u9879\u76EE\u7684\u8BC4\u5206\uFF080\u2013100 \u5206\uFF09\uFF1B\u6392\u540D\u524D\u53EF\u91CD\u65B0\u5F55\u5165\u3002",publicScoreOf:"\u201C{title}\u201D\u7684\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",scoreInvalid:"\u8BF7\u586B 0 \u5230 100 \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",recordPublic:"\u767B\u8BB0\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",publicScored:"\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206\u5DF2\u767B\u8BB0\u3002",rankTitle:"\u6700\u7EC8\u6392\u540D",rankIntro:"\u6700\u7EC8\u5F97\u5206 = \u8BC4\u5BA1\u56E2\u5F97\u5206 \xD7 {panel}% + \u5927\u4F17\u8BC4\u5BA1\u5F97\u5206 \xD7 {public}%\u3002",rankButton:"\u786E\u5B9A\u6700\u7EC8\u6392\u540D",ranked:"\u6700\u7EC8\u6392\u540D\u5DF2\u786E\u5B9A\u3002",pledgeTitle:"\u767B\u8BB0\u8BA4\u6350",pledgeIntro:"\u6309\u52DF\u6350\u5E73\u53F0\u62A5\u9001\u767B\u8BB0\u5165\u56F4\u9879\u76EE\u7684\u8BA4\u6350\uFF0C\u8BA4\u6350\u671F {from} \u81F3 {to}\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\uFF1B\u6350\u8D60\u4EBA\u7F16\u53F7\u4EC5\u7528\u4E8E\u7EDF\u8BA1\u4EBA\u6570\uFF0C\u4E0D\u516C\u5F00\u3002",donorKind:"\u6350\u8D60\u4EBA\u7C7B\u578B",donor:"\u6350\u8D60\u4EBA\u7F16\u53F7\uFF08\u5E73\u53F0\uFF09",donorHint:"\u52DF\u6350\u5E73\u53F0\u7684\u6350\u8D60\u4EBA\u7F16\u53F7\uFF0C\u7528\u4E8E\u7EDF\u8BA1\u4E0D\u540C\u6350\u8D60\u4EBA\u7684\u4EBA\u6570\uFF0C\u4E0D\u516C\u5F00\u3002",amount:"\u8BA4\u6350\u91D1\u989D",recordPledge:"\u767B\u8BB0\u8BA4\u6350",pledged:"\u8BA4\u6350\u5DF2\u767B\u8BB0\u3002",matchTitle:"\u8BA1\u7B97\u914D\u6350",matchIntro:"\u8BA4\u6350\u671F\u4E8E {close}\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u7ED3\u675F\u540E\uFF0C\u6309\u5927\u8D5B\u516C\u544A\u7684\u914D\u6350\u89C4\u5219\u8BA1\u7B97\u914D\u6350\u3002",computeMatching:"\u8BA1\u7B97\u914D\u6350",matchedDone:"\u914D\u6350\u5DF2\u8BA1\u7B97\u3002",grantsTitle:"\u53D1\u653E\u8D44\u52A9",grantsIntro:"\u6BCF\u4E2A\u9879\u76EE\u7684\u8D44\u52A9\u4E0D\u8D85\u8FC7\u5176\u914D\u6350\uFF0C\u5408\u8BA1\u4E0D\u8D85\u8FC7\u914D\u6350\u6C60\uFF1B\u672A\u83B7\u8D44\u52A9\u7684\u5165\u56F4\u9879\u76EE\u5165\u5E93\u3002",grantOf:"\u201C{title}\u201D\u7684\u8D44\u52A9\u91D1\u989D\uFF08\u914D\u6350 {matched}\uFF09",noMatches:"\u6CA1\u6709\u83B7\u5F97\u914D\u6350\u7684\u9879\u76EE\u3002",award:"\u53D1\u653E\u8D44\u52A9",awarded:"\u8D44\u52A9\u5DF2\u53D1\u653E\u3002",contractsTitle:"\u8D44\u52A9\u5408\u540C",contractsIntro:"\u6BCF\u9879\u8D44\u52A9\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\uFF1A\u83B7\u8D44\u52A9\u7684\u7EC4\u7EC7\u4E3A\u627F\u63A5\u65B9\uFF0C\u8D44\u52A9\u91D1\u989D\u4E3A\u5408\u540C\u91D1\u989D\u3002",signFor:"\u4E3A\u201C{title}\u201D\u7B7E\u8BA2\u8D44\u52A9\u5408\u540C\uFF08{amount}\uFF09",signTitle:"\u7B7E\u8BA2\u8D44\u52A9\u5408\u540C",signIntro:"\u627F\u63A5\u65B9\u4E0E\u5408\u540C\u91D1\u989D\u7531\u8D44\u52A9\u786E\u5B9A\uFF1B\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u8D44\u52A9\u91D1\u989D\u3002",fromContest:"\u6765\u81EA\u516C\u76CA\u9879\u76EE\u5927\u8D5B\u7684\u8D44\u52A9",grantMethod:"\u516C\u76CA\u9879\u76EE\u5927\u8D5B\u8D44\u52A9",cancelTitle:"\u7EC8\u6B62\u5927\u8D5B",cancelIntro:"\u8D44\u52A9\u53D1\u653E\u524D\u53EF\u7EC8\u6B62\u5927\u8D5B\uFF0C\u7406\u7531\u516C\u5F00\u3002",cancel:"\u7EC8\u6B62\u5927\u8D5B",cancelled:"\u5927\u8D5B\u5DF2\u7EC8\u6B62\u3002",reviewedSubject:"\u8BC4\u5BA1\u9879\u76EE",noContract:"\u672A\u7B7E\u5408\u540C"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navMyOrganisation:"My organisation",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CONTEST-CALL":"contest call","CONTEST-WINDOW":"contest windows","CONTEST-REVIEW":"contest review","CONTEST-PLEDGE":"pledges","CONTEST-MATCHING":"matching policy","CONTEST-GRANT":"contest grants","CONTEST-STATE":"not allowed in the contest\u2019s current state","CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","MENU-ITEM":"menu item","MENU-CAP":"cap per item","MENU-FLOW":"order of the steps","MENU-NOTICE":"public notice of each step","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",reasonLabel:"Reason",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",menu:{nav:"Community orders",filters:"Filters",menuTitle:"Service menu",menuIntro:"The jurisdiction\u2019s menu of community projects: its categories and their items, each with its type, the cap per item and the community needs it answers. Retired items can no longer be ordered.",noMenu:"No service menu has been loaded for {jurisdiction} yet.",loadIntro:"Load the sample menu shipped with the ledger (10 categories, 40 items); entries are added one by one after that.",load:"Load the sample menu",loaded:"The menu was loaded.",version:"version {version} \xB7 loaded {at}",noItems:"No items in this category yet.",code:"Code",name:"Name",type:"Type",types:{WORKS:"Works",SERVICES:"Services",GOODS:"Goods"},cap:"Cap per item",noCap:"no cap",needs:"Community needs answered",active:"open to orders",retired:"retired",retiredMark:"(retired)",retiredOn:"retired {on}: {reason}",adminTitle:"Keep the menu",addTitle:"Add a category or an item",addIntro:"A category has a letter (K), an item its category\u2019s letter and two digits (K01), with its type and the needs it answers; a code is never used twice.",codeHint:"a category like K, an item like K01",nameZh:"Chinese name",nameEn:"English name (optional)",categoryType:"a category (no type)",needsAnswered:"Community needs answered",needsHint:"one a line, 1 to 10; none for a category.",add:"Add",added:"Added.",entryTitle:"Rename, retire or reinstate",entry:"Menu entry",renameTitle:"Rename {code}",rename:"Rename",renamed:"Renamed.",retireTitle:"Retire {code}",retireIntro:"New orders can no longer name it; orders placed before keep it. A category is retired once its items are.",retire:"Retire",retiredDone:"Retired.",reinstateTitle:"Reinstate {code}",reinstateIntro:"Communities can order it again; its category must be open.",reinstate:"Reinstate",reinstated:"Reinstated.",ordersTitle:"Community orders (public notices)",mineTitle:"Our community\u2019s orders",ordersIntro:"Communities order from the menu; each order goes through collecting needs, the residents\u2019 council review, the decision, implementation and acceptance, each step publicly noticed.",anyStatus:"any status",noOrders:"No orders yet.",ordersCount:"{count} orders",orderTitleField:"Title",community:"Community",items:"Items ordered",total:"Total",collectedAt:"Noticed",statuses:{NEEDS_COLLECTED:"needs collected",COUNCIL_APPROVED:"council approved",REJECTED:"council rejected",DECIDED:"decided",IMPLEMENTING:"implementing",ACCEPTED:"accepted"},steps:{COLLECT_NEEDS:"Collecting needs",COUNCIL_REVIEW:"Residents\u2019 council review",DECIDE:"Decision",IMPLEMENT:"Implementation",ACCEPT:"Acceptance"},orderTitle:"Order from the menu",orderIntro:"Pick items from the menu of {jurisdiction}, each with its amount in yuan and the needs residents stated, and publish the needs collected.",communityOnly:"A community (a purchaser) orders with its unit\u2019s token: sign in first.",communityName:"Community name",communityHint:"as the notices print it, e.g. \u798F\u7530\u533A\u9999\u871C\u6E56\u8857\u9053\u7AF9\u56ED\u793E\u533A",answers:"Answers: {needs}.",capHint:"A {type} item is capped at {cap}.",noCapHint:"No cap is set in this jurisdiction.",amount:"{code} amount (yuan)",amountShort:"Amount",statedNeeds:"{code} needs stated by residents",statedNeedsShort:"Needs stated",moneyInvalid:"The amount of {code} is not an amount, e.g. 30,000.00",orderTotal:"{count} items picked, {total} in all",noticeOf:"Public notice of \u201C{step}\u201D",noticeHint:"What is published: how the needs were collected and what was found, and for how long.",collect:"Submit and publish",collected:"The order was placed and its needs published.",notFound:"There is no such order.",lines:"Items ordered",menuVersion:"Checked against version {version} of the menu.",notices:"Public notices of each step",stepPending:"not yet",stepEnded:"the order has ended",councilApproved:"Approved by the residents\u2019 council: {reason}",councilRejected:"Rejected by the residents\u2019 council: {reason}",implementation:"Implementation",procurement:"Procurement",contract:"Contract",budget:"budget {budget}",noContract:"no contract signed yet",byApplication:"Implemented as project application {reference}",communityActions:"The community\u2019s steps",bureauActions:"The bureau\u2019s steps",reviewTitle:"Residents\u2019 council review",reviewIntro:"Record the council\u2019s outcome and reason, and publish it; a rejected order ends here.",councilOutcome:"Outcome",approve:"Approved",reject:"Rejected",councilReason:"The council\u2019s reason",councilReasonHint:"e.g. 19 of the council\u2019s 23 members in favour",review:"Record the review and publish",reviewed:"The review was recorded and published.",decideTitle:"Decision (the government funds it)",decideIntro:"Fund this order, {total}, and publish the decision.",decide:"Decide and publish",decided:"Decided and published.",draftProcurement:"Draft the procurement for this order",draftFor:"Drafting the procurement for the order \u201C{title}\u201D: its budget at most the order\u2019s {total}. Once saved, the order opens again to be implemented.",drafted:"The procurement was drafted and is picked below: write the notice to implement the order.",implementTitle:"Implementation",implementIntro:"Through a procurement of your unit (budget at most {total}) or a project application, and publish it.",implementBy:"Implemented by",byProcurement:"Government procurement",byApplicationLabel:"Project application",pickProcurement:"Pick a procurement",procurementHint:"Your unit\u2019s procurements, drafted or published; failed or cancelled ones are not listed.",reference:"Project application reference",implement:"Implement and publish",implemented:"Implemented and published.",acceptTitle:"Acceptance",acceptIntro:"Once the procurement\u2019s contract is completed, accept the order with residents\u2019 representatives and publish the result.",accept:"Accept and publish",accepted:"Accepted and published.",waiting:{NEEDS_COLLECTED:"Waiting for the community to record its residents\u2019 council review.",COUNCIL_APPROVED:"Waiting for the bureau\u2019s decision.",REJECTED:"The residents\u2019 council rejected it: the order has ended.",DECIDED:"Waiting for the community to implement it.",IMPLEMENTING:"Waiting for the contract to be completed and the community to accept it.",ACCEPTED:"Accepted: every step is done."}},con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received",supplementTitle:"Sign a supplementary contract",headroom:"Supplements together may add at most {percent}% of the original amount (Government Procurement Law, art. 49); {used} added so far, {left} left.",headroomLeft:"At most {left}",supplementAmount:"Supplement amount (yuan)",supplementDescription:"What it adds",sameSubject:"Same subject as the contract, its other terms unchanged",supplementPayment:"The supplement's payment milestone",supplementPayTitle:"Supplement payment name",supplementPayDue:"Supplement payment date",supplementFollows:"Supplement payment after the acceptance of",supplementSubmit:"Sign the supplement",supplementRecorded:"Supplementary contract signed.",correctIntro:"A record is never changed: a correction is a new record with its reason, and the old one stays.",correctPaymentTitle:"Correct a payment",correctWhichPayment:"Payment to correct",correctAmount:"Corrected amount (yuan)",correctReason:"Reason for the correction",correctSubmit:"Record the correction",paymentCorrected:"Payment corrected.",correctAcceptanceTitle:"Correct an acceptance result",currentResult:"Recorded now: {result}",correctedResult:"Corrected result",acceptanceCorrected:"Acceptance result corrected.",suspendTitle:"Suspend the contract",suspendIntro:"While suspended nothing is accepted; what was accepted is still paid.",suspend:"Suspend",suspended:"Contract suspended.",resumeTitle:"Resume the contract",resume:"Resume",resumed:"Contract resumed.",terminateTitle:"Terminate the contract",terminateIntro:"A terminated contract is not performed any further, and this cannot be undone; what was accepted is still paid.",terminate:"Terminate",terminated:"Contract terminated."},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third-party evaluator",thirdPartySearch:"Third party\u2019s name (part of it)",thirdPartyNone:"No active organisation has such a name.",thirdPartyPick:"Find the third party by its name and pick it first.",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility",nav:"Evaluations",mineTitle:"My performance evaluations",opened:"Opened"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id",idInvalid:"Paste the whole procurement id (a UUID)."},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},live:{following:"This list updates live: no need to reload the page.",stopped:"Live updates stopped ({message}); reload the page to reconnect."},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",amendTitle:"Publish an amendment",amendIntro:"Until the bid deadline the description and the times may be amended; the deadline may only move later. The amendment is published with its reason.",amendDeadlineHint:"Beijing time; later only. A substantive amendment needs the full bidding period again from today.",substantive:"Substantive (changes how bids are prepared)",substantiveHint:"A change of requirements or scoring always is.",amendReason:"Reason for the amendment",amend:"Publish the amendment",amended:"Amendment published.",cancelTitle:"Cancel the procurement",cancelIntro:"Before the award a procurement may be cancelled, with the reason; this cannot be undone.",cancel:"Cancel the procurement",cancelled:"Procurement cancelled.",excludeTitle:"A ranked bidder declines, or is disqualified",excludeIntro:"When the top-ranked bid declines or is disqualified, the next valid bid in rank takes its place; with none left the procurement fails.",rankedBid:"Ranked bid",rankedOption:"No. {rank} {name} ({price})",candidateMark:" (candidate)",excludeWhat:"What happened",excludeKinds:{DECLINE:"The bidder declines the award",DISQUALIFY:"Disqualify the bid"},excludeSubmit:"Record",declined:"Declined award recorded.",disqualified:"Bid disqualified.",exclusions:{DECLINED:"Declined the award",DISQUALIFIED:"Disqualified"},exclusionReason:": {reason}",complaintTitle:"Complaints",complaintAbout:"Challenge \u201C{grounds}\u201D",complaintReference:"Complaint reference (finance department)",complaintHint:"When the challenger complains to the finance department, record its reference.",recordComplaint:"Record the complaint",complaintRecorded:"Complaint recorded.",complaints:"Complaints: {refs}",challengeTitle:"Challenge the award",challengeIntro:"A bidder who disputes the award may challenge it until {deadline}, stating what and why.",grounds:"What is challenged, and why",challengeSubmit:"File the challenge",challengeFiled:"Challenge filed.",documents:"Bid documents",commitmentAndDocuments:"Commitment and document digests",documentsHint:"Only each file\u2019s name and SHA-256 digest are recorded, the file is not uploaded; after the opening the files handed in are checked against them.",hashing:"Computing the files\u2019 digests\u2026",removeDocument:"Remove {name}",documentUnreadable:"The file could not be read: {message}",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"},contest:{nav:"Project contests",listTitle:"Public-welfare project contests",listIntro:"Contests run by civil-affairs bureaus: the call, the review, the matching and the grants are public, and every pledge, match and grant is on record.",allTitle:"All contests",filters:"Filter contests",anyStatus:"Any status",none:"No contest matches.",count:"{count} contest(s)",statuses:{OPEN:"Taking submissions",REVIEWED:"Reviewed",RANKED:"Ranked",MATCHED:"Matched",AWARDED:"Granted",CANCELLED:"Cancelled"},submissionStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn",SHORTLISTED:"Shortlisted",NOT_SHORTLISTED:"Not shortlisted",GRANTED:"Granted",LIBRARY:"In the project library"},kinds:{PROPORTIONAL_WITH_CAP:"A share of the money raised, capped",INCENTIVE_TIERS:"Incentive tiers (Shenzhen)"},outcomes:{FULL:"Matched in full",POOL_REMAINDER:"What the pool had left",POOL_SHARED:"Pool remainder shared with ties",POOL_EXHAUSTED:"Pool spent on better ranks",NO_TIER:"Rank in no prize band",NOTHING_RAISED:"Raised nothing"},donorKinds:{INDIVIDUAL:"Individual",ENTERPRISE:"Enterprise",FOUNDATION:"Foundation",OTHER:"Other"},title:"Contest",bureau:"Run by",pool:"Matching pool",granted:"Granted",left:"Left in the pool",matchedNotGranted:"Matched, not yet granted",submissionsOpen:"Submissions open",submissionsClose:"Submissions close",pledgesOpen:"Pledges open",pledgesClose:"Pledges close",submissionsWindow:"Submissions",pledgesWindow:"Pledges",toEnterTitle:"Contests you may enter",noneToEnter:"No contest is taking submissions now.",mayEnter:"May enter",eligible:"May enter",ineligible:"May not enter",mineTitle:"Our submissions",noneMine:"Your organisation has submitted no project yet.",project:"Project",finalRank:"Final rank",raised:"Raised",matched:"Matched",spent:"Paid out",donors:"Donors",requested:"Grant requested",openTitle:"Open a contest call",openIntro:"A contest of your unit in jurisdiction {jurisdiction}; times are China time, the pool in yuan.",open:"Open the call",opened:"The call is open.",matchingPolicy:"Matching policy",proportionalHint:"A share of the money each project raised, at most the cap, in final-ranking order until the pool is spent.",tiersHint:"The policy in force at the opening: 80 % standardised amount raised, 20 % standardised donors, theme points, prizes by rank band.",percent:"Share matched (%)",cap:"Most matched per project (yuan)",scoring:"Scoring",scoringHint:"The jury scores these criteria, adding up to 100 points; a contest has no price score.",defaultPlan:"Project plan",defaultTeam:"Team",bonusTheme:"Bonus theme",bonusThemeHint:"Optional; under incentive tiers, projects of the theme earn points.",shortlistSize:"Finalists",terms:"The call",policyVersion:"Policy version",weights:"Final score",weightsText:"jury {panel} %, public jury {public} %",proportionalText:"{percent} % of the money raised, at most {cap} per project",tiersText:"amount raised {raised} % + donors {donors} % + theme {bonus} points; {tiers}",tierText:"ranks {from}\u2013{to} {amount}",poolChart:"The matching pool",poolDescribe:"Pool {pool}: granted {granted}, matched not yet granted {pending}, left {left}.",moneyChart:"Raised, matched and granted per finalist",moneyDescribe:"{title}: raised {raised}, matched {matched}, granted {granted}",ranking:"Final ranking",shortlist:"Finalists (jury ranking)",rankColumn:"Rank",panelScore:"Jury score",publicScore:"Public score",finalScore:"Final score",submissions:"Projects submitted",noSubmissions:"No project submitted yet.",submittedAt:"Submitted",panelRank:"Jury rank (score)",notFound:"No such contest.",cancelledText:"The contest was cancelled: {reason}",entrantTitle:"Your organisation",yourProject:"Your project \u201C{title}\u201D: {status}",submitTitle:"Submit a project",submitIntro:"Submissions close at {close} (China time); entrants must have been registered a year with no serious violation in recent years.",projectTitle:"Project title",summary:"Summary",theme:"Theme",themeHint:"This call\u2019s bonus theme: {theme}",submit:"Submit the project",submitted:"Your project is submitted.",notTaking:"This contest no longer takes projects.",withdrawTitle:"Withdraw \u201C{title}\u201D",withdrawIntro:"A withdrawn project leaves the review, the pledges and the matching; the reason is published.",withdraw:"Withdraw the project",withdrawn:"The project is withdrawn.",bureauActions:"The bureau\u2019s actions",jury:"Jury",juryAfterClose:"Submissions close at {close}; the jury is constituted after.",juryWaiting:"{count} juror(s) have not submitted their sheets yet; jurors score in the committee screen.",constitute:"Draw and constitute the jury",juryConstituted:"The jury is constituted and its experts drawn.",reviewIntro:"The jury has concluded: recording its conclusion shortlists the best {size}.",recordReview:"Record the review and shortlist",reviewed:"The review is recorded and the finalists shortlisted.",publicTitle:"Public jury scores",publicIntro:"The public jury\u2019s scores of the finalists (0\u2013100); they may be entered again until the ranking.",publicScoreOf:"Public score of \u201C{title}\u201D",scoreInvalid:"Enter a score from 0 to 100, at most two decimals",recordPublic:"Record the public scores",publicScored:"The public scores are recorded.",rankTitle:"Final ranking",rankIntro:"Final score = jury score \xD7 {panel} % + public score \xD7 {public} %.",rankButton:"Rank the finalists",ranked:"The finalists are ranked.",pledgeTitle:"Record a pledge",pledgeIntro:"Pledges to finalists as the fundraising platform reports them, from {from} to {to} (China time); the donor reference only counts donors and is not shown.",donorKind:"Donor kind",donor:"Donor reference (platform)",donorHint:"The platform\u2019s reference of the donor: counts distinct donors, never shown.",amount:"Amount pledged",recordPledge:"Record the pledge",pledged:"The pledge is recorded.",matchTitle:"Matching",matchIntro:"After the pledges close at {close} (China time), the matching is computed under the call\u2019s policy.",computeMatching:"Compute the matching",matchedDone:"The matching is computed.",grantsTitle:"Grants",grantsIntro:"Each grant at most the project\u2019s match, together within the pool; the other finalists enter the project library.",grantOf:"Grant to \u201C{title}\u201D (matched {matched})",noMatches:"No project was matched.",award:"Award the grants",awarded:"The grants are awarded.",contractsTitle:"Grant contracts",contractsIntro:"One contract per grant: the granted organisation as supplier, the grant as amount.",signFor:"Sign the grant contract of \u201C{title}\u201D ({amount})",signTitle:"Sign a grant contract",signIntro:"The supplier and the amount are the grant\u2019s; the payment milestones add up to the grant.",fromContest:"Granted in a project contest",grantMethod:"Project contest grant",cancelTitle:"Cancel the contest",cancelIntro:"A contest may be cancelled before its grants; the reason is published.",cancel:"Cancel the contest",cancelled:"The contest is cancelled.",reviewedSubject:"Under review",noContract:"no contract yet"}}};function et(t,e,o={}){let n=e.split(".").reduce((r,s)=>r?.[s],li[t]);return(typeof n=="string"?n:e).replace(/\{(\w+)\}/g,(r,s)=>(o[s]??`{${s}}`).toString())}function Bt(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}function ye(t){return t===null?"null":Array.isArray(t)?"array":typeof t}function Ue(t){return ye(t)==="object"}function ui(t){return Array.isArray(t)&&t.length>0&&t.every(e=>"message"in e)}function Ht(t,e){return t.length<124?t:e}var xn="graphql-transport-ws";var Ee=(t=>(t[t.InternalServerError=4500]="InternalServerError",t[t.InternalClientError=4005]="InternalClientError",t[t.BadRequest=4400]="BadRequest",t[t.BadResponse=4004]="BadResponse",t[t.Unauthorized=4401]="Unauthorized",t[t.Forbidden=4403]="Forbidden",t[t.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",t[t.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",t[t.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",t[t.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",t[t.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",t))(Ee||{}),Ie=(t=>(t.ConnectionInit="connection_init",t.ConnectionAck="connection_ack",t.Ping="ping",t.Pong="pong",t.Subscribe="subscribe",t.Next="next",t.Error="error",t.Complete="complete",t))(Ie||{});function Ln(t){if(!Ue(t))throw new Error(`Message is expected to be an object, but got ${ye(t)}`);if(!t.type)throw new Error("Message is missing the 'type' property");if(typeof t.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ye(t.type)}`);switch(t.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(t.payload!=null&&!Ue(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${t.payload}"`);break}case"subscribe":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${ye(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!Ue(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${ye(t.payload)}`);if(typeof t.payload.query!="string")throw new Error(`"${t.type}" message payload expects the 'query' property to be a string, but got ${ye(t.payload.query)}`);if(t.payload.variables!=null&&!Ue(t.payload.variables))throw new Error(`"${t.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ye(t.payload.variables)}`);if(t.payload.operationName!=null&&ye(t.payload.operationName)!=="string")throw new Error(`"${t.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ye(t.payload.operationName)}`);if(t.payload.extensions!=null&&!Ue(t.payload.extensions))throw new Error(`"${t.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ye(t.payload.extensions)}`);break}case"next":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${ye(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!Ue(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an object, but got ${ye(t.payload)}`);break}case"error":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${ye(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);if(!ui(t.payload))throw new Error(`"${t.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(t.payload)}`);break}case"complete":{if(typeof t.id!="string")throw new Error(`"${t.type}" message expects the 'id' property to be a string, but got ${ye(t.id)}`);if(!t.id)throw new Error(`"${t.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${t.type}"`)}return t}function Fn(t,e){return Ln(typeof t=="string"?JSON.parse(t,e):t)}function Ve(t,e){return Ln(t),JSON.stringify(t,e)}function Mn(t){let{url:e,connectionParams:o,lazy:n=!0,onNonLazyError:i=console.error,lazyCloseTimeout:r=0,keepAlive:s=0,disablePong:a,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:$=async function(W){let B=Math.pow(2,W);await new Promise(z=>setTimeout(z,B*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:f=Vt,on:d,webSocketImpl:h,generateID:v=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,W=>{let B=Math.random()*16|0;return(W=="x"?B:B&3|8).toString(16)})},jsonMessageReplacer:m,jsonMessageReviver:u}=t,E;if(h){if(!mi(h))throw new Error("Invalid WebSocket implementation provided");E=h}else typeof WebSocket<"u"?E=WebSocket:typeof global<"u"?E=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(E=window.WebSocket||window.MozWebSocket);if(!E)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let b=E,p=(()=>{let F=(()=>{let B={};return{on(z,X){return B[z]=X,()=>{delete B[z]}},emit(z){"id"in z&&B[z.id]?.(z)}}})(),W={connecting:d?.connecting?[d.connecting]:[],opened:d?.opened?[d.opened]:[],connected:d?.connected?[d.connected]:[],ping:d?.ping?[d.ping]:[],pong:d?.pong?[d.pong]:[],message:d?.message?[F.emit,d.message]:[F.emit],closed:d?.closed?[d.closed]:[],error:d?.error?[d.error]:[]};return{onMessage:F.on,on(B,z){let X=W[B];return X.push(z),()=>{let ue=X.indexOf(z);ue>-1&&X.splice(ue,1)}},emit(B,...z){for(let X of[...W[B]])X(...z)}}})();function T(F){let W=[p.on("error",B=>{W.forEach(z=>z()),F(B)}),p.on("closed",B=>{W.forEach(z=>z()),F(B)})];return()=>W.forEach(B=>B())}let g,I=0,A,C=!1,w=0,S=!1;async function N(){clearTimeout(A);let[F,W]=await(g??(g=new Promise((X,ue)=>(async()=>{if(C){if(await $(w),!I)return g=void 0,ue({code:1e3,reason:"All Subscriptions Gone"});w++}p.emit("connecting",C);let Z=new b(typeof e=="function"?await e():e,xn),H,te;function re(){isFinite(s)&&s>0&&(clearTimeout(te),te=setTimeout(()=>{Z.readyState===b.OPEN&&(Z.send(Ve({type:Ie.Ping})),p.emit("ping",!1,void 0))},s))}T(J=>{g=void 0,clearTimeout(H),clearTimeout(te),ue(J),J instanceof bt&&(Z.close(4499,"Terminated"),Z.onerror=null,Z.onclose=null)}),Z.onerror=J=>p.emit("error",J),Z.onclose=J=>p.emit("closed",J),Z.onopen=async()=>{try{p.emit("opened",Z);let J=typeof o=="function"?await o():o;if(Z.readyState!==b.OPEN)return;Z.send(Ve(J?{type:Ie.ConnectionInit,payload:J}:{type:Ie.ConnectionInit},m)),isFinite(c)&&c>0&&(H=setTimeout(()=>{Z.close(Ee.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},c)),re()}catch(J){p.emit("error",J),Z.close(Ee.InternalClientError,Ht(J instanceof Error?J.message:String(J),"Internal client error"))}};let ee=!1;Z.onmessage=({data:J})=>{try{let me=Fn(J,u);if(p.emit("message",me),me.type==="ping"||me.type==="pong"){p.emit(me.type,!0,me.payload),me.type==="pong"?re():a||(Z.send(Ve(me.payload?{type:Ie.Pong,payload:me.payload}:{type:Ie.Pong},m)),p.emit("pong",!1,me.payload));return}if(ee)return;if(me.type!==Ie.ConnectionAck)throw new Error(`First message cannot be of type ${me.type}`);clearTimeout(H),ee=!0,p.emit("connected",Z,me.payload,C),C=!1,w=0;let tn=new Promise((ac,Xo)=>T(Xo));tn.catch(()=>{}),X([Z,tn])}catch(me){Z.onmessage=null,p.emit("error",me),Z.close(Ee.BadResponse,Ht(me instanceof Error?me.message:String(me),"Bad response"))}}})())));F.readyState===b.CLOSING&&await W;let B=()=>{},z=new Promise(X=>B=X);return[F,B,new Promise((X,ue)=>{let Z=T(ue);F.readyState!==b.OPEN&&W.catch(ue),z.then(()=>{if(Z(),!I){let H=()=>F.close(1e3,"Normal Closure");isFinite(r)&&r>0?(clearTimeout(A),A=setTimeout(()=>{!I&&F.readyState===b.OPEN&&H()},r)):H()}X()})})]}function L(F){if(Vt(F)&&(pi(F.code)||[Ee.InternalServerError,Ee.InternalClientError,Ee.BadRequest,Ee.BadResponse,Ee.Unauthorized,Ee.SubprotocolNotAcceptable,Ee.SubscriberAlreadyExists,Ee.TooManyInitialisationRequests].includes(F.code)))throw F;if(S)return!1;if(Vt(F)&&F.code===1e3)return I>0;if(!l||w>=l||!f(F))throw F;return C=!0}n||(async()=>{for(I++;;)try{let[,,F]=await N();await F}catch(F){try{if(!L(F))return}catch(W){return i?.(W)}}})();function j(F,W){let B=v(F),z=!1,X=!1,ue=()=>{I--,z=!0};return(async()=>{for(I++;;)try{let[Z,H,te]=await N();if(z)return te.catch(()=>{}),H();let re=p.onMessage(B,ee=>{switch(ee.type){case Ie.Next:{W.next(ee.payload);return}case Ie.Error:{X=!0,z=!0,W.error(ee.payload),ue();return}case Ie.Complete:{z=!0,ue();return}}});Z.send(Ve({id:B,type:Ie.Subscribe,payload:F},m)),ue=()=>{!z&&Z.readyState===b.OPEN&&Z.send(Ve({id:B,type:Ie.Complete},m)),I--,z=!0,H()},await te.finally(re);return}catch(Z){if(!L(Z))return}})().then(()=>{X||W.complete()}).catch(Z=>{W.error(Z)}),()=>{z||ue()}}return{on:p.on,subscribe:j,iterate(F){let W=[],B={done:!1,error:null,resolve:()=>{}},z=j(F,{next(ue){W.push(ue),B.resolve()},error(ue){B.done=!0,B.error=ue,B.resolve()},complete(){B.done=!0,B.resolve()}}),X=(async function*(){for(;;){for(W.length||await new Promise(Z=>B.resolve=Z);W.length;)yield W.shift();if(B.error)throw B.error;if(B.done)return}})();return X.throw=async ue=>(B.done||(B.done=!0,B.error=ue,B.resolve()),{done:!0,value:void 0}),X.return=async()=>(z(),{done:!0,value:void 0}),X},async dispose(){if(S=!0,g){let[F]=await g;F.close(1e3,"Normal Closure")}},terminate(){g&&p.emit("closed",new bt)}}}var bt=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function Vt(t){return Ue(t)&&"code"in t&&"reason"in t}function pi(t){return[1e3,1001,1006,1005,1012,1013,1014].includes(t)?!1:t>=1e3&&t<=1999}function mi(t){return typeof t=="function"&&"constructor"in t&&"CLOSED"in t&&"CLOSING"in t&&"CONNECTING"in t&&"OPEN"in t}var Wt="civic-ledger.token",Un="civic-ledger.lang";function yt(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let o=e[1].replace(/-/g,"+").replace(/_/g,"/"),n=o+"=".repeat((4-o.length%4)%4),i=Uint8Array.from(atob(n),s=>s.charCodeAt(0)),r=JSON.parse(new TextDecoder().decode(i));return r&&typeof r.role=="string"&&typeof r.exp=="number"?r:null}catch{return null}}var we={token(){return sessionStorage.getItem(Wt)},save(t){sessionStorage.setItem(Wt,t.trim())},clear(){sessionStorage.removeItem(Wt),Hn()}},tt={get(){return localStorage.getItem(Un)==="en"?"en":"zh"},set(t){localStorage.setItem(Un,t)}};function We(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,o=>o.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var q=class extends Error{constructor(e,o={},n=200){super(e),this.code=o.code??"INTERNAL",this.rule=o.rule??null,this.field=o.field??null,this.extensions=o,this.status=n}},jn=()=>{};function Bn(t){jn=t}async function U(t,e,{lang:o,token:n=we.token()}={}){let i={"content-type":"application/json","accept-language":Bt(o)};n&&(i.authorization=`Bearer ${n}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:i,body:JSON.stringify({query:t,variables:e})})}catch(c){throw new q(c.message,{code:"NETWORK"},0)}let s;try{s=await r.json()}catch{throw new q(`HTTP ${r.status}`,{code:"NETWORK"},r.status)}let a=s.errors?.[0];if(a){let c=new q(a.message,a.extensions??{},r.status);throw r.status===401&&jn(c),c}return s.data}var ke=null;function $i(t){let e=we.token();return ke&&(ke.token!==e||ke.lang!==t)&&Hn(),ke||(ke={client:Mn({url:`${location.protocol==="https:"?"wss:":"ws:"}//${location.host}/graphql/ws`,lazy:!0,lazyCloseTimeout:3e3,connectionParams:()=>({"Accept-Language":Bt(t),...e?{Authorization:`Bearer ${e}`}:{}}),retryAttempts:1/0,shouldRetry:()=>!0,retryWait:n=>new Promise(i=>setTimeout(i,Math.min(2**n,30)*1e3+Math.random()*1e3))}),token:e,lang:t}),ke.client}function Hn(){if(!ke)return;let{client:t}=ke;ke=null,t.dispose()}function Gt(t,e,{lang:o,onData:n,onError:i=()=>{}}){return $i(o).subscribe({query:t,variables:e},{next:r=>{let s=r.errors?.[0];s?i(new q(s.message,s.extensions??{})):n(r.data)},error:r=>{let s=Array.isArray(r)?r[0]:null;i(s?new q(s.message,s.extensions??{}):new q(r?.reason||`WebSocket ${r?.code??""}`.trim(),{code:"NETWORK"},0))},complete:()=>{}})}var Vn="Asia/Shanghai";function vt(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function Te(t){return vt(t).replace(/\s+/g,"").toUpperCase()}function _(t){return String(t??"").trim()}function Ge(t){return vt(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function k(t){if(t==null||t==="")return"";let e=String(t),o=e.startsWith("-"),[n,i=""]=(o?e.slice(1):e).split("."),r=n.replace(/\B(?=(\d{3})+(?!\d))/g,","),s=(i+"00").slice(0,Math.max(2,i.length));return`${o?"-":""}\xA5${r}.${s}`}function Wn(t){return t==="en"?"en-GB":"zh-CN"}function M(t,e){if(!t)return"";let o=new Date(t);return Number.isNaN(o.getTime())?String(t):new Intl.DateTimeFormat(Wn(e),{timeZone:Vn,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(o)}function de(t,e){if(!t)return"";let o=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!o)return String(t);let n=new Date(Date.UTC(+o[1],+o[2]-1,+o[3]));return new Intl.DateTimeFormat(Wn(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(n)}function qe(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:Vn}).format(t)}var ce=ae.bind(oe),hi=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,fi=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,gi=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,bi=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,yi=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,vi=10,Ei=1e3,qn=/^organisation-[0-9a-fA-F-]{36}$/;function Ii(t,e){let o=t("audit.fields."+e);return o==="audit.fields."+e?e:o}var Ti=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function Gn(t,e,o,n){return n==null?t("audit.empty"):o==="status"?t("statuses."+n):o==="kind"?t("kinds."+n):o==="registeredFunds"?k(n):Ti.test(n)?M(n,e):n}function Ai({t,lang:e,ErrorText:o,onOpen:n}){let[i,r]=y(""),[s,a]=y(null),[c,l]=y(null),[$,f]=y(!1),d=async h=>{h.preventDefault();let v=_(i);if(!v||$)return;if(qn.test(v))return n(v);f(!0),l(null);let m=Te(v),u=/^[0-9A-Z]{18}$/.test(m)?{creditCode:m}:{nameContains:v};try{a((await U(hi,{filter:u},{lang:e})).organisations.nodes)}catch(E){l(E),a(null)}finally{f(!1)}};return ce`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${d}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${i} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${h=>r(h.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${$}>${t("search")}</button>
    </form>
    <${o} error=${c} />
    ${s&&s.length===0?ce`<p class="empty" role="status">${t("noResults")}</p>`:null}
    ${s&&s.length>0?ce`<ul class="found" aria-label=${t("audit.found")}>
          ${s.map(h=>ce`<li>
              <button type="button" class="link" onClick=${()=>n("organisation-"+h.id)}>${h.name}</button>
              ${" "}<code>${h.creditCode}</code> ${t("statuses."+h.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function Si({t,lang:e,changes:o}){return o.length===0?ce`<span class="empty">${t("audit.noChange")}</span>`:ce`<ul class="changes">
    ${o.map(n=>ce`<li>
        <span class="field-name">${Ii(t,n.field)}</span>: <del>${Gn(t,e,n.field,n.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${Gn(t,e,n.field,n.new)}</ins>
      </li>`)}
  </ul>`}function Ci({t,lang:e,ErrorText:o,stream:n,entries:i}){let[r,s]=y(i.length-1),[a,c]=y(null),[l,$]=y(null),f=n.slice(13),d=i[Math.min(r,i.length-1)]?.recordedAt;V(()=>{if(!d)return;let v=!0;return $(null),U(gi,{id:f,at:d},{lang:e}).then(m=>v&&c(m.organisationAsOf),m=>v&&$(m)),()=>{v=!1}},[f,d,e]);let h=d?M(d,e):"";return ce`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${i.length-1} step="1" value=${r}
        aria-valuetext=${t("audit.sliderValue",{version:i[r]?.version,when:h})}
        onInput=${v=>s(Number(v.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:i[r]?.version,when:h})}</p>
    </div>
    <${o} error=${l} />
    ${a?ce`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${a.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+a.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${a.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${a.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${k(a.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${a.version}</dd></div>
        </dl>`:null}
  </section>`}function wi({t,lang:e,ErrorText:o,stream:n}){let[i,r]=y([]),[s,a]=y(null),[c,l]=y(!1),[$,f]=y(null),d=async(u,E)=>{l(!0),a(null);try{let b=(await U(fi,{s:n,from:u},{lang:e})).recordTimeline;r([...E,b])}catch(b){a(b)}finally{l(!1)}};V(()=>{r([]),f(null),d(0,[])},[n,e]);let h=async()=>{f({busy:!0});try{let u=(await U(yi,{s:n},{lang:e})).verifyStream;f({result:u})}catch(u){f({error:u})}},v=i.flatMap(u=>u.entries),m=i[i.length-1];return ce`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${n}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${$?.busy} onClick=${h}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${$?.result?ce`<${Yn} t=${t} failure=${$.result.firstFailure} ok=${t("audit.recordOk",{count:$.result.eventsChecked})} />`:null}
      </div>
      <${o} error=${$?.error} />
    </div>
    <${o} error=${s} />
    ${v.length>0?ce`<${Ci} key=${n+v.length} t=${t} lang=${e} ErrorText=${o} stream=${n} entries=${v} />`:null}
    ${v.length>0?ce`<table class="timeline">
          <caption>${t("audit.events",{count:m.totalCount})}</caption>
          <thead><tr><th scope="col">${t("version")}</th><th scope="col">${t("audit.when")}</th><th scope="col">${t("audit.who")}</th><th scope="col">${t("audit.what")}</th><th scope="col">${t("audit.reason")}</th><th scope="col">${t("audit.changes")}</th></tr></thead>
          <tbody>
            ${v.map(u=>ce`<tr>
                <td>${u.version}</td>
                <td>${M(u.recordedAt,e)}</td>
                <td>${u.actor??t("audit.ledgerItself")}${u.role?ce` <span class="role">(${t("roles."+u.role)})</span>`:null}</td>
                <td>${t("audit.kinds."+u.kind)==="audit.kinds."+u.kind?u.kind:t("audit.kinds."+u.kind)}</td>
                <td>${u.reason??""}</td>
                <td><${Si} t=${t} lang=${e} changes=${u.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:c?ce`<p role="status">${t("loading")}</p>`:null}
    ${m?.nextVersion!=null&&i.length<vi?ce`<button type="button" disabled=${c} onClick=${()=>d(m.nextVersion,i)}>${t("audit.more")}</button>`:null}
  </section>`}function Yn({t,failure:e,ok:o}){return e?ce`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:ce`<p class="notice verify-ok">${o}</p>`}function Ri({t,lang:e,ErrorText:o}){let[n,i]=y(null),[r,s]=y(null),[a,c]=y(!1),l=Ae(!1),$=async()=>{if(l.current)return;l.current=!0,c(!0),s(null);let f=0,d=0;try{let h=!1;for(let v=0;v<Ei&&!h;v++){let m=(await U(bi,{after:f},{lang:e})).verifyLedger;if(d+=m.eventsChecked,f=m.lastPosition,h=m.done||m.firstFailure!=null,i({checked:d,at:f,head:m.head,failure:m.firstFailure,done:h}),!h&&m.eventsChecked===0)break}if(!h)throw new q(t("audit.stalled",{position:f}),{code:"INTERNAL"})}catch(h){s(h)}finally{l.current=!1,c(!1)}};return ce`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t("audit.verify")}</h2>
    <p>${t("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${$} disabled=${a}>${t("audit.verifyButton")}</button>
    </div>
    ${n?ce`<div class="field">
          <label for="audit-verify-progress">${t("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(n.head,1)} value=${n.at}>${n.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${n&&!n.done?ce`<p>${t("audit.verifying",{checked:n.checked,head:n.head})}</p>`:null}
      ${n?.done?ce`<${Yn} t=${t} failure=${n.failure} ok=${t("audit.ledgerOk",{count:n.checked})} />`:null}
    </div>
    <${o} error=${r} />
  </section>`}function _i({t,ErrorText:e}){let[o,n]=y(null),[i,r]=y(!1),s=async()=>{if(!i){r(!0),n(null);try{let a=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${we.token()}`}});if(!a.ok){let d=(await a.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(d?.message??`HTTP ${a.status}`),{code:d?.extensions?.code??"NETWORK"})}let c=/filename="([^"]+)"/.exec(a.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await a.blob()),$=document.createElement("a");$.href=l,$.download=c,document.body.append($),$.click(),$.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(a){n(a)}finally{r(!1)}}};return ce`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${i} onClick=${s}>${t("audit.exportButton")}</button>
    <${e} error=${o} />
  </section>`}function Kn({t,lang:e,ErrorText:o,params:n,extra:i=null}){let[r,s]=y(n.get("stream")),a=c=>{s(c),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(c))};return ce`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${Ai} t=${t} lang=${e} ErrorText=${o} onOpen=${a} />
    ${r&&qn.test(r)?ce`<${wi} key=${r} t=${t} lang=${e} ErrorText=${o} stream=${r} />`:null}
    ${i}
    <${Ri} t=${t} lang=${e} ErrorText=${o} />
    <${_i} t=${t} ErrorText=${o} />
  </main>`}var xe=ae.bind(oe);function ie(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(Ge(t));if(!e)return null;let o=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(o)?o:null}function Y(t,{untilRemount:e=!1}={}){let o=Ae(!1),n=Ae(null),[i,r]=y(!1),[s,a]=y(null);return{run:async(l,$,f)=>{if(o.current)return;o.current=!0,r(!0),a(null),n.current??=We();let d=!1;try{let h=await U(l,{i:{...$,commandId:n.current}},{lang:t});n.current=null,d=!0,await f(h)}catch(h){h.code!=="NETWORK"&&(n.current=null),a(h)}finally{d&&e||(o.current=!1),r(!1)}},busy:i,error:s,setError:a}}function fe(t,e,o={}){if(!t)return null;let n=String(t.field??"").split(".")[0];return n&&Object.hasOwn(e,n)?e[n]:t.rule&&o[t.rule]||null}function G({ui:t,id:e,label:o,value:n,onInput:i,error:r,hint:s,rows:a,className:c="",...l}){let{ErrorText:$}=t,f=[s?e+"-hint":null,r?e+"-error":null].filter(Boolean).join(" ")||void 0,d={id:e,value:n,"aria-invalid":r?"true":void 0,"aria-describedby":f,onInput:h=>i(h.currentTarget.value),...l};return xe`<div class=${"field "+c+(r?" invalid":"")}>
    <label for=${e}>${o}</label>
    ${a?xe`<textarea rows=${a} ...${d}></textarea>`:xe`<input ...${d} />`}
    ${s?xe`<p class="hint" id=${e+"-hint"}>${s}</p>`:null}
    ${r?xe`<${$} error=${r} id=${e+"-error"} />`:null}
  </div>`}function ve({ui:t,id:e,label:o,mutation:n,input:i,onDone:r,className:s}){let{lang:a,ErrorText:c}=t,l=Y(a);return xe`<div class="action">
    <button type="button" id=${e} class=${s} disabled=${l.busy} onClick=${()=>l.run(n,i,r)}>${o}</button>
    <${c} error=${l.error} id=${e+"-error"} />
  </div>`}function be({ui:t,id:e,title:o,intro:n,reasonLabel:i,submitLabel:r,mutation:s,input:a,reasonKey:c="reason",onDone:l,danger:$=!1,untilRemount:f=!1}){let{t:d,lang:h,ErrorText:v}=t,[m,u]=y(""),E=Y(h,{untilRemount:f}),b=T=>{T.preventDefault(),E.run(s,{...a,[c]:_(m)},l)},p=fe(E.error,{[c]:"reason"})==="reason";return xe`<form class=${"reason-form"+($?" danger":"")} id=${e} onSubmit=${b} novalidate aria-labelledby=${e+"-heading"}>
    <h3 id=${e+"-heading"}>${o}</h3>
    ${n?xe`<p>${n}</p>`:null}
    <${G} ui=${t} id=${e+"-reason"} label=${i??d("reasonLabel")} rows="2" value=${m} onInput=${u} error=${p?E.error:null} />
    <div class="action">
      <button type="submit" id=${e+"-submit"} class=${$?"danger":void 0} disabled=${E.busy}>${E.busy?d("submitting"):r}</button>
      ${E.error&&!p?xe`<${v} error=${E.error} id=${e+"-error"} />`:null}
    </div>
  </form>`}var Di=new Uint32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),_e=(t,e)=>t>>>e|t<<32-e;function Pi(t){let e=new Uint32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),o=t.length,n=new Uint8Array((o+8>>6)+1<<6);n.set(t),n[o]=128;let i=new DataView(n.buffer);i.setUint32(n.length-8,Math.floor(o/536870912)),i.setUint32(n.length-4,o<<3>>>0);let r=new Uint32Array(64);for(let s=0;s<n.length;s+=64){for(let m=0;m<16;m++)r[m]=i.getUint32(s+m*4);for(let m=16;m<64;m++){let u=_e(r[m-15],7)^_e(r[m-15],18)^r[m-15]>>>3,E=_e(r[m-2],17)^_e(r[m-2],19)^r[m-2]>>>10;r[m]=r[m-16]+u+r[m-7]+E>>>0}let[a,c,l,$,f,d,h,v]=e;for(let m=0;m<64;m++){let u=v+(_e(f,6)^_e(f,11)^_e(f,25))+(f&d^~f&h)+Di[m]+r[m]>>>0,E=(_e(a,2)^_e(a,13)^_e(a,22))+(a&c^a&l^c&l)>>>0;v=h,h=d,d=f,f=$+u>>>0,$=l,l=c,c=a,a=u+E>>>0}e[0]+=a,e[1]+=c,e[2]+=l,e[3]+=$,e[4]+=f,e[5]+=d,e[6]+=h,e[7]+=v}return Array.from(e,s=>s.toString(16).padStart(8,"0")).join("")}async function Zn(t){let e=new Uint8Array(await t.arrayBuffer());if(globalThis.isSecureContext&&globalThis.crypto?.subtle){let o=new Uint8Array(await crypto.subtle.digest("SHA-256",e));return Array.from(o,n=>n.toString(16).padStart(2,"0")).join("")}return Pi(e)}var ne=ae.bind(oe),Ni=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,Et="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",Jn=`query MyBids { myBids(first: 100) { nodes { ${Et} } } }`,Oi=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${Et} } }`,ki=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${Et} } }`,xi=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${Et} } }`,Li="mutation Challenge($i: ChallengeAwardInput!) { challengeAward(input: $i) { version } }";function Qn({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y(null);return V(()=>{let l=!0;return U(Ni,{after:null},{lang:o}).then($=>l&&s($.eligibleProcurements.nodes),$=>l&&c($)),()=>{l=!1}},[o]),ne`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${n} error=${a} />
    ${r==null&&!a?ne`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?ne`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${r&&r.length>0?ne`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${r.map(l=>ne`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${i} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${k(l.procurement.budget)}</td>
                <td>${M(l.procurement.bidDeadline,o)}</td>
                <td>
                  ${l.eligible?ne`<strong class="badge ok">${e("proc.eligible")}</strong>`:ne`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map($=>ne`<li>${$.message} <code class="rule">${$.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Fi(t,e){if(t.length===0)return{};let o=t.map((r,s)=>`$p${s}: UUID!`).join(", "),n=t.map((r,s)=>`p${s}: procurement(id: $p${s}) { id title }`).join(" "),i=await U(`query Titles(${o}) { ${n} }`,Object.fromEntries(t.map((r,s)=>["p"+s,r])),{lang:e});return Object.fromEntries(Object.values(i).filter(Boolean).map(r=>[r.id,r.title]))}function Xn({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y({}),[l,$]=y(null);return V(()=>{let f=!0;return U(Jn,{},{lang:o}).then(async d=>{if(!f)return;s(d.myBids.nodes);let h=[...new Set(d.myBids.nodes.map(m=>m.procurementId))].slice(0,100),v=await Fi(h,o);f&&c(v)}).catch(d=>f&&$(d)),()=>{f=!1}},[o]),ne`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${n} error=${l} />
    ${r==null&&!l?ne`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?ne`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${r&&r.length>0?ne`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${r.map(f=>ne`<tr>
                <td><${i} href=${"/app/procurements/"+f.procurementId}>${a[f.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+f.status)}</td>
                <td>${M(f.sealedAt,o)}</td>
                <td>${f.replacements}</td>
                <td><code class="hash">${f.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function zn({ui:t,prefix:e,command:o,submitLabel:n,onSend:i}){let{t:r,ErrorText:s}=t,[a,c]=y(""),[l,$]=y(""),[f,d]=y([]),[h,v]=y(!1),[m,u]=y(null),E=A=>{A.preventDefault();let C=ie(a);if(C==null)return u(new q(r("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));u(null),i(C,_(l),f)},b=async A=>{let C=[...A.currentTarget.files];A.currentTarget.value="",v(!0);try{let w=[];for(let S of C)w.push({name:S.name,sha256:await Zn(S)});d(S=>[...S,...w.filter(N=>!S.some(L=>L.name===N.name&&L.sha256===N.sha256))])}catch(w){u(new q(r("proc.documentUnreadable",{message:w.message}),{code:"VALIDATION",field:"documents"}))}finally{v(!1)}},p=m??o.error,T=p&&(p.field==="priceFen"||p.field==="price"),g=p&&p.field==="technicalProposal",I=p&&String(p.field??"").startsWith("documents");return ne`<form class="bid" onSubmit=${E} novalidate>
    <div class=${"field"+(T?" invalid":"")}>
      <label for=${e+"-price"}>${r("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${a} aria-describedby=${e+"-price-hint"+(T?" "+e+"-price-error":"")}
        aria-invalid=${T?"true":void 0} onInput=${A=>c(A.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${r("proc.priceHint")}</p>
      ${T?ne`<${s} error=${p} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(g?" invalid":"")}>
      <label for=${e+"-proposal"}>${r("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${l} aria-invalid=${g?"true":void 0}
        aria-describedby=${g?e+"-proposal-error":void 0} onInput=${A=>$(A.currentTarget.value)}></textarea>
      ${g?ne`<${s} error=${p} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class=${"field documents"+(I?" invalid":"")}>
      <label for=${e+"-documents"}>${r("proc.documents")}</label>
      <input id=${e+"-documents"} type="file" multiple aria-describedby=${e+"-documents-hint"+(I?" "+e+"-documents-error":"")}
        aria-invalid=${I?"true":void 0} onChange=${b} />
      <p class="hint" id=${e+"-documents-hint"}>${r("proc.documentsHint")}</p>
      ${h?ne`<p role="status">${r("proc.hashing")}</p>`:null}
      ${f.length>0?ne`<ul class="documents" id=${e+"-document-list"}>${f.map((A,C)=>ne`<li><span class="name">${A.name}</span> <code class="hash">${A.sha256}</code>
              <button type="button" class="link" aria-label=${r("proc.removeDocument",{name:A.name})} onClick=${()=>d(w=>w.filter((S,N)=>N!==C))}>${r("con.remove")}</button></li>`)}</ul>`:null}
      ${I?ne`<${s} error=${p} id=${e+"-documents-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${o.busy||h}>${n}</button>
      ${p&&!T&&!g&&!I?ne`<${s} error=${p} id=${e+"-error"} />`:null}
    </div>
  </form>`}function eo({ui:t,procurement:e,onChanged:o}){let{t:n,lang:i,ErrorText:r}=t,[s,a]=y(null),[c,l]=y(null),[$,f]=y(null),[d,h]=y(0),v=Y(i),m=Y(i),u=Y(i);V(()=>{let I=!0;return U(Jn,{},{lang:i}).then(A=>I&&a(A.myBids.nodes.filter(C=>C.procurementId===e.id)),A=>I&&l(A)),()=>{I=!1}},[i,e.id,d]);let E=I=>()=>{f(n(I)),h(A=>A+1),o()},b=s?.find(I=>I.status==="SUBMITTED"),p=e.status==="PUBLISHED",T=t.claims?.organisation,g=e.status==="AWARDED"&&e.award&&e.award.organisationId!==T&&e.openedBids.some(I=>I.organisationId===T);return ne`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${n("proc.myBid")}</h2>
    ${$?ne`<p class="notice" role="status">${$}</p>`:null}
    <${r} error=${c} />
    ${b?ne`<dl class="facts">
            <div><dt>${n("state")}</dt><dd id="my-bid-status">${n("proc.bidStatuses."+b.status)}</dd></div>
            <div><dt>${n("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${b.commitment}</code></dd></div>
            <div><dt>${n("proc.sealedAt")}</dt><dd>${M(b.sealedAt,i)}</dd></div>
            <div><dt>${n("proc.replacements")}</dt><dd>${b.replacements}</dd></div>
          </dl>
          <p class="hint">${n("proc.sealedNote")}</p>
          ${p?ne`<h3>${n("proc.replaceBid")}</h3>
                <${zn} ui=${t} prefix="replace" command=${m} submitLabel=${n("proc.replaceBid")}
                  onSend=${(I,A,C)=>m.run(ki,{bidId:b.id,priceFen:I,technicalProposal:A,documents:C,expectedVersion:b.version},E("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${u.busy}
                    onClick=${()=>u.run(xi,{bidId:b.id,expectedVersion:b.version},E("proc.bidWithdrawn"))}>${n("proc.withdrawBid")}</button>
                  <${r} error=${u.error} id="withdraw-error" />
                </div>`:null}`:p?ne`<${zn} ui=${t} prefix="bid" command=${v} submitLabel=${n("proc.submitBid")}
            onSend=${(I,A,C)=>v.run(Oi,{procurementId:e.id,priceFen:I,technicalProposal:A,documents:C},E("proc.bidSubmitted"))} />`:ne`<p class="empty">${n("proc.notTakingBids")}</p>`}
    ${g?ne`<${be} key=${"challenge"+d} ui=${t} id="challenge" title=${n("proc.challengeTitle")}
          intro=${n("proc.challengeIntro",{deadline:de(e.award.challengeDeadline,i)})} reasonLabel=${n("proc.grounds")} reasonKey="grounds"
          submitLabel=${n("proc.challengeSubmit")} mutation=${Li} input=${{procurementId:e.id,organisationId:T}} onDone=${E("proc.challengeFiled")} />`:null}
  </section>`}var De=ae.bind(oe);function Ye({id:t,title:e,describe:o,parts:n,format:i=String}){let r=n.reduce((l,$)=>l+Math.max(0,$.value),0),s=600,a=0,c=n.map(l=>{let $=r>0?Math.max(0,l.value)/r*s:0,f=De`<rect class=${"part "+l.className} x=${a.toFixed(2)} y="0" width=${$.toFixed(2)} height="28" data-part=${l.key} data-value=${l.value} />`;return a+=$,f});return De`<figure class="chart split-bar" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${s} 28`} preserveAspectRatio="none" role="img" aria-label=${o} focusable="false">
      <rect class="track" x="0" y="0" width=${s} height="28" />
      ${c}
    </svg>
    <ul class="legend">
      ${n.map(l=>De`<li data-part=${l.key}><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label} ${i(l.value)}</li>`)}
    </ul>
  </figure>`}function to({id:t,title:e,describe:o,bars:n}){let i=Math.max(1,...n.map(l=>l.count)),r=64,s=110,a=18,c=r*n.length;return De`<figure class="chart count-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${c} ${a+s+36}`} role="img" aria-label=${o} focusable="false">
      ${n.map((l,$)=>{let f=l.count/i*s,d=$*r+10,h=a+s-f;return De`<g class=${"bar "+(l.className??"")} data-key=${l.key} data-count=${l.count}>
          <rect x=${d} y=${h.toFixed(2)} width=${r-20} height=${f.toFixed(2)} />
          <text class="count" x=${d+(r-20)/2} y=${(h-4).toFixed(2)} text-anchor="middle">${l.count}</text>
          <text class="label" x=${d+(r-20)/2} y=${a+s+16} text-anchor="middle">${l.label}</text>
          ${l.sublabel?De`<text class="label sub" x=${d+(r-20)/2} y=${a+s+32} text-anchor="middle">${l.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${c} y1=${a+s} y2=${a+s} />
    </svg>
  </figure>`}function It({id:t,title:e,describe:o,series:n,rows:i,format:r=String}){let s=Math.max(1,...i.flatMap(d=>d.values)),a=220,c=420,l=14,$=n.length*(l+2)+14,f=i.length*$+4;return De`<figure class="chart paired-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${a+c+140} ${f}`} role="img" aria-label=${o} focusable="false">
      ${i.map((d,h)=>{let v=h*$+4;return De`<g class="row" data-key=${d.key}>
          <text class="label" x=${a-8} y=${v+$/2-2} text-anchor="end">${d.label}</text>
          ${d.values.map((m,u)=>{let E=m/s*c,b=v+u*(l+2);return De`<rect class=${"bar "+n[u].className} x=${a} y=${b} width=${E.toFixed(2)} height=${l} data-series=${n[u].className} data-value=${m} />
              <text class="value" x=${a+E+4} y=${b+l-3}>${r(m)}</text>`})}
        </g>`})}
    </svg>
    <ul class="legend">${n.map(d=>De`<li><span class=${"swatch "+d.className} aria-hidden="true"></span>${d.label}</li>`)}</ul>
  </figure>`}var Q=ae.bind(oe),Mi=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function nt(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(Ge(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var Ui=t=>(t/100).toFixed(2),ji="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",oo=`committeeId procurementId subject { kind id } status version seats seed constitutedAt concludedAt allSubmitted
  members { ${ji} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,Bi=`query MyCommittees { myCommittees(first: 100) { ${oo} } }`,no=`query Committee($id: UUID!) { committee(id: $id) { ${oo} } }`,Hi=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,Vi="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",Wi="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function Gi(t,e){let o=[...new Map(t.map(s=>[s.subject.id,s.subject])).values()].slice(0,100);if(o.length===0)return{};let n=o.map((s,a)=>`$s${a}: UUID!`).join(", "),i=o.map((s,a)=>s.kind==="CONTEST"?`s${a}: contest(id: $s${a}) { id: contestId title }`:`s${a}: procurement(id: $s${a}) { id title }`).join(" "),r=await U(`query Titles(${n}) { ${i} }`,Object.fromEntries(o.map((s,a)=>["s"+a,s.id])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(s=>[s.id,s.title]))}var qi=`query JuryContest($id: UUID!) { contest(id: $id) { contestId title scoring { priceWeightPercent criteria { key name maxPoints } }
  submissions { submissionId organisationId organisationName requested status } } }`;async function Yi(t,e){if(t.subject.kind==="CONTEST"){let n=(await U(qi,{id:t.subject.id},{lang:e})).contest;if(!n)return null;let i=n.submissions.filter(r=>r.status!=="WITHDRAWN").map(r=>({bidId:r.submissionId,organisationId:r.organisationId,organisationName:r.organisationName,price:r.requested,valid:!0}));return{id:n.contestId,title:n.title,href:"/app/contests/"+n.contestId,jury:!0,scoring:n.scoring,openedBids:i}}let o=(await U(Hi,{id:t.procurementId},{lang:e})).procurement;return o&&{...o,href:"/app/procurements/"+o.id,jury:!1}}function io({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,Link:r}=t,[s,a]=y(null),[c,l]=y({}),[$,f]=y(null);return V(()=>{let d=!0;return U(Bi,{},{lang:o}).then(async h=>{if(!d)return;a(h.myCommittees);let v=await Gi(h.myCommittees,o);d&&l(v)}).catch(h=>d&&f(h)),()=>{d=!1}},[o]),Q`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${i} error=${$} />
    ${s==null&&!$?Q`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?Q`<p class="empty">${e("eval.none")}</p>`:null}
    ${s&&s.length>0?Q`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("contest.reviewedSubject")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${s.map(d=>{let h=d.members.find(m=>m.memberId===n.organisation),v=d.members.filter(m=>m.sitting);return Q`<tr>
                <td><${r} href=${"/app/committees/"+d.committeeId}>${c[d.subject.id]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+d.status)}</td>
                <td>${h?e(h.sitting?h.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${v.filter(m=>m.submitted).length} / ${v.length}</td>
                <td>${M(d.constitutedAt,o)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function Ki(t,e,o){if(!t||t.field!=="scores.criteria.points")return null;let n=e.find(r=>t.message.includes(r.bidId)),i=o.find(r=>t.message.includes(`'${r.name}'`)||t.message.includes(`\u201C${r.name}\u201D`));return n&&i?`${n.bidId}/${i.key}`:null}function Zi({ui:t,committee:e,me:o,bids:n,criteria:i,jury:r,onDone:s}){let{t:a,lang:c,ErrorText:l}=t,[$,f]=y({}),[d,h]=y(null),v=Y(c),m=b=>{b.preventDefault();let p=[];for(let T of n){let g={bidId:T.bidId,criteria:[]};for(let I of i){let A=nt($[T.bidId+"/"+I.key]??"");if(A==null)return h({key:T.bidId+"/"+I.key,error:new q(a("eval.pointsInvalid",{max:I.maxPoints}),{code:"VALIDATION"})});g.criteria.push({key:I.key,pointsHundredths:A})}p.push(g)}h(null),v.run(Wi,{committeeId:e.committeeId,memberId:o.memberId,scores:p},s)},u=Ki(v.error,n,i),E=b=>d?.key===b?d.error:u===b?v.error:null;return Q`<form class="sheet" onSubmit=${m} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a(r?"contest.requested":"proc.price")}</th>${i.map(b=>Q`<th scope="col">${b.name} (${a("eval.max",{max:b.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${n.map((b,p)=>Q`<tr>
            <th scope="row">${b.organisationName}</th>
            <td class="money">${k(b.price)}</td>
            ${i.map(T=>{let g=b.bidId+"/"+T.key,I=`score-${p}-${T.key}`,A=E(g);return Q`<td class=${"field"+(A?" invalid":"")}>
                <label class="sr-only" for=${I}>${a("eval.scoreLabel",{name:b.organisationName,criterion:T.name})}</label>
                <input id=${I} inputmode="decimal" size="6" value=${$[g]??""} aria-invalid=${A?"true":void 0}
                  aria-describedby=${A?I+"-error":void 0} onInput=${C=>f({...$,[g]:C.currentTarget.value})} />
                ${A?Q`<${l} error=${A} id=${I+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${v.busy}>${a("eval.submitSheet")}</button>
      ${v.error&&!u?Q`<${l} error=${v.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function zi({ui:t,committee:e,me:o,bids:n,onDone:i}){let{t:r,lang:s,ErrorText:a}=t,[c,l]=y(n[0]?.organisationId??""),[$,f]=y("OTHER"),[d,h]=y(""),v=Y(s),m=E=>{E.preventDefault(),v.run(Vi,{committeeId:e.committeeId,memberId:o.memberId,organisationId:c,kind:$,note:d.trim()},i)},u=v.error?.field==="note";return Q`<form class="relation" onSubmit=${m} novalidate>
    <div class="field"><label for="relation-org">${r("eval.relatedBidder")}</label>
      <select id="relation-org" value=${c} onChange=${E=>l(E.currentTarget.value)}>
        ${n.map(E=>Q`<option value=${E.organisationId}>${E.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${r("eval.relationKind")}</label>
      <select id="relation-kind" value=${$} onChange=${E=>f(E.currentTarget.value)}>
        ${Mi.map(E=>Q`<option value=${E}>${r("eval.kinds."+E)}</option>`)}
      </select></div>
    <div class=${"field"+(u?" invalid":"")}><label for="relation-note">${r("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${d} aria-invalid=${u?"true":void 0} aria-describedby=${u?"relation-note-error":void 0}
        onInput=${E=>h(E.currentTarget.value)}></textarea>
      ${u?Q`<${a} error=${v.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${v.busy}>${r("eval.declare")}</button>
      ${v.error&&!u?Q`<${a} error=${v.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function Ji(t,e,o){let n=t?.find(i=>i.bidId===e)?.criteria.find(i=>i.key===o)?.pointsHundredths;return n==null?"":Ui(n)}function ro({ui:t,id:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s}=t,[a,c]=y(void 0),[l,$]=y(null),[f,d]=y(null),[h,v]=y(null);V(()=>{let I=!0;return U(no,{id:e},{lang:n}).then(async A=>{if(I&&(c(A.committee),A.committee)){let C=await Yi(A.committee,n);I&&$(C)}}).catch(A=>I&&d(A)),()=>{I=!1}},[e,n]);let m=I=>async()=>{let A=await U(no,{id:e},{lang:n});c(A.committee),v(o(I))};if(a===void 0&&!f)return Q`<main id="main"><p role="status">${o("loading")}</p></main>`;if(!a)return Q`<main id="main"><h1>${o("eval.committee")}</h1><${r} error=${f} />${f?null:Q`<p class="empty">${o("eval.notFound")}</p>`}</main>`;let u=a.members.find(I=>I.memberId===i?.organisation),E=l?.openedBids.filter(I=>I.valid)??[],b=l?.scoring.criteria??[],p=I=>l?.openedBids.find(A=>A.organisationId===I)?.organisationName??I,T=a.members.filter(I=>I.sitting),g=a.status==="SCORING";return Q`<main id="main">
    <h1>${o(l?.jury?"contest.jury":"eval.committee")}${l?Q`：<${s} href=${l.href}>${l.title}<//>`:null}</h1>
    ${h?Q`<p class="notice" role="status">${h}</p>`:null}
    <${r} error=${f} />
    <dl class="facts">
      <div><dt>${o("state")}</dt><dd id="committee-status">${o("eval.statuses."+a.status)}</dd></div>
      <div><dt>${o("eval.seats")}</dt><dd>${a.seats}</dd></div>
      <div><dt>${o("eval.sheetsIn")}</dt><dd id="sheets-in">${T.filter(I=>I.submitted).length} / ${T.length}</dd></div>
      <div><dt>${o("eval.constitutedAt")}</dt><dd>${M(a.constitutedAt,n)}</dd></div>
    </dl>

    ${u&&!u.sitting?Q`<p class="notice" id="recused">${o("eval.youRecused")}</p>
          <ul class="reasons">${u.recusal.map(I=>Q`<li>${p(I.organisationId)} — ${o("eval.kinds."+I.kind)}${I.note?"\uFF1A"+I.note:""}</li>`)}</ul>`:null}
    ${u&&u.sitting&&g&&!u.submitted&&l?Q`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${o("eval.yourSheet")}</h2>
            <${Zi} ui=${t} committee=${a} me=${u} bids=${E} criteria=${b} jury=${l.jury} onDone=${m("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${o("eval.declareTitle")}</h2>
            <p class="hint">${o("eval.declareHint")}</p>
            <${zi} ui=${t} committee=${a} me=${u} bids=${E} onDone=${m("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${o("eval.members")}</h2>
      ${a.allSubmitted?null:Q`<p class="hint" id="sheets-hidden">${o("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${o("eval.members")}</caption>
        <thead><tr><th scope="col">${o("eval.member")}</th><th scope="col">${o("eval.role")}</th><th scope="col">${o("state")}</th><th scope="col">${o("eval.sheetDigest")}</th>
          ${b.map(I=>Q`<th scope="col">${I.name}</th>`)}</tr></thead>
        <tbody>
          ${a.members.map(I=>Q`<tr class=${I.memberId===u?.memberId?"me":""}>
              <td>${I.name}${I.memberId===u?.memberId?Q` <strong>(${o("eval.you")})</strong>`:null}</td>
              <td>${o("eval.roles."+I.role)}</td>
              <td>${o(I.sitting?I.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${I.sheetDigest?Q`<code class="hash">${I.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${b.map(A=>Q`<td class="scores">${I.scores?E.map(C=>Q`<span class="score">${C.organisationName}：${Ji(I.scores,C.bidId,A.key)}</span> `):I.submitted?Q`<span class="hidden">${o("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${a.report?Q`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${o("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${a.report.ranking.map(I=>Q`<li>${p(I.organisationId)} · ${k(I.price)} · ${o("eval.total",{total:I.total,price:I.priceScore,criteria:I.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${o("eval.sheetsDigest")} <code class="hash">${a.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var K=ae.bind(oe),qt="code nameZh nameEn weight",Qi=`evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${qt} children { ${qt} children { ${qt} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`,Xi=`query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${Qi} } }`,er=`query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`,tr="query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }",nr="query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }",or="mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }",ir="query ThirdParties($f: OrganisationFilterInput) { organisations(filter: $f, first: 20) { nodes { id name creditCode } } }",rr="mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }",sr="mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }",Tt=t=>`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`;function Yt(t,e=null){return t.flatMap(o=>o.children?.length?Yt(o.children,o):[{leaf:o,group:e}])}function ar(t,e){return t>=e.excellent*100?"EXCELLENT":t>=e.good*100?"GOOD":t>=e.fair*100?"FAIR":"POOR"}function ot({t,grade:e,id:o}){return e?K`<strong class=${"grade grade-"+e.toLowerCase()} id=${o}>${t("perf.grades."+e)}</strong>`:null}function cr({ui:t,contract:e,value:o,onPick:n,error:i}){let{t:r,lang:s,ErrorText:a}=t,[c,l]=y(""),[$,f]=y(null),[d,h]=y(null),v=async()=>{h(null);try{let u=(await U(ir,{f:{nameContains:_(c),status:"ACTIVE"}},{lang:s})).organisations.nodes.filter(E=>E.id!==e.supplier);f(u),n(u[0]?.id??"")}catch(m){h(m)}};return K`<div class="third-party">
    <div class="field"><label for="evaluation-third-search">${r("perf.thirdPartySearch")}</label>
      <input id="evaluation-third-search" value=${c} onInput=${m=>l(m.currentTarget.value)}
        onKeyDown=${m=>m.key==="Enter"&&(m.preventDefault(),v())} /></div>
    <button type="button" class="secondary" id="evaluation-third-find" onClick=${v}>${r("search")}</button>
    <${a} error=${d} />
    ${$&&$.length===0?K`<p class="empty" role="status">${r("perf.thirdPartyNone")}</p>`:null}
    ${$&&$.length>0?K`<div class=${"field"+(i?" invalid":"")}><label for="evaluation-third">${r("perf.thirdParty")}</label>
          <select id="evaluation-third" value=${o} aria-invalid=${i?"true":void 0} aria-describedby=${i?"open-evaluation-error":void 0}
            onChange=${m=>n(m.currentTarget.value)}>
            ${$.map(m=>K`<option value=${m.id}>${m.name}（${m.creditCode}）</option>`)}
          </select></div>`:null}
  </div>`}function so({ui:t,contract:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,c=i?.role==="purchaser"&&i.organisation===e.purchaserUnit,l=i?.role==="ngo"&&i.organisation===e.supplier,$=e.status==="COMPLETED"||e.status==="TERMINATED",[f,d]=y(null),[h,v]=y(null),[m,u]=y(l?"SELF":"PURCHASER"),[E,b]=y(""),p=Y(n);if(V(()=>{let g=!0,I={contractId:e.id,mine:c||l};return U(er,{f:I},{lang:n}).then(A=>g&&d(A.performanceEvaluations.nodes),A=>g&&v(A)),()=>{g=!1}},[e.id,e.version,n]),!$&&(f??[]).length===0)return null;let T=g=>{g.preventDefault();let I={contractId:e.id,evaluator:m};if(m==="THIRD_PARTY"){if(!E)return p.setError(new q(o("perf.thirdPartyPick"),{code:"VALIDATION",field:"evaluatorOrganisationId"}));I.evaluatorOrganisationId=E}p.run(or,I,A=>a("/app/evaluations/"+A.openPerformanceEvaluation.evaluationId))};return K`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${o("perf.title")}</h2>
    <${r} error=${h} />
    ${f&&f.length===0?K`<p class="empty">${o("perf.none")}</p>`:null}
    ${f&&f.length>0?K`<ul class="evaluations">${f.map(g=>K`<li><${s} href=${"/app/evaluations/"+g.evaluationId}>${o("perf.evaluators."+g.evaluator)}<//> · ${o("perf.statuses."+g.status)}
            ${g.grade?K` · ${o("perf.totalIs",{total:g.total})} <${ot} t=${o} grade=${g.grade} />`:null}
            ${g.concludedAt?K` · ${M(g.concludedAt,n)}`:null}</li>`)}</ul>`:null}
    ${$&&(c||l)?K`<form class="open-evaluation" onSubmit=${T}>
          ${c?K`<div class="field"><label for="evaluation-kind">${o("perf.evaluator")}</label>
                <select id="evaluation-kind" value=${m} onChange=${g=>u(g.currentTarget.value)}>
                  ${["PURCHASER","THIRD_PARTY","SELF"].map(g=>K`<option value=${g}>${o("perf.evaluators."+g)}</option>`)}
                </select></div>
              ${m==="THIRD_PARTY"?K`<${cr} ui=${t} contract=${e} value=${E} onPick=${b}
                    error=${p.error?.rule==="PERF-EVALUATOR"?p.error:null} />`:null}`:null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${p.busy}>${o(l?"perf.openSelf":"perf.open")}</button>
            <${r} error=${p.error} id="open-evaluation-error" />
          </div>
        </form>`:null}
  </section>`}function dr(t,e){return!t||!String(t.field??"").startsWith("scores")?null:e.find(({leaf:o})=>new RegExp(`\\b${o.code}\\b`).test(t.message))?.leaf.code??null}function lr({ui:t,e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=Yt(e.indicators),[a,c]=y(()=>Object.fromEntries(e.scores.map(g=>[g.indicator,Tt(g.pointsHundredths)]))),[l,$]=y(e.comment??""),[f,d]=y(null),h=Y(i),v=Y(i),m=s.map(({leaf:g})=>[g,_(a[g.code]??"")?nt(a[g.code]):void 0]),u=m.reduce((g,[,I])=>g+(I??0),0),E=m.filter(([,g])=>g===void 0).length,b=g=>{g.preventDefault();let I=[];for(let[A,C]of m){if(C===null||C>A.weight*100)return d({code:A.code,error:new q(n("perf.pointsInvalid",{max:A.weight}),{code:"VALIDATION",rule:"PERF-SCORE"})});C!==void 0&&I.push({indicator:A.code,pointsHundredths:C})}d(null),h.run(rr,{evaluationId:e.evaluationId,scores:I,comment:_(l),expectedVersion:e.version},()=>o(n("perf.scoresSaved")))},p=dr(h.error,s),T=g=>f?.code===g?f.error:p===g?h.error:null;return K`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${n("perf.scoreTitle")}</h2>
    <form onSubmit=${b} novalidate>
      <table class="indicators">
        <caption>${n("perf.indicators")}</caption>
        <thead><tr><th scope="col">${n("perf.group")}</th><th scope="col">${n("perf.indicator")}</th><th scope="col">${n("perf.maxPoints")}</th><th scope="col">${n("perf.points")}</th></tr></thead>
        <tbody>${s.map(({leaf:g,group:I})=>{let A="score-"+g.code,C=T(g.code),w=i==="en"?g.nameEn:g.nameZh;return K`<tr>
            <td>${I?`${i==="en"?I.nameEn:I.nameZh}\uFF08${I.weight}\uFF09`:"\u2014"}</td>
            <th scope="row">${w}</th>
            <td>${g.weight}</td>
            <td class=${"field"+(C?" invalid":"")}>
              <label class="sr-only" for=${A}>${n("perf.scoreLabel",{name:w,max:g.weight})}</label>
              <input id=${A} inputmode="decimal" size="6" value=${a[g.code]??""} aria-invalid=${C?"true":void 0}
                aria-describedby=${C?A+"-error":void 0} onInput=${S=>c({...a,[g.code]:S.currentTarget.value})} />
              ${C?K`<${r} error=${C} id=${A+"-error"} />`:null}
            </td>
          </tr>`})}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${E>0?n("perf.totalSoFar",{total:Tt(u),blank:E}):K`${n("perf.totalWouldBe",{total:Tt(u)})} <${ot} t=${n} grade=${ar(u,e.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${n("perf.comment")}</label>
        <textarea id="evaluation-comment" rows="3" value=${l} onInput=${g=>$(g.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${h.busy}>${n("perf.submitScores")}</button>
        ${h.error&&!p?K`<${r} error=${h.error} id="submit-scores-error" />`:null}
      </div>
    </form>
    ${e.submissions>0?K`<div class="action">
          <p class="hint">${n("perf.concludeHint")}</p>
          <button type="button" id="conclude-evaluation" disabled=${v.busy}
            onClick=${()=>v.run(sr,{evaluationId:e.evaluationId,expectedVersion:e.version},()=>o(n("perf.concluded")))}>${n("perf.conclude")}</button>
          <${r} error=${v.error} id="conclude-evaluation-error" />
        </div>`:null}
  </section>`}function ur(t,e){let o={SELF:"ngo",PURCHASER:"purchaser",THIRD_PARTY:"evaluator"}[e.evaluator];return!!t&&t.role===o&&!!t.organisation&&t.organisation===e.evaluatorOrganisationId}function ao({ui:t,id:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s}=t,[a,c]=y(void 0),[l,$]=y(null),[f,d]=y(null),[h,v]=y(null),[m,u]=y(0);if(V(()=>{let p=!0;return U(Xi,{id:e},{lang:n}).then(async T=>{if(p&&(c(T.performanceEvaluation),T.performanceEvaluation?.contractId)){let g=await U(tr,{id:T.performanceEvaluation.contractId},{lang:n});p&&$(g.contract)}}).catch(T=>p&&d(T)),()=>{p=!1}},[e,n,m]),f)return K`<main id="main"><${r} error=${f} /></main>`;if(a===void 0)return K`<main id="main"><p role="status">${o("loading")}</p></main>`;if(a===null)return K`<main id="main"><h1>${o("perf.notFound")}</h1></main>`;let E=Object.fromEntries(a.scores.map(p=>[p.indicator,p.pointsHundredths])),b=ur(i,a)&&a.status==="OPEN";return K`<main id="main" class="evaluation">
    <h1>${o("perf.pageTitle",{title:l?.title??"\u2026"})} <span class="status" id="evaluation-status">${o("perf.statuses."+a.status)}</span></h1>
    ${h?K`<p class="notice" role="status">${h}</p>`:null}
    <p>${o("perf.evaluators."+a.evaluator)} · ${o("perf.openedAt",{at:M(a.openedAt,n)})}
      ${l?K` · <${s} href=${"/app/contracts/"+l.id}>${o("perf.theContract")}<//>`:null}</p>
    ${a.status==="CONCLUDED"?K`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${o("perf.result")}</h2>
          <p id="evaluation-result">${o("perf.resultText",{total:a.total,at:M(a.concludedAt,n)})} <${ot} t=${o} grade=${a.grade} id="evaluation-grade" /></p>
          ${a.comment?K`<p>${o("perf.comment")}：${a.comment}</p>`:null}
        </section>`:null}
    ${b?K`<${lr} key=${a.version} ui=${t} e=${a} onDone=${p=>(v(p),u(T=>T+1))} />`:K`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${o("perf.indicators")}</h2>
          <table class="indicators"><caption class="sr-only">${o("perf.indicators")}</caption>
            <thead><tr><th scope="col">${o("perf.group")}</th><th scope="col">${o("perf.indicator")}</th><th scope="col">${o("perf.maxPoints")}</th><th scope="col">${o("perf.points")}</th></tr></thead>
            <tbody>${Yt(a.indicators).map(({leaf:p,group:T})=>K`<tr>
                <td>${T?n==="en"?T.nameEn:T.nameZh:"\u2014"}</td>
                <th scope="row">${n==="en"?p.nameEn:p.nameZh}</th>
                <td>${p.weight}</td>
                <td>${E[p.code]!=null?Tt(E[p.code]):"\u2014"}</td>
              </tr>`)}</tbody></table>
        </section>`}
  </main>`}function co({ui:t,organisationId:e}){let{t:o,lang:n,Link:i}=t,[r,s]=y(null);return V(()=>{let a=!0;return U(nr,{id:e},{lang:n}).then(c=>a&&s(c.supplierGrades),()=>a&&s([])),()=>{a=!1}},[e,n]),!r||r.length===0?null:K`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${o("perf.gradesTitle")}</h2>
    <table class="grades"><caption class="sr-only">${o("perf.gradesTitle")}</caption>
      <thead><tr><th scope="col">${o("perf.concludedAt")}</th><th scope="col">${o("perf.evaluator")}</th><th scope="col">${o("perf.total")}</th><th scope="col">${o("perf.grade")}</th><th scope="col">${o("perf.contract")}</th></tr></thead>
      <tbody>${r.map(a=>K`<tr>
          <td>${M(a.concludedAt,n)}</td>
          <td>${o("perf.evaluators."+a.evaluator)}${a.countsForEligibility?null:K`<br /><span class="hint">${o("perf.notCounted")}</span>`}</td>
          <td>${a.score}</td>
          <td><${ot} t=${o} grade=${a.grade} /></td>
          <td><${i} href=${"/app/contracts/"+a.contractId}>${o("perf.theContract")}<//></td>
        </tr>`)}</tbody></table>
  </section>`}var pr=`query MyEvaluations { performanceEvaluations(filter: {mine: true}, first: 100) {
  totalCount nodes { evaluationId contractId evaluator status total grade openedAt concludedAt }
} }`;async function mr(t,e){if(t.length===0)return{};let o=t.map((r,s)=>`$c${s}: UUID!`).join(", "),n=t.map((r,s)=>`c${s}: contract(id: $c${s}) { id title }`).join(" "),i=await U(`query Titles(${o}) { ${n} }`,Object.fromEntries(t.map((r,s)=>["c"+s,r])),{lang:e});return Object.fromEntries(Object.values(i).filter(Boolean).map(r=>[r.id,r.title]))}function lo({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y({}),[l,$]=y(null);return V(()=>{let f=!0;return U(pr,{},{lang:o}).then(async d=>{if(!f)return;let h=d.performanceEvaluations.nodes;s(h);let v=await mr([...new Set(h.map(m=>m.contractId))].slice(0,100),o);f&&c(v)}).catch(d=>f&&$(d)),()=>{f=!1}},[o]),K`<main id="main">
    <h1>${e("perf.mineTitle")}</h1>
    <${n} error=${l} />
    ${r==null&&!l?K`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?K`<p class="empty">${e("perf.none")}</p>`:null}
    ${r&&r.length>0?K`<table class="board evaluations">
          <caption>${e("perf.mineTitle")}</caption>
          <thead><tr><th scope="col">${e("perf.contract")}</th><th scope="col">${e("perf.evaluator")}</th><th scope="col">${e("state")}</th><th scope="col">${e("perf.total")}</th><th scope="col">${e("perf.grade")}</th><th scope="col">${e("perf.opened")}</th></tr></thead>
          <tbody>${r.map(f=>K`<tr>
              <td><${i} href=${"/app/evaluations/"+f.evaluationId}>${a[f.contractId]??e("perf.theContract")}<//></td>
              <td>${e("perf.evaluators."+f.evaluator)}</td>
              <td>${e("perf.statuses."+f.status)}</td>
              <td>${f.total??"\u2014"}</td>
              <td><${ot} t=${e} grade=${f.grade} /></td>
              <td>${M(f.openedAt,o)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}var P=ae.bind(oe),$r=`id version status ocdsStatus procurement { id title } grant { contestId } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen supplementMaxPercent supplementHeadroom supplementHeadroomFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,hr=`query Contract($id: UUID!) { contract(id: $id) { ${$r} } }`,fr="query Supplier($id: UUID!) { organisation(id: $id) { name } }",mo="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",gr=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${mo} } } }`,br=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${mo} } } }`,yr="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",vr="mutation SignGrant($i: SignContractFromGrantInput!) { signContractFromGrant(input: $i) { id } }",Er="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",Ir="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",Tr="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }",Ar="mutation Supplement($i: SupplementContractInput!) { supplementContract(input: $i) { version } }",Sr="mutation Suspend($i: ContractReasonInput!) { suspendContract(input: $i) { version } }",Cr="mutation Resume($i: ContractReasonInput!) { resumeContract(input: $i) { version } }",wr="mutation Terminate($i: ContractReasonInput!) { terminateContract(input: $i) { version } }",Rr="mutation CorrectPayment($i: CorrectPaymentInput!) { correctPayment(input: $i) { version } }",_r="mutation CorrectAcceptance($i: CorrectAcceptanceInput!) { correctAcceptance(input: $i) { version } }",uo=100;function At(t){let e=t<0,o=Math.abs(t),n=`${Math.floor(o/100)}.${String(o%100).padStart(2,"0")}`;return e?"-"+n:n}var ge=t=>k(At(t)),$o=t=>ge(t).replace("\xA5","");function Dr(t){let e=vt(t).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(e)?Number(e):null}function ho({t,status:e}){return e?P`<span class=${"status status-"+e.toLowerCase()} id="contract-status">${t("con.statuses."+e)}</span>`:null}function po(t){let e={};return t.map(o=>{let n=o.kind==="DELIVERY"?"D":"P";return e[n]=(e[n]??0)+1,{...o,id:n+e[n]}})}function St({ui:t,p:e,grant:o,supplierName:n}){let{t:i,lang:r,ErrorText:s,navigate:a}=t,c=ie(e?e.award.price:o.amount)??0,l=e??o,[$,f]=y(l.serviceStart),[d,h]=y(l.serviceEnd),[v,m]=y([{kind:"DELIVERY",title:"",due:l.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:l.serviceEnd,amount:"",follows:"D1"}]),[u,E]=y(null),b=Y(r),p=po(v),T=p.filter(H=>H.kind==="DELIVERY"),I=p.filter(H=>H.kind==="PAYMENT").map(H=>_(H.amount)?ie(H.amount):0),A=I.reduce((H,te)=>H+(te??0),0),C=I.some(H=>H==null),w=c-A,S=(H,te,re)=>m(ee=>ee.map((J,me)=>me===H?{...J,[te]:re}:J)),N=H=>m(te=>[...te,{kind:H,title:"",due:d,amount:"",follows:H==="PAYMENT"?po(te).filter(re=>re.kind==="DELIVERY").pop()?.id??"":""}]),L=H=>m(te=>te.filter((re,ee)=>ee!==H)),j=H=>{H.preventDefault();let te=p.findIndex(ee=>ee.kind==="PAYMENT"&&ie(ee.amount)==null);if(te>=0)return E(new q(i("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+te}));E(null);let re={...e?{procurementId:e.id,supplier:e.award.organisationId,amountFen:c}:{contestId:o.contestId,submissionId:o.submissionId},serviceStart:$,serviceEnd:d,milestones:p.map(ee=>({id:ee.id,kind:ee.kind,title:_(ee.title),due:ee.due,...ee.kind==="PAYMENT"?{amountFen:ie(ee.amount),follows:ee.follows||null}:{}}))};b.run(e?yr:vr,re,ee=>a("/app/contracts/"+(e?ee.signContract:ee.signContractFromGrant).id+"?signed=1"))},F=u??b.error,W=H=>F?.field==="milestone-"+H?F:null,B=String(F?.field??""),z=B.startsWith("milestone-"),X=!!F&&!z&&(B.startsWith("milestones")||F.rule==="CON-PAYMENT"&&!B),ue=!!F&&!z&&!X,Z;return C?Z=i("con.sumUnreadable"):w===0?Z=i("con.sumMatches",{sum:ge(A)}):w>0?Z=i("con.sumShort",{sum:ge(A),gap:ge(w)}):Z=i("con.sumOver",{sum:ge(A),gap:ge(-w)}),P`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${i(e?"con.signTitle":"contest.signTitle")}</h2>
    <p>${i(e?"con.signIntro":"contest.signIntro")}</p>
    <form onSubmit=${j} novalidate>
      <dl class="facts">
        <div><dt>${i("con.supplier")}</dt><dd id="sign-supplier">${n}</dd></div>
        <div><dt>${i("con.amount")}</dt><dd id="sign-amount">${ge(c)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${i("proc.serviceStart")}</label>
          <input id="sign-start" type="date" value=${$} onInput=${H=>f(H.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${i("proc.serviceEnd")}</label>
          <input id="sign-end" type="date" value=${d} onInput=${H=>h(H.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(X?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${i("con.milestones")}</legend>
        ${p.map((H,te)=>{let re="ms-"+te,ee=W(te);return P`<div class=${"milestone-row kind-"+H.kind.toLowerCase()} data-id=${H.id}>
            <div class="field id"><span class="label" id=${re+"-id-label"}>${i("con.milestoneId")}</span><code id=${re+"-id"}>${H.id}</code></div>
            <div class="field"><label for=${re+"-kind"}>${i("con.kind")}</label>
              <select id=${re+"-kind"} value=${H.kind} onChange=${J=>S(te,"kind",J.currentTarget.value)}>
                ${["DELIVERY","PAYMENT"].map(J=>P`<option value=${J}>${i("con.kinds."+J)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${re+"-title"}>${i("con.milestoneTitle",{id:H.id})}</label>
              <input id=${re+"-title"} value=${H.title} onInput=${J=>S(te,"title",J.currentTarget.value)} /></div>
            <div class="field"><label for=${re+"-due"}>${i("con.due",{id:H.id})}</label>
              <input id=${re+"-due"} type="date" value=${H.due} onInput=${J=>S(te,"due",J.currentTarget.value)} /></div>
            ${H.kind==="PAYMENT"?P`<div class=${"field"+(ee?" invalid":"")}><label for=${re+"-amount"}>${i("con.paymentAmount",{id:H.id})}</label>
                    <input id=${re+"-amount"} inputmode="decimal" value=${H.amount} aria-invalid=${ee?"true":void 0}
                      aria-describedby=${ee?re+"-amount-error":void 0} onInput=${J=>S(te,"amount",J.currentTarget.value)}
                      onBlur=${()=>ie(H.amount)!=null&&S(te,"amount",$o(ie(H.amount)))} />
                    ${ee?P`<${s} error=${ee} id=${re+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${re+"-follows"}>${i("con.follows",{id:H.id})}</label>
                    <select id=${re+"-follows"} value=${H.follows} onChange=${J=>S(te,"follows",J.currentTarget.value)}>
                      <option value="">${i("con.followsNone")}</option>
                      ${T.map(J=>P`<option value=${J.id}>${J.id} ${J.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>L(te)} aria-label=${i("con.removeMilestone",{id:H.id})}>${i("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${v.length>=uo} onClick=${()=>N("DELIVERY")}>${i("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" disabled=${v.length>=uo} onClick=${()=>N("PAYMENT")}>${i("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(w===0&&!C?" ok":" off")} aria-live="polite">${Z}</p>
        ${X?P`<${s} error=${F} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${b.busy}>${b.busy?i("submitting"):i("con.sign")}</button>
        ${ue?P`<${s} error=${F} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function Pr({t,c:e}){let o=e.paidFen,n=Math.max(0,e.acceptedFen-e.paidFen),i=Math.max(0,e.totalFen-Math.max(e.acceptedFen,e.paidFen)),r=t("con.chartDescribe",{paid:ge(o),owed:ge(n),later:ge(i),total:ge(e.totalFen)});return P`<${Ye}
    id="paid-chart"
    title=${t("con.chartTitle")}
    describe=${r}
    format=${ge}
    parts=${[{key:"paid",label:t("con.chartPaid"),value:o,className:"paid"},{key:"owed",label:t("con.chartOwed"),value:n,className:"owed"},{key:"later",label:t("con.chartLater"),value:i,className:"later"}]}
  />`}function Nr({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter(C=>C.kind==="DELIVERY"&&!C.accepted),[a,c]=y(s[0]?.id??""),[l,$]=y("true"),[f,d]=y(""),[h,v]=y(""),[m,u]=y(""),[E,b]=y(null),p=Y(i);if(s.length===0)return null;let T=C=>{C.preventDefault();let w=Dr(f);if(w==null)return b(new q(n("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));b(null),p.run(Er,{contractId:e.id,milestoneId:a,passed:l==="true",recipientsParticipating:w,recipientsNote:_(h),report:_(m),expectedVersion:e.version},()=>o(n(l==="true"?"con.acceptedPassed":"con.acceptedFailed")))},g=E??p.error,I=C=>g&&g.field===C,A=g&&!I("recipientsParticipating")&&!I("report");return P`<form class="accept" onSubmit=${T} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${n("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${n("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${a} onChange=${C=>c(C.currentTarget.value)}>
        ${s.map(C=>P`<option value=${C.id}>${C.id} ${C.title}（${de(C.due,i)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${n("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${l==="true"} onChange=${()=>$("true")} />
        <label for="accept-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${l==="false"} onChange=${()=>$("false")} />
        <label for="accept-failed">${n("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(I("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${n("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${f} aria-invalid=${I("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(I("recipientsParticipating")?" accept-recipients-error":"")} onInput=${C=>d(C.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${n("con.recipientsHint")}</p>
      ${I("recipientsParticipating")?P`<${r} error=${g} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${n("con.recipientsNote")}</label>
      <input id="accept-note" value=${h} onInput=${C=>v(C.currentTarget.value)} /></div>
    <div class=${"field"+(I("report")?" invalid":"")}><label for="accept-report">${n("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${m} aria-invalid=${I("report")?"true":void 0}
        aria-describedby=${I("report")?"accept-report-error":void 0} onInput=${C=>u(C.currentTarget.value)}></textarea>
      ${I("report")?P`<${r} error=${g} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${p.busy}>${n("con.acceptSubmit")}</button>
      ${A?P`<${r} error=${g} id="accept-error" />`:null}
    </div>
  </form>`}function Or({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter(A=>A.kind==="PAYMENT"&&A.paidFen<A.amountFen),[a,c]=y(s[0]?.id??""),[l,$]=y(""),[f,d]=y(""),[h,v]=y(null),m=Y(i);if(s.length===0)return null;let u=s.find(A=>A.id===a)??s[0],E=A=>{A.preventDefault();let C=ie(l);if(C==null)return v(new q(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));v(null),m.run(Ir,{contractId:e.id,milestoneId:u.id,amountFen:C,reference:_(f),expectedVersion:e.version},()=>o(n("con.paymentRecorded")))},b=h??m.error,p=b&&(b.field==="amountFen"||b.field==="amount"),T=b&&b.field==="reference",g=b&&!p&&!T,I=e.milestones.find(A=>A.id===u.follows);return P`<form class="pay" onSubmit=${E} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${n("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${n("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${u.id} aria-describedby="pay-milestone-hint" onChange=${A=>c(A.currentTarget.value)}>
        ${s.map(A=>P`<option value=${A.id}>${A.id} ${A.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${n("con.payHint",{left:ge(u.amountFen-u.paidFen),delivery:I?`${I.id} ${I.title}`:"\u2014",state:I?.accepted?n("con.deliveryAccepted"):n("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+(p?" invalid":"")}><label for="pay-amount">${n("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${l} aria-invalid=${p?"true":void 0}
        aria-describedby=${p?"pay-amount-error":void 0} onInput=${A=>$(A.currentTarget.value)} />
      ${p?P`<${r} error=${b} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(T?" invalid":"")}><label for="pay-reference">${n("con.reference")}</label>
      <input id="pay-reference" value=${f} aria-invalid=${T?"true":void 0}
        aria-describedby=${T?"pay-reference-error":void 0} onInput=${A=>d(A.currentTarget.value)} />
      ${T?P`<${r} error=${b} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${m.busy}>${n("con.paySubmit")}</button>
      ${g?P`<${r} error=${b} id="pay-error" />`:null}
    </div>
  </form>`}function kr(t){let e=new Set(t.milestones.map(n=>n.id)),o=1;for(;e.has("S"+o);)o++;return"S"+o}function xr({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter(j=>j.kind==="DELIVERY"),[a,c]=y(""),[l,$]=y(""),[f,d]=y(!1),[h,v]=y(""),[m,u]=y(e.serviceEnd),[E,b]=y(s.at(-1)?.id??""),[p,T]=y(null),[g,I]=y(null),A=Y(i,{untilRemount:!0}),C=j=>{j.preventDefault();let F=ie(a);if(F==null)return T(new q(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));T(null),I({sameSubject:f});let W=kr(e);A.run(Ar,{contractId:e.id,amountFen:F,sameSubject:f,description:_(l),milestones:[{id:W,kind:"PAYMENT",title:_(h),due:m,amountFen:F,follows:E||null}],expectedVersion:e.version},()=>o(n("con.supplementRecorded")))},w=p??A.error,N=w&&!w.field&&w.rule==="CON-SUPPLEMENT"&&g&&!g.sameSubject?"sameSubject":fe(w,{amountFen:"amount",amount:"amount",description:"description",milestones:"milestone"},{"CON-SUPPLEMENT":"amount"}),L=n("con.headroom",{percent:e.supplementMaxPercent,used:k(e.supplemented),left:k(e.supplementHeadroom)});return P`<form class="supplement" onSubmit=${C} novalidate aria-labelledby="supplement-heading">
    <h3 id="supplement-heading">${n("con.supplementTitle")}</h3>
    <p id="supplement-headroom" class=${e.supplementHeadroomFen>0?"hint":"hint off"}>${L}</p>
    <${G} ui=${t} id="supplement-amount" label=${n("con.supplementAmount")} inputmode="decimal" value=${a} onInput=${c}
      hint=${n("con.headroomLeft",{left:k(e.supplementHeadroom)})} error=${N==="amount"?w:null}
      onBlur=${()=>ie(a)!=null&&c($o(ie(a)))} />
    <${G} ui=${t} id="supplement-description" label=${n("con.supplementDescription")} rows="2" value=${l} onInput=${$} error=${N==="description"?w:null} />
    <div class=${"field checkbox"+(N==="sameSubject"?" invalid":"")}>
      <input type="checkbox" id="supplement-same" checked=${f} onChange=${j=>d(j.currentTarget.checked)}
        aria-invalid=${N==="sameSubject"?"true":void 0} aria-describedby=${N==="sameSubject"?"supplement-same-error":void 0} />
      <label for="supplement-same">${n("con.sameSubject")}</label>
      ${N==="sameSubject"?P`<${r} error=${w} id="supplement-same-error" />`:null}
    </div>
    <fieldset class=${"supplement-milestone"+(N==="milestone"?" invalid":"")}>
      <legend>${n("con.supplementPayment")}</legend>
      <${G} ui=${t} id="supplement-pay-title" label=${n("con.supplementPayTitle")} value=${h} onInput=${v} />
      <${G} ui=${t} id="supplement-pay-due" label=${n("con.supplementPayDue")} type="date" value=${m} onInput=${u} />
      <div class="field"><label for="supplement-follows">${n("con.supplementFollows")}</label>
        <select id="supplement-follows" value=${E} onChange=${j=>b(j.currentTarget.value)}>
          ${s.map(j=>P`<option value=${j.id}>${j.id} ${j.title}</option>`)}
        </select></div>
      ${N==="milestone"?P`<${r} error=${w} id="supplement-milestone-error" />`:null}
    </fieldset>
    <div class="action">
      <button type="submit" id="supplement-submit" disabled=${A.busy}>${A.busy?n("submitting"):n("con.supplementSubmit")}</button>
      ${w&&!N?P`<${r} error=${w} id="supplement-error" />`:null}
    </div>
  </form>`}function Lr({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,[s,a]=y(e.payments[0]?.id??""),[c,l]=y(""),[$,f]=y(""),[d,h]=y(null),v=Y(i,{untilRemount:!0});if(e.payments.length===0)return null;let m=b=>{b.preventDefault();let p=ie(c);if(p==null)return h(new q(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));h(null),v.run(Rr,{contractId:e.id,paymentId:s,amountFen:p,reason:_($),expectedVersion:e.version},()=>o(n("con.paymentCorrected")))},u=d??v.error,E=fe(u,{amountFen:"amount",amount:"amount",reason:"reason"},{"CON-PAYMENT":"amount"});return P`<form class="correct-payment" onSubmit=${m} novalidate aria-labelledby="correct-payment-heading">
    <h3 id="correct-payment-heading">${n("con.correctPaymentTitle")}</h3>
    <p class="hint">${n("con.correctIntro")}</p>
    <div class="field"><label for="correct-payment">${n("con.correctWhichPayment")}</label>
      <select id="correct-payment" value=${s} onChange=${b=>a(b.currentTarget.value)}>
        ${e.payments.map(b=>P`<option value=${b.id}>${M(b.paidAt,i)} ${b.milestoneId} ${k(b.amount)} ${b.reference}</option>`)}
      </select></div>
    <${G} ui=${t} id="correct-payment-amount" label=${n("con.correctAmount")} inputmode="decimal" value=${c} onInput=${l} error=${E==="amount"?u:null} />
    <${G} ui=${t} id="correct-payment-reason" label=${n("con.correctReason")} rows="2" value=${$} onInput=${f} error=${E==="reason"?u:null} />
    <div class="action">
      <button type="submit" id="correct-payment-submit" disabled=${v.busy}>${n("con.correctSubmit")}</button>
      ${u&&!E?P`<${r} error=${u} id="correct-payment-error" />`:null}
    </div>
  </form>`}function Fr({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter(p=>p.kind==="DELIVERY"&&p.acceptances.length>0),[a,c]=y(s[0]?.id??""),l=s.find(p=>p.id===a)??s[0],$=l?.acceptances.at(-1)?.passed,[f,d]=y(null),[h,v]=y(""),m=Y(i,{untilRemount:!0});if(!l)return null;let u=f??!$,E=p=>{p.preventDefault(),m.run(_r,{contractId:e.id,milestoneId:l.id,passed:u,reason:_(h),expectedVersion:e.version},()=>o(n("con.acceptanceCorrected")))},b=fe(m.error,{reason:"reason",passed:"passed"});return P`<form class="correct-acceptance" onSubmit=${E} novalidate aria-labelledby="correct-acceptance-heading">
    <h3 id="correct-acceptance-heading">${n("con.correctAcceptanceTitle")}</h3>
    <div class="field"><label for="correct-acceptance-milestone">${n("con.deliveryMilestone")}</label>
      <select id="correct-acceptance-milestone" value=${l.id} aria-describedby="correct-acceptance-current" onChange=${p=>(c(p.currentTarget.value),d(null))}>
        ${s.map(p=>P`<option value=${p.id}>${p.id} ${p.title}</option>`)}
      </select>
      <p class="hint" id="correct-acceptance-current">${n("con.currentResult",{result:n($?"con.passed":"con.failed")})}</p></div>
    <fieldset class=${"result"+(b==="passed"?" invalid":"")}>
      <legend>${n("con.correctedResult")}</legend>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-passed" checked=${u===!0} onChange=${()=>d(!0)} />
        <label for="correct-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-failed" checked=${u===!1} onChange=${()=>d(!1)} />
        <label for="correct-failed">${n("con.failed")}</label></div>
      ${b==="passed"?P`<${r} error=${m.error} id="correct-acceptance-passed-error" />`:null}
    </fieldset>
    <${G} ui=${t} id="correct-acceptance-reason" label=${n("con.correctReason")} rows="2" value=${h} onInput=${v} error=${b==="reason"?m.error:null} />
    <div class="action">
      <button type="submit" id="correct-acceptance-submit" disabled=${m.busy}>${n("con.correctSubmit")}</button>
      ${m.error&&!b?P`<${r} error=${m.error} id="correct-acceptance-error" />`:null}
    </div>
  </form>`}function Mr({ui:t,c:e,onDone:o}){let{t:n}=t,i={contractId:e.id,expectedVersion:e.version};return P`<div class="course">
    ${e.status==="ACTIVE"?P`<${be} ui=${t} id="suspend" title=${n("con.suspendTitle")} intro=${n("con.suspendIntro")} submitLabel=${n("con.suspend")}
          untilRemount mutation=${Sr} input=${i} onDone=${()=>o(n("con.suspended"))} />`:null}
    ${e.status==="SUSPENDED"?P`<${be} ui=${t} id="resume" title=${n("con.resumeTitle")} submitLabel=${n("con.resume")}
          untilRemount mutation=${Cr} input=${i} onDone=${()=>o(n("con.resumed"))} />`:null}
    <${be} ui=${t} id="terminate" title=${n("con.terminateTitle")} intro=${n("con.terminateIntro")} submitLabel=${n("con.terminate")} danger
      untilRemount mutation=${wr} input=${i} onDone=${()=>o(n("con.terminated"))} />
  </div>`}function Ur(t,e){return e.kind==="PAYMENT"?e.paidFen>=e.amountFen?t("con.paidInFull"):e.paidFen>0?t("con.partlyPaid"):t("con.ocds."+e.ocdsStatus):t("con.ocds."+e.ocdsStatus)}function fo({ui:t,id:e,flash:o}){let{t:n,lang:i,claims:r,ErrorText:s,Link:a}=t,[c,l]=y(void 0),[$,f]=y(null),[d,h]=y(null),[v,m]=y(o),[u,E]=y(0);if(V(()=>{let S=!0;return U(hr,{id:e},{lang:i}).then(async N=>{if(S&&(l(N.contract),N.contract?.supplier)){let L=await U(fr,{id:N.contract.supplier},{lang:i});S&&f(L.organisation?.name??N.contract.supplier)}}).catch(N=>S&&h(N)),()=>{S=!1}},[e,i,u]),d)return P`<main id="main"><${s} error=${d} /></main>`;if(c===void 0)return P`<main id="main"><p role="status">${n("loading")}</p></main>`;if(c===null)return P`<main id="main"><h1>${n("con.notFound")}</h1></main>`;let b=r?.role==="purchaser"&&r.organisation===c.purchaserUnit,p=b&&(c.status==="ACTIVE"||c.status==="SUSPENDED"),T=S=>(m(S),E(N=>N+1)),g=(S,N,L)=>P`<div><dt>${n(S)}</dt><dd id=${L}>${N}</dd></div>`,I=Object.fromEntries(c.milestones.map(S=>[S.id,S])),A=c.milestones.flatMap(S=>S.acceptances.map((N,L)=>({m:S,a:N,inForce:L===S.acceptances.length-1}))),C=c.milestones.filter(S=>S.kind==="DELIVERY").every(S=>S.accepted),w=c.payments.length>0||c.milestones.some(S=>S.acceptances.length>0);return P`<main id="main" class="contract">
    <h1>${c.title} <${ho} t=${n} status=${c.status} /></h1>
    ${v?P`<p class="notice" role="status">${v}</p>`:null}
    <p>${n("con.between",{purchaser:c.purchaser,supplier:$??"\u2026"})} · ${n("jurisdiction")} ${c.jurisdiction} ·${" "}
      ${c.procurement?P`<${a} href=${"/app/procurements/"+c.procurement.id}>${n("con.fromProcurement")}<//>`:P`<${a} href=${"/app/contests/"+c.grant.contestId} id="contract-contest-link">${n("contest.fromContest")}<//>`}</p>
    ${c.overdue.unpaidFen>0?P`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${n("con.overdueTitle",{unpaid:ge(c.overdue.unpaidFen)})}</h2>
          <ul>${c.overdue.milestones.map(S=>P`<li>${S.milestoneId} ${S.title}：${n("con.overdueSince",{due:de(S.due,i),unpaid:k(S.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${n("con.money")}</h2>
      <dl class="facts money-facts">
        ${g("con.amount",k(c.amount),"contract-amount")}
        ${g("con.supplemented",k(c.supplemented),"contract-supplemented")}
        ${g("con.total",k(c.total),"contract-total")}
        ${g("con.accepted",k(c.accepted),"contract-accepted")}
        ${g("con.paid",k(c.paid),"contract-paid")}
        ${g("con.remaining",k(c.remaining),"contract-remaining")}
        ${g("con.overdue",c.overdue.unpaidFen>0?P`<strong class="badge overdue">${k(c.overdue.unpaid)}</strong>`:k(c.overdue.unpaid),"contract-overdue")}
      </dl>
      <${Pr} t=${n} c=${c} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${n("con.terms")}</h2>
      <dl class="facts">
        ${g("con.supplier",$??c.supplier,"contract-supplier")}
        ${g("proc.purchaser",c.purchaser)}
        ${c.item?g("proc.item",P`<code>${c.item.code}</code> ${c.item.nameZh}`):null}
        ${c.method?g("proc.method",n("proc.methods."+c.method)):g("proc.method",n("contest.grantMethod"))}
        ${g("proc.servicePeriod",`${de(c.serviceStart,i)} \u2013 ${de(c.serviceEnd,i)}`)}
        ${g("con.signedAt",M(c.signedAt,i)+" "+n("proc.chinaTime"))}
        ${c.endedAt?g("con.endedAt",M(c.endedAt,i)):null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${n("con.milestones")}</h2>
      <table class="milestones">
        <caption class="sr-only">${n("con.milestones")}</caption>
        <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.kind")}</th><th scope="col">${n("con.title")}</th><th scope="col">${n("con.dueShort")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.paid")}</th><th scope="col">${n("state")}</th></tr></thead>
        <tbody>${c.milestones.map(S=>P`<tr data-id=${S.id}>
            <td><code>${S.id}</code></td>
            <td>${n("con.kinds."+S.kind)}${S.supplementId?P` <span class="badge">${n("con.fromSupplement")}</span>`:null}</td>
            <td>${S.title}${S.follows?P`<br /><span class="hint">${n("con.followsText",{id:S.follows,title:I[S.follows]?.title??""})}</span>`:null}</td>
            <td>${de(S.due,i)}</td>
            <td class="money">${S.kind==="PAYMENT"?k(S.amount):""}</td>
            <td class="money">${S.kind==="PAYMENT"?k(S.paid):""}</td>
            <td>${Ur(n,S)}</td>
          </tr>`)}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${n("con.acceptances")}</h2>
      ${A.length===0?P`<p class="empty">${n("con.noAcceptances")}</p>`:null}
      ${A.length>0?P`<table class="acceptances"><caption class="sr-only">${n("con.acceptances")}</caption>
            <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.result")}</th><th scope="col">${n("con.recipientsShort")}</th><th scope="col">${n("con.report")}</th><th scope="col">${n("con.acceptedAt")}</th><th scope="col">${n("con.paymentDue")}</th></tr></thead>
            <tbody>${A.map(({m:S,a:N,inForce:L})=>P`<tr class=${L?"":"superseded"}>
                <td><code>${S.id}</code> ${S.title}</td>
                <td>${N.passed?P`<strong class="badge ok">${n("con.passed")}</strong>`:P`<span class="badge no">${n("con.failed")}</span>`}${L?null:P` <span class="hint">${n("con.superseded")}</span>`}</td>
                <td>${n("con.recipientsCount",{count:N.recipientsParticipating})}${N.recipientsNote?P`<br /><span class="hint">${N.recipientsNote}</span>`:null}</td>
                <td>${N.report}</td>
                <td>${M(N.acceptedAt,i)}</td>
                <td>${N.paymentDue?de(N.paymentDue,i):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${n("con.payments")}</h2>
      ${c.payments.length===0?P`<p class="empty">${n("con.noPayments")}</p>`:null}
      ${c.payments.length>0?P`<table class="payments"><caption class="sr-only">${n("con.payments")}</caption>
            <thead><tr><th scope="col">${n("con.paidAt")}</th><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.reference")}</th><th scope="col">${n("con.onTime")}</th></tr></thead>
            <tbody>${c.payments.map(S=>P`<tr class=${S.late?"overdue":""}>
                <td>${M(S.paidAt,i)}</td>
                <td><code>${S.milestoneId}</code> ${I[S.milestoneId]?.title??""}</td>
                <td class="money">${k(S.amount)}</td>
                <td>${S.reference}</td>
                <td>${S.late?P`<span class="badge overdue">${n("con.late")}</span>`:n("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${c.supplements.length>0?P`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${n("con.supplements")}</h2>
          <ul>${c.supplements.map(S=>P`<li>${M(S.supplementedAt,i)}：${k(S.amount)} · ${S.description}</li>`)}</ul>
        </section>`:null}
    ${c.corrections.length>0?P`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${n("con.corrections")}</h2>
          <ul>${c.corrections.map(S=>P`<li>${M(S.correctedAt,i)}：${S.what==="PAYMENT"?n("con.correctedPayment",{from:ge(S.oldAmountFen),to:ge(S.newAmountFen)}):n("con.correctedAcceptance",{id:S.milestoneId,from:n(S.oldPassed?"con.passed":"con.failed"),to:n(S.newPassed?"con.passed":"con.failed")})} · ${S.reason}</li>`)}</ul>
        </section>`:null}
    ${c.statusChanges.length>0?P`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${n("con.statusChanges")}</h2>
          <ul>${c.statusChanges.map(S=>P`<li>${M(S.at,i)}：${n("con.statuses."+S.status)}${S.reason?" \xB7 "+S.reason:""}</li>`)}</ul>
        </section>`:null}
    <${so} ui=${t} contract=${c} />
    ${p||b&&w?P`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${n("con.actions")}</h2>
          ${c.status==="ACTIVE"?P`<${Nr} key=${"a"+u} ui=${t} c=${c} onDone=${T} />`:null}
          ${p?P`<${Or} key=${"p"+u} ui=${t} c=${c} onDone=${T} />`:null}
          ${c.status==="ACTIVE"&&C?P`<${ve} ui=${t} id="complete" label=${n("con.complete")} mutation=${Tr} input=${{contractId:c.id,expectedVersion:c.version}} onDone=${()=>T(n("con.completed"))} />`:null}
          ${c.status==="ACTIVE"?P`<${xr} key=${"s"+c.version} ui=${t} c=${c} onDone=${T} />`:null}
          <${Lr} key=${"cp"+c.version} ui=${t} c=${c} onDone=${T} />
          <${Fr} key=${"ca"+c.version} ui=${t} c=${c} onDone=${T} />
          ${p?P`<${Mr} key=${"k"+c.version} ui=${t} c=${c} onDone=${T} />`:null}
        </section>`:null}
  </main>`}async function jr(t,e){if(t.length===0)return{};let o=t.map((r,s)=>`$o${s}: UUID!`).join(", "),n=t.map((r,s)=>`o${s}: organisation(id: $o${s}) { id name }`).join(" "),i=await U(`query Names(${o}) { ${n} }`,Object.fromEntries(t.map((r,s)=>["o"+s,r])),{lang:e});return Object.fromEntries(Object.values(i).filter(Boolean).map(r=>[r.id,r.name]))}function go({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,Link:r}=t,s=n?.role==="ngo",[a,c]=y(null),[l,$]=y({}),[f,d]=y(null);V(()=>{let m=!0;return U(s?gr:br,{},{lang:o}).then(async u=>{if(!m)return;let E=(s?u.myContracts:u.contracts).nodes;if(c(E),!s){let b=await jr([...new Set(E.map(p=>p.supplier))].slice(0,100),o);m&&$(b)}}).catch(u=>m&&d(u)),()=>{m=!1}},[o,s]);let h=(a??[]).flatMap(m=>m.payments.map(u=>({c:m,pm:u}))).sort((m,u)=>u.pm.paidAt.localeCompare(m.pm.paidAt)),v=e(s?"con.myTitle":"con.unitTitle");return P`<main id="main">
    <h1>${v}</h1>
    <p>${e(s?"con.myIntro":"con.unitIntro")}</p>
    <${i} error=${f} />
    ${a==null&&!f?P`<p role="status">${e("loading")}</p>`:null}
    ${a&&a.length===0?P`<p class="empty">${e("con.none")}</p>`:null}
    ${a&&a.length>0?P`<table class="board contracts">
          <caption>${v}</caption>
          <thead><tr><th scope="col">${e("con.title")}</th><th scope="col">${e(s?"proc.purchaser":"con.supplier")}</th><th scope="col">${e("con.total")}</th><th scope="col">${e("con.paid")}</th><th scope="col">${e("con.remaining")}</th><th scope="col">${e("con.overdue")}</th><th scope="col">${e("state")}</th></tr></thead>
          <tbody>${a.map(m=>P`<tr class=${m.overdue.unpaidFen>0?"overdue":""}>
              <td><${r} href=${"/app/contracts/"+m.id}>${m.title}<//></td>
              <td>${s?m.purchaser:l[m.supplier]??P`<code>${m.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${k(m.total)}</td>
              <td class="money">${k(m.paid)}</td>
              <td class="money">${k(m.remaining)}</td>
              <td class="money">${m.overdue.unpaidFen>0?P`<span class="badge overdue">${ge(m.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${ho} t=${e} status=${m.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
    ${s&&a&&a.length>0?P`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${e("con.received")}</h2>
          ${h.length===0?P`<p class="empty">${e("con.noPayments")}</p>`:null}
          ${h.length>0?P`<table class="payments received"><caption class="sr-only">${e("con.received")}</caption>
                <thead><tr><th scope="col">${e("con.paidAt")}</th><th scope="col">${e("con.title")}</th><th scope="col">${e("con.milestoneId")}</th><th scope="col">${e("con.amountShort")}</th><th scope="col">${e("con.reference")}</th><th scope="col">${e("con.onTime")}</th></tr></thead>
                <tbody>${h.map(({c:m,pm:u})=>P`<tr>
                    <td>${M(u.paidAt,o)}</td>
                    <td>${m.title}</td>
                    <td><code>${u.milestoneId}</code></td>
                    <td class="money">${k(u.amount)}</td>
                    <td>${u.reference}</td>
                    <td>${u.late?P`<span class="badge overdue">${e("con.late")}</span>`:e("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var x=ae.bind(oe),Br=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],Hr=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],bo="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",Vr=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${bo} } }
}`,Wr="subscription LiveBoard($j: String!) { procurementBoard(jurisdiction: $j) { procurementId } }",Gr=`${bo} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects documents { name sha256 } }
  report { committeeId ranking { rank bidId organisationId price total } }
  excluded { bidId why reason } candidateBidId
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt complaints }
  ended { rule reason at }
  contract { id status }`,qr=`query One($id: UUID!) { procurement(id: $id) { ${Gr} } }`,Yr=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,Kr=`subscription LiveSealed($id: UUID!) {
  procurementBids(procurementId: $id, first: 100) { status version totalCount bids { commitment sealedAt } }
}`,Zr=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,zr=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,Jr="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",Qr="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",Xr="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",es="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",ts="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",ns="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",os="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }",is="mutation Amend($i: AmendProcurementInput!) { amendProcurement(input: $i) { version } }",rs="mutation Cancel($i: ProcurementReasonInput!) { cancelProcurement(input: $i) { version } }",ss="mutation Decline($i: RankedBidReasonInput!) { declineAward(input: $i) { version } }",as="mutation Disqualify($i: RankedBidReasonInput!) { disqualifyBid(input: $i) { version } }",cs="mutation Complaint($i: RecordComplaintInput!) { recordComplaint(input: $i) { version } }";function Le(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function Ct(t){let e=new Date(qe()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function it(t,e){return t.openedBids.find(o=>o.organisationId===e)?.organisationName??e}function yo({t,status:e}){return e?x`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function vo({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,c=i?.role==="purchaser",[l,$]=y(e.get("jurisdiction")??i?.jurisdiction??""),[f,d]=y(e.get("status")??""),[h,v]=y(e.get("item")??""),m=c&&e.get("mine")==="1",[u,E]=y(null),[b,p]=y(null),[T,g]=y(0),I=e.toString(),A=m?null:e.get("jurisdiction")??i?.jurisdiction;V(()=>{if(A)return Gt(Wr,{j:A},{lang:n,onData:()=>g(w=>w+1)})},[A,n,we.token()]),V(()=>{let w=e.get("jurisdiction")??i?.jurisdiction;if(!m&&!w)return E(null);let S=m?{mine:!0}:{jurisdiction:w};e.get("status")&&(S.status=e.get("status")),!m&&e.get("item")&&(S.item=e.get("item"));let N=!0;return p(null),U(Vr,{f:S},{lang:n}).then(L=>N&&E(L.procurements),L=>N&&(p(L),E(null))),()=>{N=!1}},[I,n,m,T]);let C=w=>{w.preventDefault();let S=new URLSearchParams;_(l)&&S.set("jurisdiction",_(l)),f&&S.set("status",f),_(h)&&S.set("item",_(h).toUpperCase()),a("/app/procurements?"+S.toString())};return x`<main id="main">
    <h1>${o(m?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${o(m?"proc.mineIntro":"proc.boardIntro")}</p>
    ${c?x`<p class="actions">
          <${s} href="/app/procurements/new" class="button">${o("proc.draftTitle")}<//>
          ${" "}<${s} href=${m?"/app/procurements":"/app/procurements?mine=1"}>${o(m?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${m?null:x`<form class="search board-filter" role="search" onSubmit=${C} aria-label=${o("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${o("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${w=>$(w.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${o("state")}</label>
            <select id="board-status" value=${f} onChange=${w=>d(w.currentTarget.value)}>
              <option value="">${o("proc.anyStatus")}</option>
              ${Br.map(w=>x`<option value=${w}>${o("proc.statuses."+w)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${o("proc.itemCode")}</label>
            <input id="board-item" value=${h} spellcheck=${!1} onInput=${w=>v(w.currentTarget.value)} /></div>
          <button type="submit">${o("search")}</button>
        </form>`}
    <${r} error=${b} />
    ${u&&u.nodes.length===0?x`<p class="empty" role="status">${o("proc.boardEmpty")}</p>`:null}
    ${u&&u.nodes.length>0?x`<table class="board">
          <caption>${o("proc.boardCount",{count:u.totalCount})}</caption>
          <thead><tr><th scope="col">${o("proc.title")}</th><th scope="col">${o("proc.purchaser")}</th><th scope="col">${o("proc.item")}</th><th scope="col">${o("proc.budget")}</th><th scope="col">${o("proc.bidDeadline")}</th><th scope="col">${o("state")}</th></tr></thead>
          <tbody>
            ${u.nodes.map(w=>x`<tr>
                <td><${s} href=${"/app/procurements/"+w.id}>${w.title}<//></td>
                <td>${w.purchaser}</td>
                <td><code>${w.item.code}</code> ${w.item.nameZh}</td>
                <td class="money">${k(w.budget)}</td>
                <td>${M(w.bidDeadline,n)}</td>
                <td><${yo} t=${o} status=${w.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Zt(t,e){let o=[],n=null;for(let a=0;a<5;a++){let c=await U(zr,{j:t,after:n},{lang:e});if(!c.catalogue)return null;if(o.push(...c.catalogue.items.nodes),!c.catalogue.items.pageInfo.hasNextPage)break;n=c.catalogue.items.pageInfo.endCursor}let i=new Map;for(let a of o)i.set(a.parent??"",[...i.get(a.parent??"")??[],a]);let r=[],s=(a,c)=>{for(let l of(i.get(a)??[]).sort(($,f)=>$.code.localeCompare(f.code)))r.push({...l,depth:c}),c<10&&s(l.code,c+1)};return s("",0),r}function Kt(t){let e=_(t).replace(/[\uFF10-\uFF19]/g,o=>String.fromCharCode(o.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var ds=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],ls={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function us(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(ds.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:ls[t.rule]??null}function wt({ui:t,prefill:e={},context:o=null,onDrafted:n=null}){let{t:i,lang:r,claims:s,ErrorText:a,navigate:c}=t,[l,$]=y(void 0),[f,d]=y(null),[h,v]=y(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:Ct(60),serviceEnd:Ct(330),bidDeadline:Ct(21)+"T17:00",openingAt:Ct(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:i("proc.defaultPlan"),points:"40"},{name:i("proc.defaultTeam"),points:"30"}],...e})),[m,u]=y(null),E=Y(r);V(()=>{let S=!0;return Zt(s.jurisdiction,r).then(N=>S&&$(N),N=>S&&d(N)),()=>{S=!1}},[s.jurisdiction,r]);let b=(S,N)=>v(L=>({...L,[S]:N})),p=(S,N,L)=>v(j=>({...j,criteria:j.criteria.map((F,W)=>W===S?{...F,[N]:L}:F)})),T=S=>{S.preventDefault();let N=ie(h.budget),L=ie(h.bidSecurity||"0");if(N==null)return u(new q(i("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(L==null)return u(new q(i("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([h.minRating,h.minYears].some(F=>_(F)&&Kt(F)==null))return u(new q(i("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));u(null);let j={purchaser:_(h.purchaser),title:_(h.title),description:_(h.description),item:h.item,method:h.method,budgetFen:N,bidSecurityFen:L,serviceStart:h.serviceStart,serviceEnd:h.serviceEnd,requirements:{kinds:h.kinds,minRating:Kt(h.minRating),minYearsRegistered:Kt(h.minYears)},scoring:{priceWeightPercent:Number(h.priceWeight)||0,criteria:h.criteria.filter(F=>_(F.name)).map((F,W)=>({key:"c"+(W+1),name:_(F.name),maxPoints:Number(F.points)||0}))},bidDeadline:Le(h.bidDeadline),openingAt:Le(h.openingAt)};E.run(Jr,j,F=>n?n(F.draftProcurement.id):c("/app/procurements/"+F.draftProcurement.id+"?drafted=1"))},g=m??E.error,I=us(g),A=S=>({id:"draft-"+S,"aria-invalid":I===S?"true":void 0,"aria-describedby":I===S?"draft-"+S+"-error":void 0}),C=S=>I===S?x`<${a} error=${g} id=${"draft-"+S+"-error"} />`:null,w=(S,N,L={})=>x`<div class=${"field"+(I===S?" invalid":"")}>
    <label for=${"draft-"+S}>${i(N)}</label>
    <input ...${A(S)} value=${h[L.key??S]} type=${L.type??"text"} inputmode=${L.inputmode}
      onInput=${j=>b(L.key??S,j.currentTarget.value)} />
    ${L.hint?x`<p class="hint">${i(L.hint)}</p>`:null}
    ${C(S)}
  </div>`;return x`<main id="main">
    <h1>${i("proc.draftTitle")}</h1>
    <p>${i("proc.draftIntro",{jurisdiction:s.jurisdiction})}</p>
    ${o}
    <${a} error=${f} />
    ${l===null?x`<p class="error" role="alert">${i("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${T} novalidate>
      ${w("purchaser","proc.purchaser")}
      ${w("title","proc.title")}
      <div class=${"field"+(I==="description"?" invalid":"")}>
        <label for="draft-description">${i("proc.description")}</label>
        <textarea ...${A("description")} rows="3" value=${h.description} onInput=${S=>b("description",S.currentTarget.value)}></textarea>
        ${C("description")}
      </div>
      <div class=${"field"+(I==="item"?" invalid":"")}>
        <label for="draft-item">${i("proc.item")}</label>
        <select ...${A("item")} value=${h.item} onChange=${S=>b("item",S.currentTarget.value)}>
          <option value="">${i("proc.pickItem")}</option>
          ${(l??[]).map(S=>x`<option value=${S.code} disabled=${S.status!=="ACTIVE"}>
              ${"\u3000".repeat(S.depth)}${S.code} ${r==="en"&&S.nameEn?S.nameEn:S.nameZh}${S.status!=="ACTIVE"?" "+i("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${i("proc.itemHint")}</p>
        ${C("item")}
      </div>
      <div class="field">
        <label for="draft-method">${i("proc.method")}</label>
        <select id="draft-method" value=${h.method} onChange=${S=>b("method",S.currentTarget.value)}>
          ${Hr.map(S=>x`<option value=${S}>${i("proc.methods."+S)}</option>`)}
        </select>
      </div>
      ${w("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${w("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${w("serviceStart","proc.serviceStart",{type:"date"})}
      ${w("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${w("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${w("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+(I==="requirements"?" invalid":"")}>
        <legend>${i("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(S=>x`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+S} checked=${h.kinds.includes(S)}
            onChange=${N=>b("kinds",N.currentTarget.checked?[...h.kinds,S]:h.kinds.filter(L=>L!==S))} />
            <label for=${"draft-kind-"+S}>${i("kinds."+S)}</label></div>`)}
        <p class="hint">${i("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${i("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${h.minRating} aria-describedby=${"draft-limits-hint"+(I==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${I==="requirements"?"true":void 0} onInput=${S=>b("minRating",S.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${i("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${h.minYears} aria-describedby=${"draft-limits-hint"+(I==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${I==="requirements"?"true":void 0} onInput=${S=>b("minYears",S.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${i("proc.limitsHint")}</p>
        ${C("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+(I==="scoring"?" invalid":"")}>
        <legend>${i("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${i("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${h.priceWeight} onInput=${S=>b("priceWeight",S.currentTarget.value)}
            aria-invalid=${I==="scoring"?"true":void 0} aria-describedby=${I==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${h.criteria.map((S,N)=>x`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+N}>${i("proc.criterion",{n:N+1})}</label>
              <input id=${"draft-criterion-"+N} value=${S.name} onInput=${L=>p(N,"name",L.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+N}>${i("proc.maxPoints")}</label>
              <input id=${"draft-points-"+N} inputmode="numeric" value=${S.points} onInput=${L=>p(N,"points",L.currentTarget.value)} /></div>
          </div>`)}
        ${C("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${E.busy}>${E.busy?i("submitting"):i("proc.saveDraft")}</button>
        ${g&&!I?x`<${a} error=${g} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function Ke(t){let e=Date.parse(t);return Number.isNaN(e)?"":new Date(e+8*36e5).toISOString().slice(0,16)}function ps({ui:t,p:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,[s,a]=y(e.description),[c,l]=y(Ke(e.bidDeadline)),[$,f]=y(Ke(e.openingAt)),[d,h]=y(!1),[v,m]=y(""),u=Y(i,{untilRemount:!0}),E=g=>{g.preventDefault();let I={procurementId:e.id,substantive:d,reason:_(v),expectedVersion:e.version};_(s)!==e.description&&(I.description=_(s)),c!==Ke(e.bidDeadline)&&(I.bidDeadline=Le(c)),$!==Ke(e.openingAt)&&(I.openingAt=Le($)),u.run(is,I,()=>o(n("proc.amended")))},b=u.error,p=fe(b,{description:"description",bidDeadline:"bidDeadline",openingAt:"openingAt",reason:"reason"},{"PROC-PERIOD":"bidDeadline"}),T=g=>p===g?b:null;return x`<form class="amend" onSubmit=${E} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">${n("proc.amendTitle")}</h3>
    <p>${n("proc.amendIntro")}</p>
    <${G} ui=${t} id="amend-description" label=${n("proc.description")} rows="3" value=${s} onInput=${a} error=${T("description")} />
    <${G} ui=${t} id="amend-deadline" label=${n("proc.bidDeadline")} type="datetime-local" value=${c} onInput=${l} hint=${n("proc.amendDeadlineHint")} error=${T("bidDeadline")} />
    <${G} ui=${t} id="amend-opening" label=${n("proc.openingAt")} type="datetime-local" value=${$} onInput=${f} hint=${n("proc.chinaTimeHint")} error=${T("openingAt")} />
    <div class="field checkbox"><input type="checkbox" id="amend-substantive" checked=${d} onChange=${g=>h(g.currentTarget.checked)} aria-describedby="amend-substantive-hint" />
      <label for="amend-substantive">${n("proc.substantive")}</label>
      <p class="hint" id="amend-substantive-hint">${n("proc.substantiveHint")}</p></div>
    <${G} ui=${t} id="amend-reason" label=${n("proc.amendReason")} rows="2" value=${v} onInput=${m} error=${T("reason")} />
    <div class="action">
      <button type="submit" id="amend-submit" disabled=${u.busy}>${u.busy?n("submitting"):n("proc.amend")}</button>
      ${b&&!p?x`<${r} error=${b} id="amend-error" />`:null}
    </div>
  </form>`}function ms({ui:t,p:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.report.ranking.filter(E=>!e.excluded.some(b=>b.bidId===E.bidId)),[a,c]=y(e.candidateBidId??s[0]?.bidId??""),[l,$]=y("DECLINE"),[f,d]=y(""),h=Y(i,{untilRemount:!0});if(s.length===0)return null;let v=E=>{E.preventDefault(),h.run(l==="DECLINE"?ss:as,{procurementId:e.id,bidId:a,reason:_(f),expectedVersion:e.version},()=>o(n(l==="DECLINE"?"proc.declined":"proc.disqualified")))},m=h.error,u=fe(m,{bidId:"bid",reason:"reason"},{"AWARD-RANK":"bid"});return x`<form class="exclude" onSubmit=${v} novalidate aria-labelledby="exclude-heading">
    <h3 id="exclude-heading">${n("proc.excludeTitle")}</h3>
    <p>${n("proc.excludeIntro")}</p>
    <div class=${"field"+(u==="bid"?" invalid":"")}><label for="exclude-bid">${n("proc.rankedBid")}</label>
      <select id="exclude-bid" value=${a} aria-invalid=${u==="bid"?"true":void 0} aria-describedby=${u==="bid"?"exclude-bid-error":void 0} onChange=${E=>c(E.currentTarget.value)}>
        ${s.map(E=>x`<option value=${E.bidId}>${n("proc.rankedOption",{rank:E.rank,name:it(e,E.organisationId),price:k(E.price)})}${E.bidId===e.candidateBidId?n("proc.candidateMark"):""}</option>`)}
      </select>
      ${u==="bid"?x`<${r} error=${m} id="exclude-bid-error" />`:null}</div>
    <fieldset class="result">
      <legend>${n("proc.excludeWhat")}</legend>
      ${["DECLINE","DISQUALIFY"].map(E=>x`<div class="field checkbox"><input type="radio" name="exclude-what" id=${"exclude-"+E.toLowerCase()} checked=${l===E} onChange=${()=>$(E)} />
          <label for=${"exclude-"+E.toLowerCase()}>${n("proc.excludeKinds."+E)}</label></div>`)}
    </fieldset>
    <${G} ui=${t} id="exclude-reason" label=${n("reasonLabel")} rows="2" value=${f} onInput=${d} error=${u==="reason"?m:null} />
    <div class="action">
      <button type="submit" id="exclude-submit" disabled=${h.busy}>${h.busy?n("submitting"):n("proc.excludeSubmit")}</button>
      ${m&&!u?x`<${r} error=${m} id="exclude-error" />`:null}
    </div>
  </form>`}function $s({ui:t,p:e,challenge:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y(""),l=Y(r,{untilRemount:!0}),$="complaint-"+o.challengeId,f=h=>{h.preventDefault(),l.run(cs,{procurementId:e.id,challengeId:o.challengeId,reference:_(a),expectedVersion:e.version},()=>n(i("proc.complaintRecorded")))},d=fe(l.error,{reference:"reference"})==="reference";return x`<form class="complaint" onSubmit=${f} novalidate>
    <${G} ui=${t} id=${$+"-reference"} label=${i("proc.complaintReference")} value=${a} onInput=${c}
      hint=${i("proc.complaintHint")} error=${d?l.error:null} />
    <div class="action">
      <button type="submit" class="secondary" disabled=${l.busy}>${i("proc.recordComplaint")}</button>
      ${l.error&&!d?x`<${s} error=${l.error} id=${$+"-error"} />`:null}
    </div>
  </form>`}function hs({ui:t,p:e,challenge:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y("DISMISSED"),[l,$]=y(""),f=Y(r),d="answer-"+o.challengeId;return x`<form class="answer" onSubmit=${v=>{v.preventDefault(),f.run(os,{procurementId:e.id,challengeId:o.challengeId,decision:a,reply:_(l),expectedVersion:e.version},n)}}>
    <div class="field"><label for=${d+"-decision"}>${i("proc.decision")}</label>
      <select id=${d+"-decision"} value=${a} onChange=${v=>c(v.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(v=>x`<option value=${v}>${i("proc.decisions."+v)}</option>`)}
      </select></div>
    <div class="field"><label for=${d+"-reply"}>${i("proc.reply")}</label>
      <textarea id=${d+"-reply"} rows="2" value=${l} onInput=${v=>$(v.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${f.busy}>${i("proc.answer")}</button>
      <${s} error=${f.error} id=${d+"-error"} />
    </div>
  </form>`}function fs({ui:t,p:e,generation:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y([]),[l,$]=y("5"),[f,d]=y(null),h=Y(r);V(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let u=!0;return U(Zr,{id:e.id},{lang:r}).then(E=>u&&c(E.procurementCommittees),E=>u&&d(E)),()=>{u=!1}},[e.id,o,r]);let v={procurementId:e.id,expectedVersion:e.version},m=u=>()=>n(i(u));return x`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${i("proc.purchaserActions")}</h2>
    <${s} error=${f} />
    ${e.status==="DRAFT"?x`<p>${i("proc.publishIntro")}</p>
          <${ve} ui=${t} id="publish" label=${i("proc.publish")} mutation=${Qr} input=${v} onDone=${m("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?x`<p>${i("proc.openIntro",{at:M(e.openingAt,r)})}</p>
          <${ve} ui=${t} id="open-bids" label=${i("proc.openBids")} mutation=${Xr} input=${v} onDone=${m("proc.opened")} />`:null}
    ${e.status==="PUBLISHED"?x`<${ps} key=${"amend"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.status==="OPENED"||a.length>0?x`<h3>${i("proc.committees")}</h3>
          ${a.length===0?x`<p class="empty">${i("proc.noCommittee")}</p>`:null}
          ${a.length>0?x`<table class="committees"><caption>${i("proc.committees")}</caption>
                <thead><tr><th scope="col">${i("state")}</th><th scope="col">${i("proc.seats")}</th><th scope="col">${i("proc.submitted")}</th><th scope="col">${i("proc.constitutedAt")}</th></tr></thead>
                <tbody>${a.map(u=>x`<tr><td>${i("proc.committeeStatuses."+u.status)}</td><td>${u.sitting} / ${u.seats}</td><td>${u.submitted} / ${u.sitting}</td><td>${M(u.constitutedAt,r)}</td></tr>`)}</tbody></table>`:null}
          ${a.filter(u=>u.status==="SCORING").map(u=>u.submitted<u.sitting?x`<p class="hint" id="committee-waiting">${i("proc.waitingSheets",{count:u.sitting-u.submitted})}</p>`:x`<${ve} ui=${t} id="conclude" label=${i("proc.conclude")} mutation=${ts}
                    input=${{committeeId:u.committeeId,expectedVersion:u.version}} onDone=${m("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!a.some(u=>u.status==="SCORING")?x`<form class="constitute" onSubmit=${u=>{u.preventDefault(),h.run(es,{procurementId:e.id,experts:Number(l)||0,representatives:[]},m("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${i("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${u=>$(u.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${h.busy}>${i("proc.constitute")}</button>
                  <${s} error=${h.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?x`<h3>${i("proc.award")}</h3>
          <p>${i("proc.awardIntro")}</p>
          ${e.report.ranking.map(u=>x`<${ve} ui=${t} id=${"award-"+u.rank} label=${i("proc.awardTo",{rank:u.rank,name:it(e,u.organisationId),price:k(u.price)})}
              mutation=${ns} input=${{...v,bidId:u.bidId}} onDone=${m("proc.awarded")} />`)}`:null}
    ${(e.status==="EVALUATED"||e.status==="AWARDED")&&e.report?x`<${ms} key=${"exclude"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.challenges.filter(u=>!u.decision).map(u=>x`<h3>${i("proc.answerChallenge",{due:de(u.replyDue,r)})}</h3>
          <p>${u.grounds}</p>
          <${hs} ui=${t} p=${e} challenge=${u} onDone=${m("proc.answered")} />`)}
    ${e.challenges.length>0&&e.status!=="DRAFT"&&e.status!=="PUBLISHED"?x`<h3>${i("proc.complaintTitle")}</h3>
          ${e.challenges.map(u=>x`<p>${i("proc.complaintAbout",{grounds:u.grounds})}</p>
              <${$s} key=${u.challengeId+e.version} ui=${t} p=${e} challenge=${u} onDone=${n} />`)}`:null}
    ${["DRAFT","PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED"].includes(e.status)?x`<${be} key=${"cancel"+e.version} ui=${t} id="cancel" title=${i("proc.cancelTitle")} intro=${i("proc.cancelIntro")} submitLabel=${i("proc.cancel")} danger
          untilRemount mutation=${rs} input=${v} onDone=${m("proc.cancelled")} />`:null}
  </section>`}function Eo({ui:t,id:e,flash:o}){let{t:n,lang:i,claims:r,ErrorText:s}=t,[a,c]=y(void 0),[l,$]=y(null),[f,d]=y(null),[h,v]=y(null),[m,u]=y(o),[E,b]=y(0);V(()=>{let C=!0;return U(qr,{id:e},{lang:i}).then(async w=>{if(!C)return;c(w.procurement);let N=w.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(w.procurement.status)?(await U(Yr,{id:e},{lang:i})).sealedBids:null;C&&$(N)}).catch(w=>C&&d(w)),()=>{C=!1}},[e,i,E]);let p=a?.status,T=a?.version,g=we.token();if(V(()=>{if(!(p!=="PUBLISHED"&&p!=="BIDDING_CLOSED"))return Gt(Kr,{id:e},{lang:i,onData:({procurementBids:C})=>{v(null),$({totalCount:C.totalCount,nodes:C.bids}),(C.status!==p||C.version>T)&&b(w=>w+1)},onError:v})},[p,T,e,i,g]),f)return x`<main id="main"><${s} error=${f} /></main>`;if(a===void 0)return x`<main id="main"><p role="status">${n("loading")}</p></main>`;if(a===null)return x`<main id="main"><h1>${n("proc.notFound")}</h1></main>`;let I=r?.role==="purchaser"&&r.organisation===a.purchaserUnit,A=(C,w,S)=>x`<div><dt>${n(C)}</dt><dd id=${S}>${w}</dd></div>`;return x`<main id="main" class="procurement">
    <h1>${a.title}</h1>
    ${m?x`<p class="notice" role="status">${m}</p>`:null}
    <p><${yo} t=${n} status=${a.status} /> ${a.purchaser} · ${n("jurisdiction")} ${a.jurisdiction}
      ${r?.role==="auditor"||r?.role==="admin"?x` · <${t.Link} href=${"/app/audit/purchases/"+a.id} id="purchase-audit-link">${n("paudit.open")}<//>`:null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${n("proc.terms")}</h2>
      <p>${a.description}</p>
      <dl class="facts">
        ${A("proc.item",x`<code>${a.item.code}</code> ${a.item.nameZh}`)}
        ${A("proc.method",n("proc.methods."+a.method))}
        ${A("proc.budget",k(a.budget),"proc-budget")}
        ${A("proc.bidSecurity",k(a.bidSecurity))}
        ${A("proc.servicePeriod",`${de(a.serviceStart,i)} \u2013 ${de(a.serviceEnd,i)}`)}
        ${A("proc.bidDeadline",M(a.bidDeadline,i)+" "+n("proc.chinaTime"),"proc-deadline")}
        ${A("proc.openingAt",M(a.openingAt,i)+" "+n("proc.chinaTime"),"proc-opening")}
        ${a.publishedAt?A("proc.publishedAt",M(a.publishedAt,i)):null}
        ${A("proc.eligibility",a.requirements.kinds.length?a.requirements.kinds.map(C=>n("kinds."+C)).join("\u3001"):n("proc.anyKind"))}
        ${a.requirements.minRating!=null?A("proc.minRating",`${a.requirements.minRating}A`):null}
        ${a.requirements.minYearsRegistered!=null?A("proc.minYears",String(a.requirements.minYearsRegistered)):null}
        ${A("proc.scoring",[n("proc.priceWeightShort",{n:a.scoring.priceWeightPercent}),...a.scoring.criteria.map(C=>`${C.name} ${C.maxPoints}`)].join("\uFF1B"))}
        ${a.amendments?A("proc.amendments",String(a.amendments)):null}
      </dl>
    </section>
    ${l?x`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${n("proc.sealedBids")}</h2>
          <p id="sealed-count" role="status">${n("proc.sealedCount",{count:l.totalCount})}</p>
          <p class="hint">${n("proc.sealedIntro")} ${h?null:n("live.following")}</p>
          ${h?x`<p class="hint" id="sealed-live-error">${n("live.stopped",{message:h.message})}</p>`:null}
          ${l.nodes.length>0?x`<table class="sealed"><caption>${n("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${n("proc.sealedAt")}</th><th scope="col">${n("proc.commitment")}</th></tr></thead>
                <tbody>${l.nodes.map(C=>x`<tr><td>${M(C.sealedAt,i)}</td><td><code class="hash">${C.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${a.openedAt?x`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${n("proc.opening",{at:M(a.openedAt,i)})}</h2>
          ${a.openedBids.length===0?x`<p class="empty">${n("proc.noBids")}</p>`:null}
          ${a.openedBids.length>0?x`<table class="opened"><caption>${n("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${n("organisation")}</th><th scope="col">${n("proc.price")}</th><th scope="col">${n("proc.valid")}</th><th scope="col">${n("proc.commitmentAndDocuments")}</th></tr></thead>
                <tbody>${a.openedBids.map(C=>x`<tr><td>${C.organisationName}</td><td class="money">${k(C.price)}</td>
                    <td>${C.valid?n("proc.validYes"):x`${n("proc.validNo")}: ${C.defects.join("\uFF1B")}`}</td><td><code class="hash">${C.commitment}</code>${C.documents.length?x`<ul class="documents">${C.documents.map(w=>x`<li><span class="name">${w.name}</span> <code class="hash">${w.sha256}</code></li>`)}</ul>`:null}</td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${a.report?x`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n("proc.ranking")}</h2>
          <ol class="ranking">${a.report.ranking.map(C=>{let w=a.excluded.find(S=>S.bidId===C.bidId);return x`<li class=${w?"excluded":""}>${it(a,C.organisationId)} · ${k(C.price)} · ${n("proc.total",{total:C.total})}${w?x` · <span class="badge no">${n("proc.exclusions."+w.why)}</span>${n("proc.exclusionReason",{reason:w.reason})}`:null}</li>`})}</ol>
        </section>`:null}
    ${a.award?x`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${n("proc.awardNotice")}</h2>
          <p id="award-notice">${n("proc.awardText",{organisation:it(a,a.award.organisationId),price:k(a.award.price),at:M(a.award.noticedAt,i),deadline:de(a.award.challengeDeadline,i)})}</p>
          ${a.contract?x`<p><${t.Link} href=${"/app/contracts/"+a.contract.id} id="contract-link">${n("con.contractLink",{status:n("con.statuses."+a.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${I&&a.status==="AWARDED"&&a.award&&!a.contract?x`<${St} ui=${t} p=${a} supplierName=${it(a,a.award.organisationId)} />`:null}
    ${a.challenges.length>0?x`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${n("proc.challenges")}</h2>
          <ul>${a.challenges.map(C=>x`<li>${M(C.filedAt,i)}: ${C.grounds} — ${C.decision?`${n("proc.decisions."+C.decision)}\uFF1A${C.reply??""}`:n("proc.unanswered",{due:de(C.replyDue,i)})}${C.complaints.length?x`<br /><span class="complaints">${n("proc.complaints",{refs:C.complaints.join("\u3001")})}</span>`:null}</li>`)}</ul>
        </section>`:null}
    ${a.ended?x`<p class="notice">${n("proc.ended",{reason:a.ended.reason,at:M(a.ended.at,i)})}${a.ended.rule?` (${a.ended.rule})`:""}</p>`:null}
    ${I?x`<${fs} ui=${t} p=${a} generation=${E} onDone=${C=>(u(C),b(w=>w+1))} />`:null}
    ${r?.role==="ngo"?x`<${eo} ui=${t} procurement=${a} onChanged=${()=>b(C=>C+1)} />`:null}
  </main>`}var he=ae.bind(oe),zt=t=>k(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`),gs=`query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`,bs="query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }",ys=`query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`,vs="query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }",Es="query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }",Is=10,Ts=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,Io=t=>t.split("-")[0],As=120;function To(t,e,o){return o==null?t("audit.empty"):Ts.test(o)?M(o,e):o.length<=As?o:he`<details class="long"><summary>${o.slice(0,60)}…</summary><code>${o}</code></details>`}function Ss(t){let e=/^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(t);return e&&e[2]!=="999999"?`${e[1]}.${String(Number(e[2])+1).padStart(6,"0")}${e[3]}`:new Date(new Date(t).getTime()+1).toISOString()}function Cs(t,e){let o=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)+`
`],{type:"application/json"})),n=document.createElement("a");n.href=o,n.download=e,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(o),6e4)}function ws({ui:t,id:e}){let{t:o,lang:n,ErrorText:i}=t,[r,s]=y(null),[a,c]=y(null),l=async $=>{if(!a){c($),s(null);try{let f=await U($==="releases"?vs:Es,{id:e},{lang:n}),d=$==="releases"?f.ocdsReleasePackage:f.ocdsRecordPackage;if(d==null)throw Object.assign(new Error(o("paudit.ocdsNone")),{code:"NOT_FOUND"});Cs(d,`ocds-${$==="releases"?"release":"record"}-package-${e}.json`)}catch(f){s(f)}finally{c(null)}}};return he`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${o("paudit.ocds")}</h2>
    <p>${o("paudit.ocdsIntro")}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!a} onClick=${()=>l("releases")}>${o("paudit.ocdsReleases")}</button>
      ${" "}<button type="button" id="ocds-records" disabled=${!!a} onClick=${()=>l("records")}>${o("paudit.ocdsRecords")}</button>
    </p>
    <${i} error=${r} id="ocds-error" />
  </section>`}function Rs({ui:t,contractId:e,entries:o}){let{t:n,lang:i,ErrorText:r}=t,s=o.filter(u=>u.stream==="contract-"+e),[a,c]=y(null),l=a??Math.max(0,s.length-1),[$,f]=y(null),[d,h]=y(null),v=s[l]?.recordedAt;if(V(()=>{if(!v)return;let u=!0;return U(ys,{id:e,at:Ss(v)},{lang:i}).then(E=>u&&(f(E.contractAsOf),h(null)),E=>u&&h(E)),()=>{u=!1}},[e,v,i]),s.length===0)return null;let m=s[l];return he`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${n("paudit.asOf")}</h2>
    <div class="field">
      <label for="asof-contract">${n("paudit.asOfPick")}</label>
      <input id="asof-contract" type="range" min="0" max=${s.length-1} step="1" value=${l}
        aria-valuetext=${`${m.version} \xB7 ${m.kind} \xB7 ${M(m.recordedAt,i)}`} onInput=${u=>c(Number(u.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${n("paudit.asOfAt",{version:m.version,kind:m.kind,at:M(m.recordedAt,i)})}</p>
    </div>
    <${r} error=${d} />
    ${$?he`<dl class="facts" id="asof-contract-facts">
            <div><dt>${n("state")}</dt><dd id="asof-status">${n("con.statuses."+$.status)}</dd></div>
            <div><dt>${n("con.total")}</dt><dd>${k($.total)}</dd></div>
            <div><dt>${n("con.accepted")}</dt><dd>${k($.accepted)}</dd></div>
            <div><dt>${n("con.paid")}</dt><dd id="asof-paid">${k($.paid)}</dd></div>
            <div><dt>${n("con.remaining")}</dt><dd>${k($.remaining)}</dd></div>
            <div><dt>${n("con.milestones")}</dt><dd>${$.milestones.map(u=>`${u.id} ${u.kind==="DELIVERY"?n(u.accepted?"con.ocds.met":"con.ocds.scheduled"):`${zt(u.paidFen)} / ${zt(u.amountFen)}`}`).join(n("listSeparator"))}</dd></div>
          </dl>
          <${Ye}
            id="asof-chart"
            title=${n("con.chartTitle")}
            describe=${n("paudit.asOfChart",{paid:k($.paid),remaining:k($.remaining)})}
            format=${zt}
            parts=${[{key:"paid",label:n("con.chartPaid"),value:$.paidFen,className:"paid"},{key:"remaining",label:n("con.remaining"),value:$.remainingFen,className:"later"}]}
          />`:null}
  </section>`}function Ao({ui:t,id:e}){let{t:o,lang:n,ErrorText:i,Link:r}=t,[s,a]=y(void 0),[c,l]=y([]),[$,f]=y([]),[d,h]=y(null),[v,m]=y(0),[u,E]=y(null),b=async p=>{let g=(await U(gs,{id:e,after:p},{lang:n})).purchaseTimeline;g&&(f(g.streams),l(I=>p==null?g.entries:[...I,...g.entries]),h(g.nextPosition),m(I=>p==null?1:I+1))};return V(()=>{let p=!0;return U(bs,{id:e},{lang:n}).then(async T=>{p&&(a(T.procurement),T.procurement&&await b(null))}).catch(T=>p&&E(T)),()=>{p=!1}},[e,n]),u?he`<main id="main"><${i} error=${u} /></main>`:s===void 0?he`<main id="main"><p role="status">${o("loading")}</p></main>`:s===null?he`<main id="main"><h1>${o("proc.notFound")}</h1></main>`:he`<main id="main" class="audit purchase-audit">
    <h1>${o("paudit.title",{title:s.title})}</h1>
    <p>${o("paudit.intro",{streams:$.length})} <${r} href=${"/app/procurements/"+s.id}>${o("paudit.procurementPage")}<//>
      ${s.contract?he` · <${r} href=${"/app/contracts/"+s.contract.id}>${o("perf.theContract")}<//>`:null}</p>
    ${s.contract?he`<${Rs} ui=${t} contractId=${s.contract.id} entries=${c} />`:null}
    <${ws} ui=${t} id=${s.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${o("paudit.timeline")}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${o("paudit.timeline")}</caption>
        <thead><tr><th scope="col">${o("audit.when")}</th><th scope="col">${o("paudit.record")}</th><th scope="col">${o("audit.what")}</th><th scope="col">${o("audit.who")}</th><th scope="col">${o("audit.reason")}</th><th scope="col">${o("audit.changes")}</th></tr></thead>
        <tbody>${c.map(p=>he`<tr data-stream=${Io(p.stream)} data-position=${p.position}>
            <td>${M(p.recordedAt,n)}</td>
            <td>${o("paudit.categories."+Io(p.stream))} <span class="hint">v${p.version}</span></td>
            <td><code>${p.kind}</code>${p.correctsVersion!=null?he`<br /><span class="badge today">${o("paudit.corrects",{version:p.correctsVersion})}</span>`:null}</td>
            <td>${p.actor??o("audit.ledgerItself")}${p.role?he` <span class="hint">(${o("roles."+p.role)})</span>`:null}</td>
            <td>${p.reason??""}</td>
            <td><ul class="changes">${p.changes.map(T=>he`<li><code>${T.field}</code>: ${To(o,n,T.old)} → ${To(o,n,T.new)}</li>`)}
              ${p.omittedChanges>0?he`<li class="hint">${o("paudit.omitted",{count:p.omittedChanges})}</li>`:null}</ul></td>
          </tr>`)}</tbody>
      </table>
      ${d!=null&&v<Is?he`<button type="button" id="timeline-more" onClick=${()=>b(d).catch(E)}>${o("audit.more")}</button>`:null}
    </section>
  </main>`}function So({ui:t}){let{t:e,navigate:o}=t,[n,i]=y(""),[r,s]=y(!1),a=c=>{c.preventDefault();let l=n.trim().toLowerCase();if(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(l))return s(!0);o("/app/audit/purchases/"+l)};return he`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${e("paudit.navHint")}</h2>
    <form class="search" onSubmit=${a}>
      <div class=${"field"+(r?" invalid":"")}><label for="purchase-id">${e("paudit.procurementId")}</label>
        <input id="purchase-id" spellcheck=${!1} value=${n} aria-invalid=${r?"true":void 0}
          aria-describedby=${r?"purchase-id-error":void 0} onInput=${c=>(i(c.currentTarget.value),s(!1))} />
        ${r?he`<p class="error" id="purchase-id-error" role="alert">${e("paudit.idInvalid")}</p>`:null}</div>
      <button type="submit" id="purchase-open">${e("paudit.open")}</button>
    </form>
  </section>`}var Ze=ae.bind(oe),_s=`query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`,Jt=t=>k(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`);function Co({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,navigate:s}=t,a=i?.role==="auditor"||i?.role==="admin",c=e.get("jurisdiction")??(a?"":i?.jurisdiction??""),[l,$]=y(c),[f,d]=y(null),[h,v]=y({}),[m,u]=y(null);V(()=>{let g=!0;return u(null),U(_s,{j:c||null,after:null},{lang:n}).then(async I=>{if(!g)return;d(I);let A=I.spending.jurisdiction;if(A){let C=await Zt(A,n).catch(()=>null);g&&C&&v(Object.fromEntries(C.map(w=>[w.code,n==="en"?w.nameEn:w.nameZh])))}}).catch(I=>g&&(u(I),d(null))),()=>{g=!1}},[c,n]);let E=g=>{g.preventDefault(),s("/app/statistics"+(_(l)?"?jurisdiction="+encodeURIComponent(_(l)):""))},b=f?.spending.groups??[],p=g=>h[g]?`${g} ${h[g]}`:g,T=f?.purchaseStatistics;return Ze`<main id="main" class="statistics">
    <h1>${o("stats.title")}</h1>
    <p>${o("stats.intro")}</p>
    <form class="search" onSubmit=${E} aria-label=${o("stats.title")}>
      <div class="field"><label for="stats-jurisdiction">${o(a?"stats.jurisdiction":"jurisdiction")}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${l} readonly=${!a} onInput=${g=>$(g.currentTarget.value)} /></div>
      ${a?Ze`<button type="submit">${o("stats.show")}</button>`:null}
    </form>
    <${r} error=${m} />
    ${f&&b.length===0?Ze`<p class="empty">${o("stats.none")}</p>`:null}
    ${b.length>0?Ze`<${It}
            id="spending-chart"
            title=${o("stats.chartTitle")}
            describe=${o("stats.chartDescribe",{items:b.map(g=>`${p(g.key)} ${Jt(g.contractedFen)} / ${Jt(g.paidFen)}`).join(o("listSeparator"))})}
            series=${[{label:o("stats.contracted"),className:"contracted"},{label:o("stats.paid"),className:"paid"}]}
            rows=${b.map(g=>({key:g.key,label:p(g.key),values:[g.contractedFen,g.paidFen]}))}
            format=${Jt}
          />
          <table class="spending">
            <caption>${o("stats.chartTitle")}</caption>
            <thead><tr><th scope="col">${o("stats.item")}</th><th scope="col">${o("stats.awarded")}</th><th scope="col">${o("stats.awards")}</th><th scope="col">${o("stats.contracted")}</th><th scope="col">${o("stats.contracts")}</th><th scope="col">${o("stats.paid")}</th></tr></thead>
            <tbody>${b.map(g=>Ze`<tr data-key=${g.key}>
                <th scope="row">${p(g.key)}</th>
                <td class="money">${k(g.awarded)}</td><td>${g.awards}</td>
                <td class="money">${k(g.contracted)}</td><td>${g.contracts}</td>
                <td class="money">${k(g.paid)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    ${T?Ze`<dl class="facts" id="purchase-statistics">
          <div><dt>${o("stats.published")}</dt><dd>${T.published}</dd></div>
          <div><dt>${o("stats.opened")}</dt><dd>${T.opened}</dd></div>
          <div><dt>${o("stats.fewBids")}</dt><dd>${o("stats.fewBidsShare",{count:T.fewerThanThreeValidBids,share:T.shareFewerThanThreeValidBids==null?"\u2014":`${Math.round(T.shareFewerThanThreeValidBids*1e3)/10}%`})}</dd></div>
          <div><dt>${o("stats.awarded")}</dt><dd>${k(T.awarded)}（${T.awards}）</dd></div>
          <div><dt>${o("stats.averageDays")}</dt><dd>${T.averageDaysToAward==null?"\u2014":o("stats.days",{days:Math.round(T.averageDaysToAward*10)/10})}</dd></div>
          <div><dt>${o("stats.grades")}</dt><dd>${T.grades.length?T.grades.map(g=>`${o("perf.grades."+g.grade)} ${g.evaluations}`).join(o("listSeparator")):"\u2014"}</dd></div>
        </dl>`:null}
  </main>`}var O=ae.bind(oe),Pe=t=>t==null?"":k(At(t)),Ds=["NEEDS_COLLECTED","COUNCIL_APPROVED","REJECTED","DECIDED","IMPLEMENTING","ACCEPTED"],Ps=["COLLECT_NEEDS","COUNCIL_REVIEW","DECIDE","IMPLEMENT","ACCEPT"],Ns=["WORKS","SERVICES","GOODS"],Os=`query Menu($j: String!) {
  menu(jurisdiction: $j) { jurisdiction version loadedAt
    items { code parent level nameZh nameEn itemType needs status retiredOn retiredReason capFen } }
}`,Ro="id title status jurisdiction totalFen collectedAt community { unitId name } lines { code nameZh nameEn }",ks=`query Orders($f: MenuOrderFilterInput) { menuOrders(filter: $f, first: 100) { totalCount nodes { ${Ro} } } }`,_o=`query Order($id: UUID!) { menuOrder(id: $id) {
  ${Ro} version menuVersion updatedAt councilApproved councilReason contractId
  lines { code nameZh nameEn itemType amountFen needs capFen }
  notices { step text at }
  implementation { by procurementId reference }
} }`,xs="query Linked($id: UUID!) { procurement(id: $id) { id title status budget contract { id status } } }",Ls="query Mine { procurements(filter: {mine: true}, first: 100) { nodes { id title status budget } } }",Fs="mutation Load($i: LoadDefaultMenuInput!) { loadDefaultMenu(input: $i) { version itemCount } }",Ms="mutation Add($i: AddMenuItemInput!) { addMenuItem(input: $i) { version } }",Us="mutation Rename($i: RenameMenuItemInput!) { renameMenuItem(input: $i) { version } }",js="mutation Retire($i: MenuItemReasonInput!) { retireMenuItem(input: $i) { version } }",Bs="mutation Reinstate($i: MenuItemReasonInput!) { reinstateMenuItem(input: $i) { version } }",Hs="mutation Collect($i: CollectMenuOrderNeedsInput!) { collectMenuOrderNeeds(input: $i) { id } }",Vs="mutation Review($i: ReviewMenuOrderInput!) { reviewMenuOrder(input: $i) { version } }",Ws="mutation Decide($i: MenuOrderStepInput!) { decideMenuOrder(input: $i) { version } }",Gs="mutation Implement($i: ImplementMenuOrderInput!) { implementMenuOrder(input: $i) { version } }",qs="mutation Accept($i: MenuOrderStepInput!) { acceptMenuOrder(input: $i) { version } }";function Do(t,e){if(t==="menu")return{screen:"menu",view:"menu",params:e};if(t==="menu-orders")return{screen:"menu",view:"orders",params:e};if(t==="menu-orders/new")return{screen:"menu",view:"order-form",params:e};let o=/^menu-orders\/([0-9a-fA-F-]{36})(\/procurement)?$/.exec(t);return o?{screen:"menu",view:o[2]?"order-procurement":"order",id:o[1],params:e}:null}function Po({ui:t,route:e}){let{t:o,claims:n}=t,i=n?.role==="purchaser";switch(e.view){case"menu":return O`<${Ks} key=${e.params.toString()} ui=${t} params=${e.params} />`;case"orders":return O`<${Js} key=${e.params.toString()} ui=${t} params=${e.params} />`;case"order-form":return i?O`<${Xs} ui=${t} />`:O`<main id="main"><h1>${o("menu.orderTitle")}</h1><p class="notice">${o("menu.communityOnly")}</p></main>`;case"order-procurement":return i?O`<${ia} key=${e.id} ui=${t} id=${e.id} />`:O`<main id="main"><p class="notice">${o("menu.communityOnly")}</p></main>`;default:return O`<${ta} key=${e.id+location.search} ui=${t} id=${e.id} params=${e.params} />`}}function No({t,status:e}){return O`<span class=${"status status-menu-"+e.toLowerCase()}>${t("menu.statuses."+e)}</span>`}var ze=(t,e)=>t==="en"&&e.nameEn?e.nameEn:e.nameZh;function Ys(t,e){if(!t||!e)return!1;let o=t.replace(/(00)+$/,"");return e.startsWith(o)}async function Oo(t,e){return(await U(Os,{j:t},{lang:e})).menu}function ko(t){let e=[];for(let o of t.items)o.level===1?e.push({...o,items:[]}):e.find(n=>n.code===o.parent)?.items.push(o);return e}function xo({ui:t,id:e,value:o,onSubmit:n,children:i}){let{t:r}=t,[s,a]=y(o);return O`<form class="search board-filter" role="search" aria-label=${r("menu.filters")} onSubmit=${c=>(c.preventDefault(),n(_(s)))}>
    <div class="field"><label for=${e}>${r("jurisdiction")}</label>
      <input id=${e} inputmode="numeric" value=${s} onInput=${c=>a(c.currentTarget.value)} /></div>
    ${i}
    <button type="submit">${r("search")}</button>
  </form>`}function Ks({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,c=e.get("jurisdiction")??i?.jurisdiction??"",[l,$]=y(void 0),[f,d]=y(null),[h,v]=y(null),[m,u]=y(0);V(()=>{if(!c)return;let p=!0;return Oo(c,n).then(T=>p&&$(T),T=>p&&d(T)),()=>{p=!1}},[c,n,m]);let E=i?.role==="admin"||i?.role==="registrar"&&i.jurisdiction===c,b=p=>()=>(v(o(p)),u(T=>T+1));return O`<main id="main" class="menu">
    <h1>${o("menu.menuTitle")}${c?" \xB7 "+c:""}</h1>
    <p>${o("menu.menuIntro")}</p>
    <p class="actions"><${s} href=${"/app/menu-orders"+(c?"?jurisdiction="+c:"")}>${o("menu.ordersTitle")}<//>
      ${i?.role==="purchaser"?O` · <${s} href="/app/menu-orders/new" class="button">${o("menu.orderTitle")}<//>`:null}</p>
    <${xo} ui=${t} id="menu-jurisdiction" value=${c} onSubmit=${p=>a("/app/menu?jurisdiction="+encodeURIComponent(p))} />
    ${h?O`<p class="notice" role="status">${h}</p>`:null}
    <${r} error=${f} />
    ${c&&l===void 0&&!f?O`<p role="status">${o("loading")}</p>`:null}
    ${l===null?O`<p class="empty" role="status">${o("menu.noMenu",{jurisdiction:c})}</p>`:null}
    ${l===null&&E?O`<p>${o("menu.loadIntro")}</p>
          <${ve} ui=${t} id="menu-load" label=${o("menu.load")} mutation=${Fs} input=${{jurisdiction:c}} onDone=${b("menu.loaded")} />`:null}
    ${l?O`<p class="hint">${o("menu.version",{version:l.version,at:M(l.loadedAt,n)})}</p>`:null}
    ${l?ko(l).map(p=>O`<${Zs} key=${p.code} ui=${t} category=${p} />`):null}
    ${l&&E?O`<${zs} key=${l.version} ui=${t} menu=${l} onDone=${p=>(v(p),u(T=>T+1))} />`:null}
  </main>`}function Zs({ui:t,category:e}){let{t:o,lang:n}=t,i="menu-category-"+e.code;return O`<section aria-labelledby=${i}>
    <h2 id=${i}><code>${e.code}</code> ${ze(n,e)}${e.status==="RETIRED"?O` <span class="badge no">${o("menu.retired")}</span>`:null}</h2>
    ${e.items.length===0?O`<p class="empty">${o("menu.noItems")}</p>`:O`<table class="menu-items">
          <caption class="sr-only">${e.code} ${ze(n,e)}</caption>
          <thead><tr><th scope="col">${o("menu.code")}</th><th scope="col">${o("menu.name")}</th><th scope="col">${o("menu.type")}</th><th scope="col">${o("menu.cap")}</th><th scope="col">${o("menu.needs")}</th><th scope="col">${o("state")}</th></tr></thead>
          <tbody>${e.items.map(r=>O`<tr id=${"menu-item-"+r.code} class=${r.status==="RETIRED"?"superseded":""}>
              <td><code>${r.code}</code></td>
              <td>${r.nameZh}${r.nameEn?O`<br /><span lang="en" class="hint">${r.nameEn}</span>`:null}</td>
              <td>${o("menu.types."+r.itemType)}</td>
              <td class="money">${r.capFen==null?o("menu.noCap"):Pe(r.capFen)}</td>
              <td>${r.needs.join("\uFF1B")}</td>
              <td>${r.status==="RETIRED"?O`<span class="badge no">${o("menu.retired")}</span> ${o("menu.retiredOn",{on:r.retiredOn,reason:r.retiredReason})}`:o("menu.active")}</td>
            </tr>`)}</tbody>
        </table>`}
  </section>`}function wo(t,e){let o=String(t?.field??"").split(".").pop();return t&&e.includes(o)?o:null}function zs({ui:t,menu:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s={jurisdiction:e.jurisdiction,expectedVersion:e.version},[a,c]=y({code:"",nameZh:"",nameEn:"",type:"",needs:""}),[l,$]=y(e.items.find(I=>I.level===2)?.code??""),f=e.items.find(I=>I.code===l),[d,h]=y({nameZh:f?.nameZh??"",nameEn:f?.nameEn??"",reason:""}),v=Y(i,{untilRemount:!0}),m=Y(i,{untilRemount:!0}),u=I=>{let A=e.items.find(C=>C.code===I);$(I),h({nameZh:A?.nameZh??"",nameEn:A?.nameEn??"",reason:""})},E=I=>{I.preventDefault();let A={...s,code:_(a.code).toUpperCase(),nameZh:_(a.nameZh)};_(a.nameEn)&&(A.nameEn=_(a.nameEn)),a.type&&(A.type=a.type);let C=a.needs.split(`
`).map(_).filter(Boolean);C.length&&(A.needs=C),v.run(Ms,A,()=>o(n("menu.added")))},b=I=>{I.preventDefault();let A={...s,code:l,nameZh:_(d.nameZh),reason:_(d.reason)};_(d.nameEn)&&(A.nameEn=_(d.nameEn)),m.run(Us,A,()=>o(n("menu.renamed")))},p=wo(v.error,["code","nameZh","nameEn","type","needs"]),T=wo(m.error,["nameZh","nameEn","reason"]),g=(I,A,C)=>A===C?I.error:null;return O`<section class="decision" aria-labelledby="menu-admin-heading">
    <h2 id="menu-admin-heading">${n("menu.adminTitle")}</h2>
    <form class="apply" id="menu-add" onSubmit=${E} novalidate aria-labelledby="menu-add-heading">
      <h3 id="menu-add-heading">${n("menu.addTitle")}</h3>
      <p>${n("menu.addIntro")}</p>
      <${G} ui=${t} id="menu-add-code" label=${n("menu.code")} value=${a.code} onInput=${I=>c({...a,code:I})} hint=${n("menu.codeHint")} error=${g(v,p,"code")} spellcheck=${!1} />
      <${G} ui=${t} id="menu-add-nameZh" label=${n("menu.nameZh")} value=${a.nameZh} onInput=${I=>c({...a,nameZh:I})} error=${g(v,p,"nameZh")} />
      <${G} ui=${t} id="menu-add-nameEn" label=${n("menu.nameEn")} value=${a.nameEn} onInput=${I=>c({...a,nameEn:I})} error=${g(v,p,"nameEn")} lang="en" />
      <div class=${"field"+(p==="type"?" invalid":"")}>
        <label for="menu-add-type">${n("menu.type")}</label>
        <select id="menu-add-type" value=${a.type} onChange=${I=>c({...a,type:I.currentTarget.value})}
          aria-invalid=${p==="type"?"true":void 0} aria-describedby=${p==="type"?"menu-add-type-error":void 0}>
          <option value="">${n("menu.categoryType")}</option>
          ${Ns.map(I=>O`<option value=${I}>${n("menu.types."+I)}</option>`)}
        </select>
        ${p==="type"?O`<${r} error=${v.error} id="menu-add-type-error" />`:null}
      </div>
      <${G} ui=${t} id="menu-add-needs" label=${n("menu.needsAnswered")} rows="3" value=${a.needs} onInput=${I=>c({...a,needs:I})} hint=${n("menu.needsHint")} error=${g(v,p,"needs")} />
      <div class="action">
        <button type="submit" id="menu-add-submit" disabled=${v.busy}>${n("menu.add")}</button>
        ${v.error&&!p?O`<${r} error=${v.error} id="menu-add-error" />`:null}
      </div>
    </form>
    <h3>${n("menu.entryTitle")}</h3>
    <div class="field">
      <label for="menu-entry">${n("menu.entry")}</label>
      <select id="menu-entry" value=${l} onChange=${I=>u(I.currentTarget.value)}>
        ${e.items.map(I=>O`<option value=${I.code}>${I.level===2?"\u3000":""}${I.code} ${I.nameZh}${I.status==="RETIRED"?" "+n("menu.retiredMark"):""}</option>`)}
      </select>
    </div>
    ${f?O`<form class="apply" id="menu-rename" onSubmit=${b} novalidate aria-labelledby="menu-rename-heading">
            <h4 id="menu-rename-heading">${n("menu.renameTitle",{code:l})}</h4>
            <${G} ui=${t} id="menu-rename-nameZh" label=${n("menu.nameZh")} value=${d.nameZh} onInput=${I=>h({...d,nameZh:I})} error=${g(m,T,"nameZh")} />
            <${G} ui=${t} id="menu-rename-nameEn" label=${n("menu.nameEn")} value=${d.nameEn} onInput=${I=>h({...d,nameEn:I})} error=${g(m,T,"nameEn")} lang="en" />
            <${G} ui=${t} id="menu-rename-reason" label=${n("reasonLabel")} rows="2" value=${d.reason} onInput=${I=>h({...d,reason:I})} error=${g(m,T,"reason")} />
            <div class="action">
              <button type="submit" id="menu-rename-submit" disabled=${m.busy}>${n("menu.rename")}</button>
              ${m.error&&!T?O`<${r} error=${m.error} id="menu-rename-error" />`:null}
            </div>
          </form>
          <${be} key=${l} ui=${t} id="menu-retire" danger=${f.status!=="RETIRED"} untilRemount
            title=${n(f.status==="RETIRED"?"menu.reinstateTitle":"menu.retireTitle",{code:l})}
            intro=${n(f.status==="RETIRED"?"menu.reinstateIntro":"menu.retireIntro")}
            submitLabel=${n(f.status==="RETIRED"?"menu.reinstate":"menu.retire")}
            mutation=${f.status==="RETIRED"?Bs:js} input=${{...s,code:l}}
            onDone=${()=>o(n(f.status==="RETIRED"?"menu.reinstated":"menu.retiredDone"))} />`:null}
  </section>`}function Js({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,c=i?.role==="purchaser"&&i.organisation,l=c&&e.get("mine")!=="0",$=e.get("jurisdiction")??(l?"":i?.jurisdiction??""),f=e.get("status")??"",[d,h]=y(f),[v,m]=y(null),[u,E]=y(null);V(()=>{let p={};if(l)p.communityUnit=i.organisation;else if($)p.jurisdiction=$;else return;f&&(p.status=f);let T=!0;return U(ks,{f:p},{lang:n}).then(g=>T&&m(g.menuOrders),g=>T&&E(g)),()=>{T=!1}},[l,$,f,n]);let b=p=>{let T=new URLSearchParams({mine:"0"});p&&T.set("jurisdiction",p),d&&T.set("status",d),a("/app/menu-orders?"+T)};return O`<main id="main">
    <h1>${o(l?"menu.mineTitle":"menu.ordersTitle")}</h1>
    <p>${o("menu.ordersIntro")}</p>
    <p class="actions">
      ${c?O`<${s} href="/app/menu-orders/new" class="button">${o("menu.orderTitle")}<//> · <${s} href=${l?"/app/menu-orders?mine=0":"/app/menu-orders"}>${o(l?"menu.ordersTitle":"menu.mineTitle")}<//> · `:null}
      <${s} href=${"/app/menu"+($?"?jurisdiction="+$:"")}>${o("menu.menuTitle")}<//>
    </p>
    ${l?null:O`<${xo} ui=${t} id="orders-jurisdiction" value=${$} onSubmit=${b}>
          <div class="field"><label for="orders-status">${o("state")}</label>
            <select id="orders-status" value=${d} onChange=${p=>h(p.currentTarget.value)}>
              <option value="">${o("menu.anyStatus")}</option>
              ${Ds.map(p=>O`<option value=${p}>${o("menu.statuses."+p)}</option>`)}
            </select></div>
        <//>`}
    <${r} error=${u} />
    ${v&&v.nodes.length===0?O`<p class="empty" role="status">${o("menu.noOrders")}</p>`:null}
    ${v&&v.nodes.length>0?O`<table class="board menu-orders">
          <caption>${o("menu.ordersCount",{count:v.totalCount})}</caption>
          <thead><tr><th scope="col">${o("menu.orderTitleField")}</th><th scope="col">${o("menu.community")}</th><th scope="col">${o("menu.items")}</th><th scope="col">${o("menu.total")}</th><th scope="col">${o("menu.collectedAt")}</th><th scope="col">${o("state")}</th></tr></thead>
          <tbody>${v.nodes.map(p=>O`<tr>
              <td><${s} href=${"/app/menu-orders/"+p.id}>${p.title}<//></td>
              <td>${p.community.name}</td>
              <td>${p.lines.map(T=>`${T.code} ${ze(n,T)}`).join("\u3001")}</td>
              <td class="money">${Pe(p.totalFen)}</td>
              <td>${M(p.collectedAt,n)}</td>
              <td><${No} t=${o} status=${p.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}function Qs(t,e){if(!t)return null;let o=String(t.message),n=r=>o.search(new RegExp(`(^|[^A-Za-z0-9])${r}([^0-9]|$)`));return e.filter(r=>n(r)>=0).sort((r,s)=>n(r)-n(s))[0]??null}function Xs({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,navigate:r}=t,[s,a]=y(void 0),[c,l]=y(null),[$,f]=y({communityName:"",title:"",notice:""}),[d,h]=y({}),[v,m]=y(null),u=Y(o);V(()=>{let L=!0;return Oo(n.jurisdiction,o).then(j=>L&&a(j),j=>L&&l(j)),()=>{L=!1}},[n.jurisdiction,o]);let E=s?s.items.filter(L=>d[L.code]):[],b=(L,j,F)=>h(W=>({...W,[L]:{...W[L],[j]:F}})),p=(L,j)=>h(F=>{let W={...F};return j?W[L]={amount:"",needs:""}:delete W[L],W}),T=L=>{L.preventDefault();let j=[];for(let W of E){let B=ie(d[W.code].amount);if(B==null)return m(new q(e("menu.moneyInvalid",{code:W.code}),{code:"VALIDATION",field:"lines.amountFen"}));j.push({code:W.code,amountFen:B,needs:_(d[W.code].needs)})}m(null);let F={communityName:_($.communityName),title:_($.title),lines:j,notice:_($.notice)};u.run(Hs,F,W=>r("/app/menu-orders/"+W.collectMenuOrderNeeds.id+"?collected=1"))},g=v??u.error,I=fe(g,{communityName:"communityName",community:"communityName",title:"title",notice:"notice",lines:"lines"},{"MENU-NOTICE":"notice"}),A=I==="lines"||["MENU-ITEM","MENU-CAP"].includes(g?.rule)?Qs(g,E.map(L=>L.code)):null,C=A&&(String(g.field??"").endsWith("needs")?"needs":g.rule==="MENU-CAP"||String(g.field??"").endsWith("amountFen")?"amount":"item"),w=g&&!A&&(!I||I==="lines"),S=L=>I===L?g:null,N=(L,j)=>A===L&&C===j?g:null;return O`<main id="main">
    <h1>${e("menu.orderTitle")}</h1>
    <p>${e("menu.orderIntro",{jurisdiction:n.jurisdiction})}</p>
    <${i} error=${c} />
    ${s===null?O`<p class="error" role="alert">${e("menu.noMenu",{jurisdiction:n.jurisdiction})}</p>`:null}
    ${s===void 0&&!c?O`<p role="status">${e("loading")}</p>`:null}
    ${s?O`<form class="apply menu-order" onSubmit=${T} novalidate>
          <${G} ui=${t} id="order-community" label=${e("menu.communityName")} value=${$.communityName} onInput=${L=>f({...$,communityName:L})} hint=${e("menu.communityHint")} error=${S("communityName")} />
          <${G} ui=${t} id="order-title" label=${e("menu.orderTitleField")} value=${$.title} onInput=${L=>f({...$,title:L})} error=${S("title")} />
          ${ko(s).map(L=>O`<fieldset class="members menu-pick" key=${L.code}>
              <legend><code>${L.code}</code> ${ze(o,L)}${L.status==="RETIRED"?" "+e("menu.retiredMark"):""}</legend>
              ${L.items.map(j=>{let F=d[j.code],W=j.status==="RETIRED",B=N(j.code,"item"),z=j.capFen==null?e("menu.noCapHint"):e("menu.capHint",{cap:Pe(j.capFen),type:e("menu.types."+j.itemType)});return O`<div class=${"menu-line"+(B?" invalid":"")} id=${"order-line-"+j.code}>
                  <div class="field checkbox">
                    <input type="checkbox" id=${"order-pick-"+j.code} checked=${!!F} disabled=${W&&!F}
                      aria-describedby=${["order-pick-"+j.code+"-hint",B?"order-pick-"+j.code+"-error":null].filter(Boolean).join(" ")}
                      aria-invalid=${B?"true":void 0} onChange=${X=>p(j.code,X.currentTarget.checked)} />
                    <label for=${"order-pick-"+j.code}><code>${j.code}</code> ${ze(o,j)} · ${e("menu.types."+j.itemType)}${W?" "+e("menu.retiredMark"):""}</label>
                    <p class="hint" id=${"order-pick-"+j.code+"-hint"}>${e("menu.answers",{needs:j.needs.join("\uFF1B")})} ${z}</p>
                    ${B?O`<${i} error=${B} id=${"order-pick-"+j.code+"-error"} />`:null}
                  </div>
                  ${F?O`<${G} ui=${t} id=${"order-amount-"+j.code} label=${e("menu.amount",{code:j.code})} value=${F.amount} inputmode="decimal"
                          onInput=${X=>b(j.code,"amount",X)} hint=${z} error=${N(j.code,"amount")} />
                        <${G} ui=${t} id=${"order-needs-"+j.code} label=${e("menu.statedNeeds",{code:j.code})} rows="2" value=${F.needs}
                          onInput=${X=>b(j.code,"needs",X)} error=${N(j.code,"needs")} />`:null}
                </div>`})}
            </fieldset>`)}
          <p class="sum" id="order-total">${e("menu.orderTotal",{total:Pe(E.reduce((L,j)=>L+(ie(d[j.code].amount)??0),0)),count:E.length})}</p>
          <${G} ui=${t} id="order-notice" label=${e("menu.noticeOf",{step:e("menu.steps.COLLECT_NEEDS")})} rows="3" value=${$.notice} onInput=${L=>f({...$,notice:L})} hint=${e("menu.noticeHint")} error=${S("notice")} />
          <div class="action">
            <button type="submit" id="order-submit" disabled=${u.busy}>${u.busy?e("submitting"):e("menu.collect")}</button>
            ${w?O`<${i} error=${g} id="order-error" />`:null}
          </div>
        </form>`:null}
  </main>`}function ea({ui:t,order:e}){let{t:o,lang:n,Link:i}=t,r=e.implementation,[s,a]=y(void 0);return V(()=>{if(!r?.procurementId)return;let c=!0;return U(xs,{id:r.procurementId},{lang:n}).then(l=>c&&a(l.procurement),()=>c&&a(null)),()=>{c=!1}},[r?.procurementId,n]),r?O`<section aria-labelledby="implementation-heading">
    <h2 id="implementation-heading">${o("menu.implementation")}</h2>
    ${r.by==="PROJECT_APPLICATION"?O`<p id="order-application">${o("menu.byApplication",{reference:r.reference})}</p>`:O`<dl class="facts">
          <div><dt>${o("menu.procurement")}</dt><dd><${i} href=${"/app/procurements/"+r.procurementId} id="order-procurement-link">${s?.title??r.procurementId}<//>
            ${s?O` · ${o("proc.statuses."+s.status)} · ${o("menu.budget",{budget:k(s.budget)})}`:null}</dd></div>
          <div><dt>${o("menu.contract")}</dt><dd>${s?.contract?O`<${i} href=${"/app/contracts/"+s.contract.id} id="order-contract-link">${o("con.contractLink",{status:o("con.statuses."+s.contract.status)})}<//>`:o("menu.noContract")}</dd></div>
        </dl>`}
  </section>`:null}function ta({ui:t,id:e,params:o}){let{t:n,lang:i,claims:r,ErrorText:s,Link:a}=t,[c,l]=y(void 0),[$,f]=y(null),[d,h]=y(o.has("collected")?n("menu.collected"):o.has("drafted")?n("menu.drafted"):null),[v,m]=y(0);if(V(()=>{let A=!0;return U(_o,{id:e},{lang:i}).then(C=>A&&l(C.menuOrder),C=>A&&f(C)),()=>{A=!1}},[e,i,v]),$)return O`<main id="main"><${s} error=${$} /></main>`;if(c===void 0)return O`<main id="main"><p role="status">${n("loading")}</p></main>`;if(c===null)return O`<main id="main"><h1>${n("menu.notFound")}</h1></main>`;let u=r?.role==="purchaser"&&r.organisation===c.community.unitId,E=r?.role==="admin"||r?.role==="registrar"&&Ys(r.jurisdiction,c.jurisdiction),b=u&&["NEEDS_COLLECTED","DECIDED","IMPLEMENTING"].includes(c.status)||E&&c.status==="COUNCIL_APPROVED",p=A=>()=>(h(n(A)),m(C=>C+1)),T={orderId:c.id,expectedVersion:c.version},g=A=>c.notices.find(C=>C.step===A),I=A=>n("menu.noticeOf",{step:n("menu.steps."+A)});return O`<main id="main" class="menu-order">
    <h1>${c.title}</h1>
    ${d?O`<p class="notice" role="status">${d}</p>`:null}
    <p><${No} t=${n} status=${c.status} /> ${c.community.name} · ${n("jurisdiction")} ${c.jurisdiction} · ${n("menu.total")} <span id="order-total-amount">${Pe(c.totalFen)}</span>${" \xB7 "}<${a} href=${"/app/menu-orders?mine=0&jurisdiction="+c.jurisdiction}>${n("menu.ordersTitle")}<//></p>
    <section aria-labelledby="lines-heading">
      <h2 id="lines-heading">${n("menu.lines")}</h2>
      <table class="menu-lines"><caption class="sr-only">${n("menu.lines")}</caption>
        <thead><tr><th scope="col">${n("menu.code")}</th><th scope="col">${n("menu.name")}</th><th scope="col">${n("menu.type")}</th><th scope="col">${n("menu.amountShort")}</th><th scope="col">${n("menu.cap")}</th><th scope="col">${n("menu.statedNeedsShort")}</th></tr></thead>
        <tbody>${c.lines.map(A=>O`<tr><td><code>${A.code}</code></td><td>${ze(i,A)}</td><td>${n("menu.types."+A.itemType)}</td>
            <td class="money">${Pe(A.amountFen)}</td><td class="money">${A.capFen==null?n("menu.noCap"):Pe(A.capFen)}</td><td>${A.needs}</td></tr>`)}</tbody>
      </table>
      <p class="hint">${n("menu.menuVersion",{version:c.menuVersion})}</p>
    </section>
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">${n("menu.notices")}</h2>
      <ol class="menu-notices">${Ps.map(A=>{let C=g(A);return O`<li id=${"notice-"+A} class=${C?"done":"pending"}>
          <strong>${n("menu.steps."+A)}</strong>
          ${C?O` · <time datetime=${C.at}>${M(C.at,i)}</time><p>${C.text}</p>`:O` · <span class="hint">${n(c.status==="REJECTED"?"menu.stepEnded":"menu.stepPending")}</span>`}
          ${A==="COUNCIL_REVIEW"&&c.councilApproved!=null?O`<p id="council-decision">${n(c.councilApproved?"menu.councilApproved":"menu.councilRejected",{reason:c.councilReason})}</p>`:null}
        </li>`})}</ol>
    </section>
    <${ea} ui=${t} order=${c} />
    ${u||E?O`<section class="decision" aria-labelledby="order-actions-heading">
          <h2 id="order-actions-heading">${n(u?"menu.communityActions":"menu.bureauActions")}</h2>
          ${u&&c.status==="NEEDS_COLLECTED"?O`<${na} key=${c.version} ui=${t} base=${T} onDone=${p("menu.reviewed")} />`:null}
          ${E&&c.status==="COUNCIL_APPROVED"?O`<${be} key=${"decide"+c.version} ui=${t} id="order-decide" untilRemount title=${n("menu.decideTitle")} intro=${n("menu.decideIntro",{total:Pe(c.totalFen)})}
                reasonLabel=${I("DECIDE")} reasonKey="notice" submitLabel=${n("menu.decide")} mutation=${Ws} input=${T} onDone=${p("menu.decided")} />`:null}
          ${u&&c.status==="DECIDED"?O`<p><${a} href=${"/app/menu-orders/"+c.id+"/procurement"} class="button" id="order-draft-link">${n("menu.draftProcurement")}<//></p>
                <${oa} key=${c.version} ui=${t} order=${c} base=${T} preselect=${o.get("procurement")} onDone=${p("menu.implemented")} />`:null}
          ${u&&c.status==="IMPLEMENTING"?O`<${be} key=${"accept"+c.version} ui=${t} id="order-accept" untilRemount title=${n("menu.acceptTitle")} intro=${n("menu.acceptIntro")}
                reasonLabel=${I("ACCEPT")} reasonKey="notice" submitLabel=${n("menu.accept")} mutation=${qs} input=${T} onDone=${p("menu.accepted")} />`:null}
          ${b?null:O`<p class="hint" id="order-waiting">${n("menu.waiting."+c.status)}</p>`}
        </section>`:null}
  </main>`}function na({ui:t,base:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,[s,a]=y(!0),[c,l]=y(""),[$,f]=y(""),d=Y(i,{untilRemount:!0}),h=m=>{m.preventDefault(),d.run(Vs,{...e,approved:s,reason:_(c),notice:_($)},o)},v=fe(d.error,{reason:"reason",notice:"notice"},{"MENU-NOTICE":"notice"});return O`<form class="reason-form" id="order-review" onSubmit=${h} novalidate aria-labelledby="order-review-heading">
    <h3 id="order-review-heading">${n("menu.reviewTitle")}</h3>
    <p>${n("menu.reviewIntro")}</p>
    <fieldset class="result">
      <legend>${n("menu.councilOutcome")}</legend>
      <div class="field checkbox"><input type="radio" name="council" id="order-review-approve" checked=${s} onChange=${()=>a(!0)} />
        <label for="order-review-approve">${n("menu.approve")}</label></div>
      <div class="field checkbox"><input type="radio" name="council" id="order-review-reject" checked=${!s} onChange=${()=>a(!1)} />
        <label for="order-review-reject">${n("menu.reject")}</label></div>
    </fieldset>
    <${G} ui=${t} id="order-review-reason" label=${n("menu.councilReason")} rows="2" value=${c} onInput=${l} hint=${n("menu.councilReasonHint")} error=${v==="reason"?d.error:null} />
    <${G} ui=${t} id="order-review-notice" label=${n("menu.noticeOf",{step:n("menu.steps.COUNCIL_REVIEW")})} rows="2" value=${$} onInput=${f} error=${v==="notice"?d.error:null} />
    <div class="action">
      <button type="submit" id="order-review-submit" disabled=${d.busy}>${d.busy?n("submitting"):n("menu.review")}</button>
      ${d.error&&!v?O`<${r} error=${d.error} id="order-review-error" />`:null}
    </div>
  </form>`}function oa({ui:t,order:e,base:o,preselect:n,onDone:i}){let{t:r,lang:s,ErrorText:a}=t,[c,l]=y(null),[$,f]=y("PROCUREMENT"),[d,h]=y(n??""),[v,m]=y(""),[u,E]=y(""),b=Y(s,{untilRemount:!0});V(()=>{let A=!0;return U(Ls,{},{lang:s}).then(C=>A&&l(C.procurements.nodes.filter(w=>!["FAILED","CANCELLED"].includes(w.status))),()=>A&&l([])),()=>{A=!1}},[s]);let p=A=>{A.preventDefault();let C={...o,notice:_(u)};$==="PROCUREMENT"?C.procurementId=d||null:C.projectApplication=_(v),b.run(Gs,C,i)},T=fe(b.error,{notice:"notice",reference:"reference",procurementId:"procurement"},{"MENU-NOTICE":"notice","MENU-CAP":"procurement"}),I=T==="procurement"||$==="PROCUREMENT"&&b.error?.rule==="MENU-FLOW"&&!b.error.field?b.error:null;return O`<form class="reason-form" id="order-implement" onSubmit=${p} novalidate aria-labelledby="order-implement-heading">
    <h3 id="order-implement-heading">${r("menu.implementTitle")}</h3>
    <p>${r("menu.implementIntro",{total:Pe(e.totalFen)})}</p>
    <fieldset class="result">
      <legend>${r("menu.implementBy")}</legend>
      <div class="field checkbox"><input type="radio" name="by" id="order-by-procurement" checked=${$==="PROCUREMENT"} onChange=${()=>f("PROCUREMENT")} />
        <label for="order-by-procurement">${r("menu.byProcurement")}</label></div>
      <div class="field checkbox"><input type="radio" name="by" id="order-by-application" checked=${$==="PROJECT_APPLICATION"} onChange=${()=>f("PROJECT_APPLICATION")} />
        <label for="order-by-application">${r("menu.byApplicationLabel")}</label></div>
    </fieldset>
    ${$==="PROCUREMENT"?O`<div class=${"field"+(I?" invalid":"")}>
          <label for="order-procurement">${r("menu.procurement")}</label>
          <select id="order-procurement" value=${d} onChange=${A=>h(A.currentTarget.value)}
            aria-invalid=${I?"true":void 0} aria-describedby=${"order-procurement-hint"+(I?" order-procurement-error":"")}>
            <option value="">${r("menu.pickProcurement")}</option>
            ${(c??[]).map(A=>O`<option value=${A.id}>${A.title} · ${r("proc.statuses."+A.status)} · ${k(A.budget)}</option>`)}
          </select>
          <p class="hint" id="order-procurement-hint">${r("menu.procurementHint")}</p>
          ${I?O`<${a} error=${I} id="order-procurement-error" />`:null}
        </div>`:O`<${G} ui=${t} id="order-reference" label=${r("menu.reference")} value=${v} onInput=${m} error=${T==="reference"?b.error:null} />`}
    <${G} ui=${t} id="order-implement-notice" label=${r("menu.noticeOf",{step:r("menu.steps.IMPLEMENT")})} rows="2" value=${u} onInput=${E} error=${T==="notice"?b.error:null} />
    <div class="action">
      <button type="submit" id="order-implement-submit" disabled=${b.busy}>${b.busy?r("submitting"):r("menu.implement")}</button>
      ${b.error&&!T&&!I?O`<${a} error=${b.error} id="order-implement-error" />`:null}
    </div>
  </form>`}function ia({ui:t,id:e}){let{t:o,lang:n,ErrorText:i,navigate:r}=t,[s,a]=y(void 0),[c,l]=y(null);if(V(()=>{let f=!0;return U(_o,{id:e},{lang:n}).then(d=>f&&a(d.menuOrder),d=>f&&l(d)),()=>{f=!1}},[e,n]),c)return O`<main id="main"><${i} error=${c} /></main>`;if(s===void 0)return O`<main id="main"><p role="status">${o("loading")}</p></main>`;if(s===null)return O`<main id="main"><h1>${o("menu.notFound")}</h1></main>`;let $={purchaser:s.community.name,title:s.title,description:s.lines.map(f=>`${f.code} ${f.nameZh}\uFF1A${f.needs}`).join(`
`),budget:At(s.totalFen)};return O`<${wt} ui=${t} prefill=${$}
    context=${O`<p class="notice" id="draft-for-order">${o("menu.draftFor",{title:s.title,total:Pe(s.totalFen)})}</p>`}
    onDrafted=${f=>r(`/app/menu-orders/${s.id}?drafted=1&procurement=${f}`)} />`}var D=ae.bind(oe),ra=["OPEN","REVIEWED","RANKED","MATCHED","AWARDED","CANCELLED"],sa=["INDIVIDUAL","ENTERPRISE","FOUNDATION","OTHER"],Qt=`contestId version status title bureau bureauUnit jurisdiction pool granted
  submissionsOpenAt submissionsCloseAt pledgesOpenAt pledgesCloseAt`,aa=`submissionId organisationId organisationName title summary theme requested status submittedAt
  panelRank panelScoreHundredths publicScoreHundredths finalRank finalScoreHundredths raised donors
  matchingRank incentiveScoreHundredths matchClaim matched matchOutcome granted
  contract { id status paid }`,ca=`${Qt} panelWeightPercent shortlistSize bonusTheme committeeId sheetsDigest cancelReason
  matching { kind version percent cap raisedWeightPercent donorsWeightPercent themeBonusPoints tiers { fromRank toRank amount } }
  scoring { criteria { key name maxPoints } }
  submissions { ${aa} }
  ranking { submissionId }`,da=`query Contests($f: ContestListFilter) { contests(filter: $f, first: 100) { totalCount nodes { ${Qt} } } }`,Lo=`query Contest($id: UUID!) { contest(id: $id) { ${ca} } }`,la=`query ToEnter { contestsToEnter { eligible reasons { code message } contest { ${Qt} } } }`,ua="query Mine($o: UUID!) { contestSubmissionsOf(organisationId: $o) { submissionId contestId title status raised matched granted finalRank } }",pa="query Juries($id: UUID!) { contestCommittees(contestId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt } }",ma="mutation OpenCall($i: OpenContestCallInput!) { openContestCall(input: $i) { contestId } }",$a="mutation Submit($i: SubmitContestProjectInput!) { submitContestProject(input: $i) { version } }",ha="mutation Withdraw($i: WithdrawContestProjectInput!) { withdrawContestProject(input: $i) { version } }",fa="mutation Jury($i: ConstituteJuryInput!) { constituteJury(input: $i) { committeeId } }",ga="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",ba="mutation Review($i: RecordContestReviewInput!) { recordContestReview(input: $i) { version } }",ya="mutation Pledge($i: RecordContestPledgeInput!) { recordContestPledge(input: $i) { version } }",va="mutation PublicScores($i: RecordContestPublicScoresInput!) { recordContestPublicScores(input: $i) { version } }",Ea="mutation Rank($i: ContestActionInput!) { rankContest(input: $i) { version } }",Ia="mutation Match($i: ContestActionInput!) { computeContestMatching(input: $i) { version } }",Ta="mutation Grants($i: AwardContestGrantsInput!) { awardContestGrants(input: $i) { version } }",Aa="mutation Cancel($i: CancelContestInput!) { cancelContest(input: $i) { version } }",Re=t=>t==null?0:ie(String(t))??0,Fe=t=>k((t/100).toFixed(2)),rt=t=>t==null?"":(t/100).toFixed(2);function Mo({t,status:e}){return e?D`<span class=${"status status-"+e.toLowerCase()}>${t("contest.statuses."+e)}</span>`:null}function Sa(t){let e=t.ranking.map(o=>t.submissions.find(n=>n.submissionId===o.submissionId)).filter(Boolean);return e.length>0?e:t.submissions.filter(o=>o.status==="SHORTLISTED").sort((o,n)=>o.panelRank-n.panelRank)}function Uo({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,[c,l]=y(e.get("jurisdiction")??i?.jurisdiction??""),[$,f]=y(e.get("status")??""),[d,h]=y(null),[v,m]=y(null),u=e.toString();V(()=>{let b={},p=e.get("jurisdiction")??i?.jurisdiction;p&&(b.jurisdiction=p),e.get("status")&&(b.status=e.get("status"));let T=!0;return m(null),U(da,{f:b},{lang:n}).then(g=>T&&h(g.contests),g=>T&&(m(g),h(null))),()=>{T=!1}},[u,n]);let E=b=>{b.preventDefault();let p=new URLSearchParams;_(c)&&p.set("jurisdiction",_(c)),$&&p.set("status",$),a("/app/contests?"+p.toString())};return D`<main id="main">
    <h1>${o("contest.listTitle")}</h1>
    <p>${o("contest.listIntro")}</p>
    ${i?.role==="purchaser"?D`<p class="actions"><${s} href="/app/contests/new" class="button">${o("contest.openTitle")}<//></p>`:null}
    ${i?.role==="ngo"&&i.organisation?D`<${Ca} ui=${t} /><${wa} ui=${t} />`:null}
    <h2 id="all-contests-heading">${o("contest.allTitle")}</h2>
    <form class="search board-filter" role="search" onSubmit=${E} aria-label=${o("contest.filters")}>
      <div class="field"><label for="contest-jurisdiction">${o("jurisdiction")}</label>
        <input id="contest-jurisdiction" inputmode="numeric" value=${c} onInput=${b=>l(b.currentTarget.value)} /></div>
      <div class="field"><label for="contest-status">${o("state")}</label>
        <select id="contest-status" value=${$} onChange=${b=>f(b.currentTarget.value)}>
          <option value="">${o("contest.anyStatus")}</option>
          ${ra.map(b=>D`<option value=${b}>${o("contest.statuses."+b)}</option>`)}
        </select></div>
      <button type="submit">${o("search")}</button>
    </form>
    <${r} error=${v} />
    ${d&&d.nodes.length===0?D`<p class="empty" role="status">${o("contest.none")}</p>`:null}
    ${d&&d.nodes.length>0?D`<table class="board contests">
          <caption>${o("contest.count",{count:d.totalCount})}</caption>
          <thead><tr><th scope="col">${o("contest.title")}</th><th scope="col">${o("contest.bureau")}</th><th scope="col">${o("contest.pool")}</th><th scope="col">${o("contest.granted")}</th>
            <th scope="col">${o("contest.submissionsClose")}</th><th scope="col">${o("contest.pledgesClose")}</th><th scope="col">${o("state")}</th></tr></thead>
          <tbody>${d.nodes.map(b=>D`<tr>
              <td><${s} href=${"/app/contests/"+b.contestId}>${b.title}<//></td>
              <td>${b.bureau}</td>
              <td class="money">${k(b.pool)}</td>
              <td class="money">${k(b.granted)}</td>
              <td>${M(b.submissionsCloseAt,n)}</td>
              <td>${M(b.pledgesCloseAt,n)}</td>
              <td><${Mo} t=${o} status=${b.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}function Ca({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y(null);return V(()=>{let l=!0;return U(la,{},{lang:o}).then($=>l&&s($.contestsToEnter),$=>l&&c($)),()=>{l=!1}},[o]),D`<section aria-labelledby="to-enter-heading">
    <h2 id="to-enter-heading">${e("contest.toEnterTitle")}</h2>
    <${n} error=${a} />
    ${r&&r.length===0?D`<p class="empty">${e("contest.noneToEnter")}</p>`:null}
    ${r&&r.length>0?D`<table class="board to-enter">
          <caption class="sr-only">${e("contest.toEnterTitle")}</caption>
          <thead><tr><th scope="col">${e("contest.title")}</th><th scope="col">${e("contest.pool")}</th><th scope="col">${e("contest.submissionsClose")}</th><th scope="col">${e("contest.mayEnter")}</th></tr></thead>
          <tbody>${r.map(l=>D`<tr class=${l.eligible?"eligible":"ineligible"}>
              <td><${i} href=${"/app/contests/"+l.contest.contestId}>${l.contest.title}<//></td>
              <td class="money">${k(l.contest.pool)}</td>
              <td>${M(l.contest.submissionsCloseAt,o)}</td>
              <td>${l.eligible?D`<strong class="badge ok">${e("contest.eligible")}</strong>`:D`<span class="badge no">${e("contest.ineligible")}</span>
                    <ul class="reasons">${l.reasons.map($=>D`<li>${$.message} <code class="rule">BID-ELIGIBLE</code></li>`)}</ul>`}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </section>`}function wa({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,Link:r}=t,[s,a]=y(null),[c,l]=y(null);return V(()=>{let $=!0;return U(ua,{o:n.organisation},{lang:o}).then(f=>$&&a(f.contestSubmissionsOf),f=>$&&l(f)),()=>{$=!1}},[o,n.organisation]),D`<section aria-labelledby="my-submissions-heading">
    <h2 id="my-submissions-heading">${e("contest.mineTitle")}</h2>
    <${i} error=${c} />
    ${s&&s.length===0?D`<p class="empty">${e("contest.noneMine")}</p>`:null}
    ${s&&s.length>0?D`<table class="board my-submissions">
          <caption class="sr-only">${e("contest.mineTitle")}</caption>
          <thead><tr><th scope="col">${e("contest.project")}</th><th scope="col">${e("state")}</th><th scope="col">${e("contest.finalRank")}</th>
            <th scope="col">${e("contest.raised")}</th><th scope="col">${e("contest.matched")}</th><th scope="col">${e("contest.granted")}</th></tr></thead>
          <tbody>${s.map($=>D`<tr>
              <td><${r} href=${"/app/contests/"+$.contestId}>${$.title}<//></td>
              <td>${e("contest.submissionStatuses."+$.status)}</td>
              <td>${$.finalRank??""}</td>
              <td class="money">${k($.raised)}</td>
              <td class="money">${k($.matched)}</td>
              <td class="money">${k($.granted)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </section>`}function Rt(t){return Ke(new Date(Date.now()+t*36e5).toISOString())}var Ra={bureau:"bureau",title:"title",poolFen:"pool",pool:"pool",matching:"matching",scoring:"scoring",bonusTheme:"bonusTheme",shortlistSize:"shortlistSize",submissionsOpenAt:"submissionsOpenAt",submissionsCloseAt:"submissionsCloseAt",pledgesOpenAt:"pledgesOpenAt",pledgesCloseAt:"pledgesCloseAt"};function jo({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,navigate:r}=t,[s,a]=y(()=>({bureau:"",title:"",pool:"",kind:"PROPORTIONAL_WITH_CAP",percent:"100",cap:"",bonusTheme:"",shortlistSize:"10",submissionsOpenAt:Rt(0),submissionsCloseAt:Rt(720),pledgesOpenAt:Rt(720),pledgesCloseAt:Rt(1080),criteria:[{name:e("contest.defaultPlan"),points:"75"},{name:e("contest.defaultTeam"),points:"25"}]})),[c,l]=y(null),$=Y(o),f=p=>T=>a(g=>({...g,[p]:T})),d=(p,T,g)=>a(I=>({...I,criteria:I.criteria.map((A,C)=>C===p?{...A,[T]:g}:A)})),h=s.kind==="PROPORTIONAL_WITH_CAP",v=p=>{p.preventDefault();let T=ie(s.pool);if(T==null)return l(new q(e("proc.moneyInvalid"),{code:"VALIDATION",field:"poolFen"}));let g=h?ie(s.cap):null;if(h&&g==null)return l(new q(e("proc.moneyInvalid"),{code:"VALIDATION",field:"matching"}));l(null);let I=h?{kind:s.kind,percent:Number(_(s.percent))||0,capFen:g}:{kind:s.kind},A={bureau:_(s.bureau),title:_(s.title),poolFen:T,matching:I,scoring:{priceWeightPercent:0,criteria:s.criteria.filter(C=>_(C.name)).map((C,w)=>({key:"c"+(w+1),name:_(C.name),maxPoints:Number(_(C.points))||0}))},bonusTheme:_(s.bonusTheme)||null,shortlistSize:Number(_(s.shortlistSize))||0,submissionsOpenAt:Le(s.submissionsOpenAt),submissionsCloseAt:Le(s.submissionsCloseAt),pledgesOpenAt:Le(s.pledgesOpenAt),pledgesCloseAt:Le(s.pledgesCloseAt)};$.run(ma,A,C=>r("/app/contests/"+C.openContestCall.contestId+"?opened=1"))},m=c??$.error,u=fe(m,Ra,{"CONTEST-WINDOW":"submissionsCloseAt","CONTEST-MATCHING":"matching"}),E=p=>u===p?m:null,b=(p,T,g={})=>D`<${G} ui=${t} id=${"call-"+p} label=${e(T)} value=${s[p]} onInput=${f(p)} error=${E(p)} ...${g} />`;return D`<main id="main">
    <h1>${e("contest.openTitle")}</h1>
    <p>${e("contest.openIntro",{jurisdiction:n.jurisdiction??""})}</p>
    <form class="apply draft call" onSubmit=${v} novalidate>
      ${b("bureau","contest.bureau")}
      ${b("title","contest.title")}
      ${b("pool","contest.pool",{inputmode:"decimal",hint:e("proc.priceHint")})}
      <fieldset class=${"members matching"+(u==="matching"?" invalid":"")}>
        <legend>${e("contest.matchingPolicy")}</legend>
        ${["PROPORTIONAL_WITH_CAP","INCENTIVE_TIERS"].map(p=>D`<div class="field checkbox"><input type="radio" name="call-kind" id=${"call-kind-"+p} checked=${s.kind===p} onChange=${()=>f("kind")(p)} />
            <label for=${"call-kind-"+p}>${e("contest.kinds."+p)}</label></div>`)}
        <p class="hint">${e(h?"contest.proportionalHint":"contest.tiersHint")}</p>
        ${h?D`<${G} ui=${t} id="call-percent" label=${e("contest.percent")} inputmode="numeric" value=${s.percent} onInput=${f("percent")} />
              <${G} ui=${t} id="call-cap" label=${e("contest.cap")} inputmode="decimal" value=${s.cap} onInput=${f("cap")} />`:null}
        ${u==="matching"?D`<${i} error=${m} id="call-matching-error" />`:null}
      </fieldset>
      <fieldset class=${"members scoring"+(u==="scoring"?" invalid":"")}>
        <legend>${e("contest.scoring")}</legend>
        <p class="hint">${e("contest.scoringHint")}</p>
        ${s.criteria.map((p,T)=>D`<div class="criterion">
            <div class="field"><label for=${"call-criterion-"+T}>${e("proc.criterion",{n:T+1})}</label>
              <input id=${"call-criterion-"+T} value=${p.name} onInput=${g=>d(T,"name",g.currentTarget.value)} /></div>
            <div class="field"><label for=${"call-points-"+T}>${e("proc.maxPoints")}</label>
              <input id=${"call-points-"+T} inputmode="numeric" value=${p.points} onInput=${g=>d(T,"points",g.currentTarget.value)} /></div>
          </div>`)}
        ${u==="scoring"?D`<${i} error=${m} id="call-scoring-error" />`:null}
      </fieldset>
      ${b("bonusTheme","contest.bonusTheme",{hint:e("contest.bonusThemeHint")})}
      ${b("shortlistSize","contest.shortlistSize",{inputmode:"numeric"})}
      ${b("submissionsOpenAt","contest.submissionsOpen",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      ${b("submissionsCloseAt","contest.submissionsClose",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      ${b("pledgesOpenAt","contest.pledgesOpen",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      ${b("pledgesCloseAt","contest.pledgesClose",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      <div class="action">
        <button type="submit" id="call-submit" disabled=${$.busy}>${$.busy?e("submitting"):e("contest.open")}</button>
        ${m&&!u?D`<${i} error=${m} id="call-error" />`:null}
      </div>
    </form>
  </main>`}function _a({t,c:e}){let o=Re(e.pool),n=Re(e.granted),i=e.submissions.reduce((c,l)=>c+Re(l.matched),0),r=e.status==="AWARDED"||e.status==="CANCELLED"?0:Math.max(0,i-n),s=Math.max(0,o-n-r),a=t("contest.poolDescribe",{pool:Fe(o),granted:Fe(n),pending:Fe(r),left:Fe(s)});return D`<${Ye}
    id="pool-chart"
    title=${t("contest.poolChart")}
    describe=${a}
    format=${Fe}
    parts=${[{key:"granted",label:t("contest.granted"),value:n,className:"paid"},{key:"pending",label:t("contest.matchedNotGranted"),value:r,className:"owed"},{key:"left",label:t("contest.left"),value:s,className:"later"}]}
  />`}function Da({t,rows:e}){let o=[{label:t("contest.raised"),className:"contracted"},{label:t("contest.matched"),className:"owed"},{label:t("contest.granted"),className:"paid"}],n=e.map(r=>({key:r.submissionId,label:r.title,values:[Re(r.raised),Re(r.matched),Re(r.granted)]})),i=n.map(r=>t("contest.moneyDescribe",{title:r.label,raised:Fe(r.values[0]),matched:Fe(r.values[1]),granted:Fe(r.values[2])})).join(t("listSeparator"));return D`<${It} id="money-chart" title=${t("contest.moneyChart")} describe=${i} series=${o} rows=${n} format=${Fe} />`}function Pa(t,e){if(!e)return"";if(e.kind==="PROPORTIONAL_WITH_CAP")return t("contest.proportionalText",{percent:e.percent,cap:k(e.cap)});let o=e.tiers.map(n=>t("contest.tierText",{from:n.fromRank,to:n.toRank,amount:k(n.amount)})).join(t("listSeparator"));return t("contest.tiersText",{raised:e.raisedWeightPercent,donors:e.donorsWeightPercent,bonus:e.themeBonusPoints,tiers:o})}function Bo({ui:t,id:e,flash:o}){let{t:n,lang:i,claims:r,ErrorText:s,Link:a}=t,[c,l]=y(void 0),[$,f]=y(null),[d,h]=y(o),[v,m]=y(0);if(V(()=>{let g=!0;return U(Lo,{id:e},{lang:i}).then(I=>g&&l(I.contest),I=>g&&f(I)),()=>{g=!1}},[e,i]),$)return D`<main id="main"><${s} error=${$} /></main>`;if(c===void 0)return D`<main id="main"><p role="status">${n("loading")}</p></main>`;if(c===null)return D`<main id="main"><h1>${n("contest.notFound")}</h1></main>`;let u=r?.role==="purchaser"&&r.organisation===c.bureauUnit,E=async g=>{let I=await U(Lo,{id:e},{lang:i});l(I.contest),h(g),m(A=>A+1)},b=(g,I,A)=>D`<div><dt>${n(g)}</dt><dd id=${A}>${I}</dd></div>`,p=Sa(c),T=p.filter(g=>Re(g.raised)>0||Re(g.matched)>0||Re(g.granted)>0);return D`<main id="main" class="contest">
    <h1>${c.title}</h1>
    ${d?D`<p class="notice" role="status">${d}</p>`:null}
    <p><${Mo} t=${n} status=${c.status} /> ${c.bureau} · ${n("jurisdiction")} ${c.jurisdiction}</p>
    ${c.cancelReason?D`<p class="notice" id="contest-cancelled">${n("contest.cancelledText",{reason:c.cancelReason})}</p>`:null}
    <section aria-labelledby="call-heading">
      <h2 id="call-heading">${n("contest.terms")}</h2>
      <dl class="facts">
        ${b("contest.pool",k(c.pool),"contest-pool")}
        ${b("contest.granted",k(c.granted),"contest-granted")}
        ${b("contest.matchingPolicy",Pa(n,c.matching),"contest-policy")}
        ${b("contest.policyVersion",D`<code>${c.matching?.version}</code>`)}
        ${b("contest.weights",n("contest.weightsText",{panel:c.panelWeightPercent,public:100-c.panelWeightPercent}))}
        ${b("contest.shortlistSize",String(c.shortlistSize))}
        ${c.bonusTheme?b("contest.bonusTheme",c.bonusTheme):null}
        ${b("contest.scoring",(c.scoring?.criteria??[]).map(g=>`${g.name} ${g.maxPoints}`).join("\uFF1B"))}
        ${b("contest.submissionsWindow",`${M(c.submissionsOpenAt,i)} \u2013 ${M(c.submissionsCloseAt,i)} ${n("proc.chinaTime")}`,"contest-submissions-window")}
        ${b("contest.pledgesWindow",`${M(c.pledgesOpenAt,i)} \u2013 ${M(c.pledgesCloseAt,i)} ${n("proc.chinaTime")}`,"contest-pledges-window")}
      </dl>
      <${_a} t=${n} c=${c} />
    </section>
    ${p.length>0?D`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n(c.ranking.length>0?"contest.ranking":"contest.shortlist")}</h2>
          <table class="ranking contest-ranking">
            <caption class="sr-only">${n("contest.ranking")}</caption>
            <thead><tr><th scope="col">${n("contest.rankColumn")}</th><th scope="col">${n("contest.project")}</th><th scope="col">${n("organisation")}</th>
              <th scope="col">${n("contest.panelScore")}</th><th scope="col">${n("contest.publicScore")}</th><th scope="col">${n("contest.finalScore")}</th>
              <th scope="col">${n("contest.raised")}</th><th scope="col">${n("contest.donors")}</th><th scope="col">${n("contest.matched")}</th>
              <th scope="col">${n("contest.granted")}</th><th scope="col">${n("contest.spent")}</th></tr></thead>
            <tbody>${p.map(g=>D`<tr data-submission=${g.submissionId}>
                <td>${g.finalRank??g.panelRank}</td>
                <th scope="row">${g.title}</th>
                <td>${g.organisationName}</td>
                <td>${rt(g.panelScoreHundredths)}</td>
                <td>${rt(g.publicScoreHundredths)}</td>
                <td>${rt(g.finalScoreHundredths)}</td>
                <td class="money">${k(g.raised)}</td>
                <td>${g.donors}</td>
                <td class="money">${g.matched!=null?D`${k(g.matched)}<br /><span class="hint">${n("contest.outcomes."+g.matchOutcome)}</span>`:""}</td>
                <td class="money">${g.granted!=null?k(g.granted):""}</td>
                <td class="money">${g.contract?D`<${a} href=${"/app/contracts/"+g.contract.id}>${k(g.contract.paid)}<//>`:g.granted!=null?D`<span class="hint">${n("contest.noContract")}</span>`:""}</td>
              </tr>`)}</tbody>
          </table>
          ${T.length>0?D`<${Da} t=${n} rows=${T} />`:null}
        </section>`:null}
    <section aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">${n("contest.submissions")}</h2>
      ${c.submissions.length===0?D`<p class="empty">${n("contest.noSubmissions")}</p>`:null}
      ${c.submissions.length>0?D`<table class="submissions">
            <caption class="sr-only">${n("contest.submissions")}</caption>
            <thead><tr><th scope="col">${n("contest.project")}</th><th scope="col">${n("organisation")}</th><th scope="col">${n("contest.requested")}</th>
              <th scope="col">${n("contest.submittedAt")}</th><th scope="col">${n("contest.panelRank")}</th><th scope="col">${n("state")}</th></tr></thead>
            <tbody>${c.submissions.map(g=>D`<tr data-submission=${g.submissionId}>
                <th scope="row">${g.title}${g.theme?D` <span class="badge">${g.theme}</span>`:null}<br /><span class="hint">${g.summary}</span></th>
                <td>${g.organisationName}</td>
                <td class="money">${k(g.requested)}</td>
                <td>${M(g.submittedAt,i)}</td>
                <td>${g.panelRank?`${g.panelRank}\uFF08${rt(g.panelScoreHundredths)}\uFF09`:""}</td>
                <td>${n("contest.submissionStatuses."+g.status)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    </section>
    ${u?D`<${Ua} ui=${t} c=${c} ranked=${p} generation=${v} onDone=${E} />`:null}
    ${r?.role==="ngo"&&r.organisation?D`<${ka} key=${"entrant"+c.version} ui=${t} c=${c} onDone=${E} />`:null}
  </main>`}var Na={title:"title",summary:"summary",requestedFen:"requested",requested:"requested",theme:"theme"},Oa=t=>fe(t&&{...t,field:String(t.field??"").replace(/^project\./,"")},Na);function ka({ui:t,c:e,onDone:o}){let{t:n,lang:i,claims:r,ErrorText:s}=t,[a,c]=y({title:"",summary:"",requested:"",theme:""}),[l,$]=y(null),f=Y(i,{untilRemount:!0}),h=e.submissions.filter(p=>p.organisationId===r.organisation).filter(p=>!["WITHDRAWN","NOT_SHORTLISTED","GRANTED","LIBRARY"].includes(p.status)),v=p=>T=>c(g=>({...g,[p]:T})),m=p=>{p.preventDefault();let T=ie(a.requested);if(T==null)return $(new q(n("proc.moneyInvalid"),{code:"VALIDATION",field:"requestedFen"}));$(null);let g={contestId:e.contestId,organisationId:r.organisation,title:_(a.title),summary:_(a.summary),requestedFen:T,expectedVersion:e.version};_(a.theme)&&(g.theme=_(a.theme)),f.run($a,g,()=>o(n("contest.submitted")))},u=l??f.error,E=Oa(u),b=p=>E===p?u:null;return D`<section class="decision" aria-labelledby="entrant-heading">
    <h2 id="entrant-heading">${n("contest.entrantTitle")}</h2>
    ${h.map(p=>D`<p>${n("contest.yourProject",{title:p.title,status:n("contest.submissionStatuses."+p.status)})}</p>
        ${["OPEN","REVIEWED"].includes(e.status)?D`<${be} key=${"withdraw"+p.submissionId+e.version} ui=${t} id=${"withdraw-"+p.submissionId} title=${n("contest.withdrawTitle",{title:p.title})}
              intro=${n("contest.withdrawIntro")} submitLabel=${n("contest.withdraw")} danger untilRemount mutation=${ha}
              input=${{contestId:e.contestId,submissionId:p.submissionId,expectedVersion:e.version}} onDone=${()=>o(n("contest.withdrawn"))} />`:null}`)}
    ${e.status==="OPEN"?D`<form class="apply project" onSubmit=${m} novalidate aria-labelledby="project-heading">
          <h3 id="project-heading">${n("contest.submitTitle")}</h3>
          <p>${n("contest.submitIntro",{close:M(e.submissionsCloseAt,i)})}</p>
          <${G} ui=${t} id="project-title" label=${n("contest.projectTitle")} value=${a.title} onInput=${v("title")} error=${b("title")} />
          <${G} ui=${t} id="project-summary" label=${n("contest.summary")} rows="3" value=${a.summary} onInput=${v("summary")} error=${b("summary")} />
          <${G} ui=${t} id="project-requested" label=${n("contest.requested")} inputmode="decimal" value=${a.requested} onInput=${v("requested")} hint=${n("proc.priceHint")} error=${b("requested")} />
          <${G} ui=${t} id="project-theme" label=${n("contest.theme")} value=${a.theme} onInput=${v("theme")} hint=${e.bonusTheme?n("contest.themeHint",{theme:e.bonusTheme}):void 0} error=${b("theme")} />
          <div class="action">
            <button type="submit" id="project-submit" disabled=${f.busy}>${f.busy?n("submitting"):n("contest.submit")}</button>
            ${u&&!E?D`<${s} error=${u} id="project-error" />`:null}
          </div>
        </form>`:h.length===0?D`<p class="empty">${n("contest.notTaking")}</p>`:null}
  </section>`}function xa({ui:t,c:e,generation:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y([]),[l,$]=y("5"),[f,d]=y(null),h=Y(r);V(()=>{let E=!0;return U(pa,{id:e.contestId},{lang:r}).then(b=>E&&c(b.contestCommittees),b=>E&&d(b)),()=>{E=!1}},[e.contestId,o,r]);let v=a.find(E=>E.status==="SCORING"),m=[...a].reverse().find(E=>E.status==="CONCLUDED"),u=Date.now()>=Date.parse(e.submissionsCloseAt);return D`<div class="jury">
    <h3>${i("contest.jury")}</h3>
    <${s} error=${f} />
    ${u?null:D`<p class="hint">${i("contest.juryAfterClose",{close:M(e.submissionsCloseAt,r)})}</p>`}
    ${a.length>0?D`<table class="committees"><caption>${i("contest.jury")}</caption>
          <thead><tr><th scope="col">${i("state")}</th><th scope="col">${i("proc.seats")}</th><th scope="col">${i("proc.submitted")}</th><th scope="col">${i("proc.constitutedAt")}</th></tr></thead>
          <tbody>${a.map(E=>D`<tr><td>${i("proc.committeeStatuses."+E.status)}</td><td>${E.sitting} / ${E.seats}</td><td>${E.submitted} / ${E.sitting}</td><td>${M(E.constitutedAt,r)}</td></tr>`)}</tbody></table>`:null}
    ${v?v.submitted<v.sitting?D`<p class="hint" id="jury-waiting">${i("contest.juryWaiting",{count:v.sitting-v.submitted})}</p>`:D`<${ve} ui=${t} id="jury-conclude" label=${i("proc.conclude")} mutation=${ga}
            input=${{committeeId:v.committeeId,expectedVersion:v.version}} onDone=${()=>n(i("proc.concluded"))} />`:null}
    ${!v&&!m?D`<form class="constitute" onSubmit=${E=>{E.preventDefault(),h.run(fa,{contestId:e.contestId,experts:Number(_(l))||0,representatives:[]},()=>n(i("contest.juryConstituted")))}}>
          <div class="field"><label for="jury-experts">${i("proc.experts")}</label>
            <input id="jury-experts" inputmode="numeric" value=${l} onInput=${E=>$(E.currentTarget.value)} /></div>
          <div class="action"><button type="submit" id="jury-constitute" disabled=${h.busy}>${i("contest.constitute")}</button>
            <${s} error=${h.error} id="jury-constitute-error" /></div>
        </form>`:null}
    ${m?D`<p>${i("contest.reviewIntro",{size:e.shortlistSize})}</p>
          <${ve} ui=${t} id="record-review" label=${i("contest.recordReview")} mutation=${ba}
            input=${{contestId:e.contestId,committeeId:m.committeeId,expectedVersion:e.version}} onDone=${()=>n(i("contest.reviewed"))} />`:null}
  </div>`}function La({ui:t,c:e,ranked:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y({submissionId:o[0]?.submissionId??"",donorKind:"INDIVIDUAL",donor:"",amount:""}),[l,$]=y(null),f=Y(r,{untilRemount:!0}),d=u=>E=>c(b=>({...b,[u]:E})),h=u=>{u.preventDefault();let E=ie(a.amount);if(E==null)return $(new q(i("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));$(null),f.run(ya,{contestId:e.contestId,submissionId:a.submissionId,donorKind:a.donorKind,donor:_(a.donor),amountFen:E,expectedVersion:e.version},()=>n(i("contest.pledged")))},v=l??f.error,m=fe(v,{amountFen:"amount",amount:"amount",donor:"donor"},{"CONTEST-PLEDGE":"submission"});return D`<form class="pledge" onSubmit=${h} novalidate aria-labelledby="pledge-heading">
    <h3 id="pledge-heading">${i("contest.pledgeTitle")}</h3>
    <p>${i("contest.pledgeIntro",{from:M(e.pledgesOpenAt,r),to:M(e.pledgesCloseAt,r)})}</p>
    <div class=${"field"+(m==="submission"?" invalid":"")}><label for="pledge-submission">${i("contest.project")}</label>
      <select id="pledge-submission" value=${a.submissionId} aria-invalid=${m==="submission"?"true":void 0} aria-describedby=${m==="submission"?"pledge-submission-error":void 0}
        onChange=${u=>d("submissionId")(u.currentTarget.value)}>
        ${o.map(u=>D`<option value=${u.submissionId}>${u.title}（${u.organisationName}）</option>`)}
      </select>
      ${m==="submission"?D`<${s} error=${v} id="pledge-submission-error" />`:null}</div>
    <div class="field"><label for="pledge-kind">${i("contest.donorKind")}</label>
      <select id="pledge-kind" value=${a.donorKind} onChange=${u=>d("donorKind")(u.currentTarget.value)}>
        ${sa.map(u=>D`<option value=${u}>${i("contest.donorKinds."+u)}</option>`)}
      </select></div>
    <${G} ui=${t} id="pledge-donor" label=${i("contest.donor")} value=${a.donor} onInput=${d("donor")} hint=${i("contest.donorHint")} error=${m==="donor"?v:null} />
    <${G} ui=${t} id="pledge-amount" label=${i("contest.amount")} inputmode="decimal" value=${a.amount} onInput=${d("amount")} error=${m==="amount"?v:null} />
    <div class="action">
      <button type="submit" id="pledge-submit" disabled=${f.busy}>${f.busy?i("submitting"):i("contest.recordPledge")}</button>
      ${v&&!m?D`<${s} error=${v} id="pledge-error" />`:null}
    </div>
  </form>`}function Fa({ui:t,c:e,ranked:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y(()=>Object.fromEntries(o.map(m=>[m.submissionId,rt(m.publicScoreHundredths)]))),[l,$]=y(null),f=Y(r,{untilRemount:!0}),d=m=>{m.preventDefault();let u=[];for(let E of o){let b=_(a[E.submissionId]);if(!b)continue;let p=nt(b);if(p==null||p>1e4)return $({id:E.submissionId,error:new q(i("contest.scoreInvalid"),{code:"VALIDATION"})});u.push({submissionId:E.submissionId,scoreHundredths:p})}$(null),f.run(va,{contestId:e.contestId,scores:u,expectedVersion:e.version},()=>n(i("contest.publicScored")))},h=f.error?o.find(m=>f.error.message.includes(m.submissionId))?.submissionId:null,v=m=>l?.id===m?l.error:h===m?f.error:null;return D`<form class="public-scores" onSubmit=${d} novalidate aria-labelledby="public-heading">
    <h3 id="public-heading">${i("contest.publicTitle")}</h3>
    <p>${i("contest.publicIntro")}</p>
    ${o.map((m,u)=>{let E=v(m.submissionId);return D`<${G} ui=${t} id=${"public-"+u} label=${i("contest.publicScoreOf",{title:m.title})} inputmode="decimal" value=${a[m.submissionId]??""}
        onInput=${b=>c(p=>({...p,[m.submissionId]:b}))} error=${E} />`})}
    <div class="action">
      <button type="submit" id="public-submit" disabled=${f.busy}>${f.busy?i("submitting"):i("contest.recordPublic")}</button>
      ${f.error&&!h?D`<${s} error=${f.error} id="public-error" />`:null}
    </div>
  </form>`}function Ma({ui:t,c:e,ranked:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,a=o.filter(u=>Re(u.matched)>0),[c,l]=y(()=>Object.fromEntries(a.map(u=>[u.submissionId,(Re(u.matched)/100).toFixed(2)]))),[$,f]=y(null),d=Y(r,{untilRemount:!0}),h=u=>{u.preventDefault();let E=[];for(let b of a){let p=_(c[b.submissionId]);if(!p)continue;let T=ie(p);if(T==null)return f({id:b.submissionId,error:new q(i("proc.moneyInvalid"),{code:"VALIDATION"})});E.push({submissionId:b.submissionId,amountFen:T})}f(null),d.run(Ta,{contestId:e.contestId,grants:E,expectedVersion:e.version},()=>n(i("contest.awarded")))},v=d.error?a.find(u=>d.error.message.includes(u.title)||d.error.message.includes(u.submissionId))?.submissionId:null,m=u=>$?.id===u?$.error:v===u?d.error:null;return D`<form class="grants" onSubmit=${h} novalidate aria-labelledby="grants-heading">
    <h3 id="grants-heading">${i("contest.grantsTitle")}</h3>
    <p>${i("contest.grantsIntro")}</p>
    ${a.length===0?D`<p class="empty">${i("contest.noMatches")}</p>`:null}
    ${a.map((u,E)=>D`<${G} ui=${t} id=${"grant-"+E} label=${i("contest.grantOf",{title:u.title,matched:k(u.matched)})} inputmode="decimal"
        value=${c[u.submissionId]??""} onInput=${b=>l(p=>({...p,[u.submissionId]:b}))} error=${m(u.submissionId)} />`)}
    <div class="action">
      <button type="submit" id="grants-submit" disabled=${d.busy}>${d.busy?i("submitting"):i("contest.award")}</button>
      ${d.error&&!v?D`<${s} error=${d.error} id="grants-error" />`:null}
    </div>
  </form>`}function Fo(t){let e=new Date(qe()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function Ua({ui:t,c:e,ranked:o,generation:n,onDone:i}){let{t:r,lang:s}=t,[a,c]=y(null),l={contestId:e.contestId,expectedVersion:e.version},$=e.submissions.filter(d=>d.granted!=null&&!d.contract),f=["REVIEWED","RANKED"].includes(e.status);return D`<section class="decision" aria-labelledby="bureau-heading">
    <h2 id="bureau-heading">${r("contest.bureauActions")}</h2>
    ${e.status==="OPEN"?D`<${xa} ui=${t} c=${e} generation=${n} onDone=${i} />`:null}
    ${e.status==="REVIEWED"?D`<${Fa} key=${"public"+e.version} ui=${t} c=${e} ranked=${o} onDone=${i} />`:null}
    ${e.status==="REVIEWED"?D`<h3>${r("contest.rankTitle")}</h3><p>${r("contest.rankIntro",{panel:e.panelWeightPercent,public:100-e.panelWeightPercent})}</p>
          <${ve} ui=${t} id="rank" label=${r("contest.rankButton")} mutation=${Ea} input=${l} onDone=${()=>i(r("contest.ranked"))} />`:null}
    ${f?D`<${La} key=${"pledge"+e.version} ui=${t} c=${e} ranked=${o} onDone=${i} />`:null}
    ${e.status==="RANKED"?D`<h3>${r("contest.matchTitle")}</h3><p>${r("contest.matchIntro",{close:M(e.pledgesCloseAt,s)})}</p>
          <${ve} ui=${t} id="compute-matching" label=${r("contest.computeMatching")} mutation=${Ia} input=${l} onDone=${()=>i(r("contest.matchedDone"))} />`:null}
    ${e.status==="MATCHED"?D`<${Ma} key=${"grants"+e.version} ui=${t} c=${e} ranked=${o} onDone=${i} />`:null}
    ${$.length>0?D`<h3>${r("contest.contractsTitle")}</h3>
          <p>${r("contest.contractsIntro")}</p>
          ${$.map(d=>D`<p><button type="button" class="secondary" id=${"sign-grant-"+d.submissionId} aria-expanded=${a===d.submissionId?"true":"false"}
              onClick=${()=>c(d.submissionId)}>${r("contest.signFor",{title:d.title,amount:k(d.granted)})}</button></p>`)}
          ${a&&$.some(d=>d.submissionId===a)?(()=>{let d=$.find(h=>h.submissionId===a);return D`<${St} key=${a} ui=${t} supplierName=${d.organisationName}
                  grant=${{contestId:e.contestId,submissionId:d.submissionId,amount:d.granted,serviceStart:Fo(1),serviceEnd:Fo(365)}} />`})():null}`:null}
    ${["AWARDED","CANCELLED"].includes(e.status)?null:D`<${be} key=${"cancel"+e.version} ui=${t} id="contest-cancel" title=${r("contest.cancelTitle")} intro=${r("contest.cancelIntro")} submitLabel=${r("contest.cancel")} danger
          untilRemount mutation=${Aa} input=${l} onDone=${()=>i(r("contest.cancelled"))} />`}
  </section>`}var R=ae.bind(oe),Go=yn(null),Ce=()=>Dn(Go);function Ho(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),o=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(o)return{screen:"organisation",id:o[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let n=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"procurement",id:n[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let i=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"committee",id:i[1]};if(t==="contracts")return{screen:"contracts"};let r=/^contracts\/([0-9a-fA-F-]{36})$/.exec(t);if(r)return{screen:"contract",id:r[1]};let s=/^evaluations\/([0-9a-fA-F-]{36})$/.exec(t);if(s)return{screen:"evaluation",id:s[1]};let a=/^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(t);if(a)return{screen:"purchaseAudit",id:a[1]};if(t==="statistics")return{screen:"statistics",params:e};if(t==="evaluations")return{screen:"evaluations"};let c=Do(t,e);if(c)return c;if(t==="contests")return{screen:"contests",params:e};if(t==="contests/new")return{screen:"openCall"};let l=/^contests\/([0-9a-fA-F-]{36})$/.exec(t);return l?{screen:"contest",id:l[1]}:{screen:"home"}}function Dt(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function $e({href:t,children:e,...o}){return R`<a href=${t} onClick=${i=>{i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey||(i.preventDefault(),Dt(t))}} ...${o}>${e}</a>`}function ja(t,e){let o=t("rules."+e);return o==="rules."+e?"":t("ruleSeparator")+o}function Ne({error:t,id:e}){let{t:o,lang:n}=Ce();if(!t)return null;let i=t.code==="CONFLICT"?o("conflict"):t.code==="NETWORK"?o("networkError",{message:t.message}):t.message,r=n==="zh"&&t.rule?o("ruleText."+t.rule):null,s=r&&r!=="ruleText."+t.rule;return R`<p class="error" id=${e} role="alert">
    ${s?R`${r} <span class="detail" lang="en">${i}</span>`:i}${t.rule?R` <span class="rule">(${o("ruleLabel",{rule:t.rule})}${ja(o,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?R` <button type="button" class="link" onClick=${()=>location.reload()}>${o("reload")}</button>`:null}
  </p>`}function Se({id:t,label:e,error:o,children:n,hint:i}){return R`<div class=${"field"+(o?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${n}
    ${i?R`<p class="hint" id=${t+"-hint"}>${i}</p>`:null}
    <${Ne} error=${o} id=${t+"-error"} />
  </div>`}function Be(t,e,o){return[o?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function qo({status:t}){let{t:e}=Ce();return t?R`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function Yo(t,e){return t("cases."+e.kind,{year:e.year})}function Ba({notice:t,onToken:e}){let{t:o,lang:n}=Ce(),[i,r]=y(""),[s,a]=y(""),[c,l]=y(""),[$,f]=y(null),[d,h]=y(null),[v,m]=y(!1),u=async b=>{if(b.preventDefault(),!v){m(!0),f(null);try{let p=await U("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:_(i),p:s},{lang:n,token:null});e(p.signIn.token)}catch(p){f(p)}finally{m(!1)}}},E=b=>{b.preventDefault();let p=yt(c);if(!p)return h(new q(o("tokenMalformed"),{code:"VALIDATION"}));if(p.exp*1e3<=Date.now())return h(new q(o("tokenExpired"),{code:"UNAUTHENTICATED"}));e(c.trim())};return R`<main id="main" class="sign-in">
    <h1>${o("signInTitle")}</h1>
    ${t?R`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${u} aria-labelledby="password-heading">
        <h2 id="password-heading">${o("signInPassword")}</h2>
        <${Se} id="username" label=${o("username")}>
          <input id="username" name="username" autocomplete="username" value=${i} onInput=${b=>r(b.currentTarget.value)} />
        <//>
        <${Se} id="password" label=${o("password")} error=${$}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${s}
            aria-describedby=${Be("password",$)} aria-invalid=${$?"true":void 0}
            onInput=${b=>a(b.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${v}>${o("signIn")}</button>
      </form>
      <form onSubmit=${E} aria-labelledby="token-heading">
        <h2 id="token-heading">${o("signInToken")}</h2>
        <${Se} id="token" label=${o("token")} error=${d} hint=${o("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${c}
            aria-describedby=${Be("token",d,!0)} aria-invalid=${d?"true":void 0}
            onInput=${b=>l(b.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${o("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var Ha=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function Va(t,e){let o=[],n=null;for(let i=0;i<10;i++){let r=await U(Ha,{j:t,after:n},{lang:e});for(let s of r.organisations.nodes)for(let a of s.openCases)o.push({org:s,case:a});if(!r.organisations.pageInfo.hasNextPage)break;n=r.organisations.pageInfo.endCursor}return o.sort((i,r)=>Number(r.case.overdue)-Number(i.case.overdue)||i.case.due.localeCompare(r.case.due)||i.org.name.localeCompare(r.org.name)),o}function Wa(t,e){let o=new Date(t+"T00:00:00Z");return o.setUTCDate(o.getUTCDate()+e),o.toISOString().slice(0,10)}function Ga({rows:t,today:e}){let{t:o,lang:n}=Ce(),i=Array.from({length:7},(c,l)=>Wa(e,l)),r=new Intl.DateTimeFormat(n==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),s=[{key:"overdue",label:o("overdue"),count:t.filter(c=>c.case.overdue).length,className:"overdue"},...i.map((c,l)=>({key:c,label:l===0?o("today"):r.format(new Date(c+"T00:00:00Z")),sublabel:c.slice(5).replace("-","/"),count:t.filter($=>!$.case.overdue&&$.case.due===c).length,className:l===0?"today":""}))],a=o("weekChartDescribe",{overdue:s[0].count,days:s.slice(1).map(c=>`${de(c.key,n)} ${c.count}`).join(o("listSeparator"))});return R`<${to} id="week-chart" title=${o("weekChartTitle")} describe=${a} bars=${s} />`}function qa(){let{t,lang:e,claims:o}=Ce(),[n,i]=y(null),[r,s]=y(null);V(()=>{let c=!0;return i(null),Va(o.jurisdiction,e).then(l=>c&&i(l),l=>c&&s(l)),()=>{c=!1}},[o.jurisdiction,e]);let a=qe();return R`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${Ne} error=${r} />
    ${n==null&&!r?R`<p role="status">${t("loading")}</p>`:null}
    ${n&&n.length===0?R`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${n&&n.length>0?R`<${Ga} rows=${n} today=${a} />`:null}
    ${n&&n.length>0?R`<table class="queue">
          <caption>${t("queueTitle")} · ${de(a,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${n.map(c=>R`<tr class=${c.case.overdue?"overdue":""}>
                <td>${c.case.overdue?R`<strong class="badge overdue">${t("overdue")}</strong>`:c.case.due===a?R`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${de(c.case.due,e)}</td>
                <td>${Yo(t,c.case)}</td>
                <td><${$e} href=${"/app/organisations/"+c.org.id}>${c.org.name}<//></td>
                <td><code>${c.case.rule}</code></td>
                <td>${de(c.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var Ya=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],Ka=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function Vo({params:t}){let{t:e,lang:o}=Ce(),[n,i]=y(t.get("name")??""),[r,s]=y(t.get("code")??""),[a,c]=y(t.get("status")??""),[l,$]=y(null),[f,d]=y(null),[h,v]=y(!1),m=Xe(async p=>{v(!0),d(null);try{$(await U(Ka,{filter:p},{lang:o}))}catch(T){d(T),$(null)}finally{v(!1)}},[o]),u=(p,T,g)=>{let I={};return _(p)&&(I.nameContains=_(p)),Te(T)&&(I.creditCode=Te(T)),g&&(I.status=g),I};V(()=>{t.toString()&&m(u(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),m]);let E=p=>{p.preventDefault();let T=new URLSearchParams;_(n)&&T.set("name",_(n)),Te(r)&&T.set("code",Te(r)),a&&T.set("status",a),s(Te(r));let g="/app/search"+(T.toString()?"?"+T:"");g===location.pathname+location.search?m(u(n,r,a)):Dt(g)},b=f&&(f.field==="creditCode"||/credit/i.test(f.field??""))?f:null;return R`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${E} role="search">
      <${Se} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${n} onInput=${p=>i(p.currentTarget.value)} />
      <//>
      <${Se} id="search-code" label=${e("searchCreditCode")} error=${b}>
        <input id="search-code" value=${r} spellcheck=${!1} autocomplete="off"
          aria-describedby=${Be("search-code",b)} aria-invalid=${b?"true":void 0}
          onInput=${p=>s(p.currentTarget.value)} onBlur=${()=>s(Te(r))} />
      <//>
      <${Se} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${a} onChange=${p=>c(p.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${Ya.map(p=>R`<option value=${p}>${e("statuses."+p)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${h}>${e("search")}</button>
    </form>
    ${b?null:R`<${Ne} error=${f} />`}
    ${l?l.organisations.nodes.length===0?R`<p class="empty" role="status">${e("noResults")}</p>`:R`<table class="results">
            <caption role="status">${e("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(p=>R`<tr>
                  <td><${$e} href=${"/app/organisations/"+p.id}>${p.name}<//></td>
                  <td><code>${p.creditCode}</code></td>
                  <td>${p.kind?e("kinds."+p.kind):""}</td>
                  <td><${qo} status=${p.status} /></td>
                  <td>${M(p.appliedAt,o)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var Za=`query Profile($id: UUID!) {
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
}`,Ko={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function za({org:t,onDecided:e}){let{t:o,lang:n,claims:i}=Ce(),[r,s]=y(""),[a,c]=y(null),[l,$]=y(null),f=Ae(!1),d=Ae({}),h=Ko[t.status];if(!h||i?.role!=="registrar")return null;let v=async E=>{if(f.current)return;f.current=!0,$(E),c(null),d.current[E]??=We();let b={organisationId:t.id,commandId:d.current[E],expectedVersion:t.version};E==="refuse"&&(b.reason=_(r));let p=h[E],T=!1;try{await U(`mutation($i: ${h[E+"Type"]}!) { ${p}(input: $i) { version } }`,{i:b},{lang:n}),delete d.current[E],T=!0;let g=t.status==="PREP_APPLIED";e(o(E==="approve"?g?"preparationApproved":"approved":g?"preparationRefused":"refused"))}catch(g){g.code!=="NETWORK"&&delete d.current[E],c({action:E,error:g})}finally{T||(f.current=!1),$(null)}},m=a?.action==="approve"?a.error:null,u=a?.action==="refuse"?a.error:null;return R`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${o("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>v("approve")} disabled=${l!=null} aria-describedby=${m?"approve-error":void 0}>${o(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${Ne} error=${m} id="approve-error" />
    </div>
    <form class="action" onSubmit=${E=>(E.preventDefault(),v("refuse"))}>
      <${Se} id="refuse-reason" label=${o("refuseReason")} error=${u}>
        <textarea id="refuse-reason" rows="3" value=${r} aria-required="true"
          aria-describedby=${Be("refuse-reason",u)} aria-invalid=${u?"true":void 0}
          onInput=${E=>s(E.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${o(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function Ja({rows:t}){return R`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,o])=>R`<div><dt>${e}</dt><dd>${o}</dd></div>`)}
  </dl>`}function Wo({id:t,flash:e}){let{t:o,lang:n}=Ce(),[i,r]=y(void 0),[s,a]=y(null),[c,l]=y(e),$=Xe(()=>{U(Za,{id:t},{lang:n}).then(d=>r(d.organisation),d=>a(d))},[t,n]);if(V($,[$]),s)return R`<main id="main"><${Ne} error=${s} /></main>`;if(i===void 0)return R`<main id="main"><p role="status">${o("loading")}</p></main>`;if(i===null)return R`<main id="main"><p class="empty">${o("notFound")}</p></main>`;let f=i.legalRepresentative;return R`<main id="main" class="profile">
    <h1>${i.name} <${qo} status=${i.status} /></h1>
    ${c?R`<p class="notice" role="status">${c}</p>`:null}
    <${Ja}
      rows=${[[o("creditCode"),R`<code>${i.creditCode}</code>`],[o("kind"),i.kind?o("kinds."+i.kind)+(i.publicFundraising?` \xB7 ${o("publicFundraising")}`:""):null],[o("jurisdiction"),i.jurisdiction],[o("domicile"),i.domicile],[o("purpose"),i.purpose],[o("businessScope"),i.businessScope],[o("legalRepresentative"),f?[f.name,f.idNumber,f.phone].filter(Boolean).join(" \xB7 "):null],[o("registeredFunds"),k(i.registeredFunds)],[o("supervisoryUnitShort"),i.supervisoryUnit],[o("members"),i.members?o("memberCounts",{individual:i.members.individual,unit:i.members.unit}):null],[o("appliedAt"),M(i.appliedAt,n)],[o("decisionDue"),Ko[i.status]?de(i.decisionDue,n):null],[o("registeredAt"),M(i.registeredAt,n)],[o("refusedAt"),M(i.refusedAt,n)],[o("refusalReason"),i.refusalReason],[o("version"),String(i.version)]]}
    />
    <${za} key=${i.version} org=${i} onDecided=${d=>(l(d),$())} />
    <${Qa} key=${"e"+i.version} org=${i} onDone=${d=>(l(d),$())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${o("openCases")}</h2>
      ${i.openCases.length===0?R`<p>${o("none")}</p>`:R`<ul class="cases">${i.openCases.map(d=>R`<li class=${d.overdue?"overdue":""}>${Yo(o,d)} · ${o("due")} ${de(d.due,n)} ${d.overdue?R`<strong class="badge overdue">${o("overdue")}</strong>`:null} <code>${d.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${o("annualReports")}</h2>
      ${i.annualReports.length===0?R`<p>${o("none")}</p>`:R`<table><caption class="sr-only">${o("annualReports")}</caption>
            <thead><tr><th scope="col">${o("year")}</th><th scope="col">${o("submittedAt")}</th><th scope="col">${o("conclusion")}</th><th scope="col">${o("notFiledDue")}</th></tr></thead>
            <tbody>${i.annualReports.map(d=>R`<tr><td>${d.year}</td><td>${M(d.submittedAt,n)}</td><td>${d.conclusion?o("conclusions."+d.conclusion):""}</td><td>${de(d.notFiledDue,n)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${o("creditStanding")}</h2>
      <p><span class=${"list list-"+i.creditStanding.list.toLowerCase()}>${o("lists."+i.creditStanding.list)}</span>
        ${i.creditStanding.reason?` \xB7 ${i.creditStanding.reason}`:""}
        ${i.creditStanding.listedAt?` \xB7 ${M(i.creditStanding.listedAt,n)}`:""}</p>
      ${i.creditHistory.length>0?R`<table><caption>${o("creditHistory")}</caption>
            <thead><tr><th scope="col">${o("creditStanding")}</th><th scope="col">${o("reason")}</th><th scope="col">${o("listedAt")}</th><th scope="col">${o("endedAt")}</th></tr></thead>
            <tbody>${i.creditHistory.map(d=>R`<tr><td>${o("lists."+d.list)}</td><td>${d.reason}</td><td>${M(d.listedAt,n)}</td><td>${M(d.endedAt,n)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${o("rating")}</h2>
      <p>${i.rating?o("ratingScore",{label:i.rating.label,score:i.rating.score,until:de(i.rating.validUntil,n)}):o("noRating")}</p>
    </section>
    <${co} ui=${{t:o,lang:n,Link:$e}} organisationId=${i.id} />
  </main>`}function Zo({prefix:t,values:e,set:o,error:n}){let{t:i}=Ce(),r=en(n)?n:null;return R`<fieldset class="members">
    <legend>${i("members")}</legend>
    <${Se} id=${t+"-individual"} label=${i("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${Be(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${s=>o("individualMembers",s.currentTarget.value)} />
    <//>
    <${Se} id=${t+"-unit"} label=${i("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${Be(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${s=>o("unitMembers",s.currentTarget.value)} />
    <//>
    <${Ne} error=${r} id=${t+"-members-error"} />
  </fieldset>`}function Qa({org:t,onDone:e}){let{t:o,lang:n,claims:i}=Ce(),[r,s]=y({}),[a,c]=y(null),[l,$]=y(!1),f=Ae(!1),d=Ae(null);if(t.status!=="PREPARING"||i?.role!=="registrar")return null;let h=(u,E)=>s(b=>({...b,[u]:E})),v=async u=>{if(u.preventDefault(),f.current)return;f.current=!0,$(!0),c(null),d.current??=We();let E={organisationId:t.id,individualMembers:_t(r.individualMembers??"0"),unitMembers:_t(r.unitMembers??"0"),commandId:d.current,expectedVersion:t.version};try{await U("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:E},{lang:n}),d.current=null,e(o("establishmentApplied"))}catch(b){b.code!=="NETWORK"&&(d.current=null),c(b)}finally{f.current=!1,$(!1)}},m=en(a)?a:null;return R`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${o("establishment")}</h2>
    <p>${o("establishmentDue",{due:de(t.establishmentDue,n)})}</p>
    <form onSubmit=${v}>
      <${Zo} prefix="establish" values=${r} set=${h} error=${a} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${o("applyEstablishment")}</button>
        ${a&&!m?R`<${Ne} error=${a} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var Xa=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,ec=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function _t(t){let e=Te(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var Xt=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],tc=t=>"apply-"+t.replace(/\./g,"-"),zo={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},en=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||zo[t.rule]==="members");function nc(t){if(en(t))return"members";if(!t?.field)return t?.rule&&zo[t.rule]||null;let e=Xt.find(([i])=>i===t.field);if(e)return e[0];let o=t.field.split(".").pop(),n=Xt.find(([i])=>i.split(".").pop()===o);return n?n[0]:null}function oc(){let{t,lang:e,claims:o}=Ce(),[n,i]=y({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:o.jurisdiction??""}),[r,s]=y(null),[a,c]=y(!1),l=Ae(!1),$=Ae(null),f=(m,u)=>i(E=>({...E,[m]:u})),d=async m=>{if(m.preventDefault(),l.current)return;l.current=!0,c(!0),s(null),$.current??=We();let u=p=>_(n[p]),E={name:u("name"),kind:n.kind,creditCode:Te(n.creditCode),domicile:u("domicile"),purpose:u("purpose"),businessScope:u("businessScope"),legalRepresentative:{name:u("legalRepresentative.name"),idNumber:Te(n["legalRepresentative.idNumber"]),phone:u("legalRepresentative.phone")},registeredFunds:Ge(n.registeredFunds),jurisdiction:u("jurisdiction"),publicFundraising:n.kind==="FOUNDATION"&&n.publicFundraising,commandId:$.current};u("supervisoryUnit")&&(E.supervisoryUnit=u("supervisoryUnit"));let b=n.kind==="SOCIAL_GROUP"&&n.twoStage;b&&(delete E.kind,delete E.publicFundraising,E.individualMembers=_t(n.individualMembers??"0"),E.unitMembers=_t(n.unitMembers??"0"));try{let p=await U(b?ec:Xa,{i:E},{lang:e});$.current=null;let T=b?p.applyForPreparation:p.applyForRegistration;Dt("/app/organisations/"+T.organisation.id+"?applied=1")}catch(p){p.code!=="NETWORK"&&($.current=null),s(p)}finally{l.current=!1,c(!1)}},h=nc(r),v=m=>h===m?r:null;return R`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${d} novalidate>
      <${Se} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${n.kind} onChange=${m=>f("kind",m.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(m=>R`<option value=${m}>${t("kinds."+m)}</option>`)}
        </select>
      <//>
      ${Xt.map(([m,u,E])=>{let b=tc(m),p=v(m),T={id:b,name:m,value:n[m]??"","aria-describedby":Be(b,p),"aria-invalid":p?"true":void 0,onInput:g=>f(m,g.currentTarget.value)};return m==="creditCode"&&(T.onBlur=()=>f(m,Te(n[m]))),m==="registeredFunds"&&(T.inputmode="decimal"),R`<${Se} id=${b} label=${t(u)} error=${p}>
          ${E==="textarea"?R`<textarea rows="2" ...${T}></textarea>`:R`<input ...${T} />`}
        <//>`})}
      ${n.kind==="SOCIAL_GROUP"?R`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!n.twoStage} onChange=${m=>f("twoStage",m.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${n.twoStage?R`<${Zo} prefix="apply" values=${n} set=${f} error=${r} />`:null}`:null}
      ${n.kind==="FOUNDATION"?R`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${n.publicFundraising} onChange=${m=>f("publicFundraising",m.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${Se} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${n.jurisdiction} inputmode="numeric" onInput=${m=>f("jurisdiction",m.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${a}>${t(a?"submitting":"submit")}</button>
        ${r&&!h?R`<${Ne} error=${r} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function ic({onSignOut:t,onLanguage:e}){let{t:o,claims:n}=Ce();return R`<header class="top">
    <a class="skip" href="#main">${o("skipToMain")}</a>
    <div class="brand">${o("appTitle")}</div>
    <nav aria-label=${o("nav")}>
      ${n?.jurisdiction&&n.role!=="purchaser"?R`<${$e} href="/app/">${o("navQueue")}<//>`:null}
      <${$e} href="/app/procurements">${o("proc.nav")}<//>
      <${$e} href="/app/contests">${o("contest.nav")}<//>
      ${n?.role==="ngo"?R`<${$e} href="/app/eligible">${o("proc.navEligible")}<//> <${$e} href="/app/bids">${o("proc.navMyBids")}<//>`:null}
      ${n?.role==="ngo"&&n.organisation?R`<${$e} href=${"/app/organisations/"+n.organisation}>${o("navMyOrganisation")}<//>`:null}
      ${n?.role==="evaluator"?R`<${$e} href="/app/committees">${o("eval.nav")}<//>`:null}
      ${n?.role==="ngo"||n?.role==="purchaser"?R`<${$e} href="/app/contracts">${o(n.role==="ngo"?"con.navMine":"con.navUnit")}<//>`:null}
      <${$e} href="/app/search">${o(n?"navSearch":"navPublicSearch")}<//>
      <${$e} href="/app/menu-orders">${o("menu.nav")}<//>
      ${n?.role==="registrar"?R`<${$e} href="/app/apply">${o("navApply")}<//>`:null}
      ${n?.role==="auditor"||n?.role==="admin"?R`<${$e} href="/app/audit">${o("audit.nav")}<//>`:null}
      ${Qo.includes(n?.role)?R`<${$e} href="/app/evaluations">${o("perf.nav")}<//>`:null}
      ${Jo.includes(n?.role)?R`<${$e} href="/app/statistics">${o("stats.nav")}<//>`:null}
      ${n?null:R`<${$e} href="/app/">${o("signIn")}<//>`}
    </nav>
    <div class="who">
      ${n?R`<span class="identity" aria-label=${o("signedInAs")}>
            <span class="subject">${n.sub}</span>
            <span class="role">${o("roles."+n.role)}</span>
            ${n.jurisdiction?R`<span class="jurisdiction">${o("jurisdiction")} ${n.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${o("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${o("switchLanguageLabel")} onClick=${e}>${o("switchLanguage")}</button>
      ${n?R`<button type="button" class="link" id="sign-out" onClick=${t}>${o("signOut")}</button>`:null}
    </div>
  </header>`}var Jo=["purchaser","registrar","auditor","admin"],Qo=["purchaser","ngo","evaluator"];function rc(t){let e=t?yt(t):null;return e&&e.exp*1e3>Date.now()?e:null}function sc(){let[t,e]=y(tt.get()),[o,n]=y(we.token()),[i,r]=y(null),[s,a]=y(Ho()),c=rc(o),l=Xe((v,m)=>et(t,v,m),[t]);V(()=>{let v=()=>a(Ho());return addEventListener("popstate",v),()=>removeEventListener("popstate",v)},[]),V(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${et(t,"appTitle")} \xB7 civic-ledger`},[t]);let $=Xe((v=null)=>{we.clear(),n(null),r(v)},[]);V(()=>Bn(()=>$(et(tt.get(),"sessionEnded"))),[$]),V(()=>{if(!o)return;let v=yt(o)?.exp*1e3,m=()=>$(et(tt.get(),"tokenExpired"));if(!(v>Date.now()))return m();let u=setTimeout(m,Math.min(v-Date.now(),2**31-1));return()=>clearTimeout(u)},[o,$]);let f={t:l,lang:t,claims:c},d={t:l,lang:t,claims:c,ErrorText:Ne,Link:$e,navigate:Dt},h;return s.screen==="procurements"||s.screen==="home"&&c?.role==="purchaser"?h=R`<${vo} key=${location.search} ui=${d} params=${s.params??new URLSearchParams(c?"mine=1":"")} />`:s.screen==="procurement"?h=R`<${Eo} key=${s.id+location.search} ui=${d} id=${s.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:s.screen==="menu"?h=R`<${Po} ui=${d} route=${s} />`:s.screen==="contract"?h=R`<${fo} key=${s.id+location.search} ui=${d} id=${s.id} flash=${new URLSearchParams(location.search).has("signed")?l("con.signed"):null} />`:s.screen==="contests"?h=R`<${Uo} key=${location.search} ui=${d} params=${s.params} />`:s.screen==="contest"?h=R`<${Bo} key=${s.id+location.search} ui=${d} id=${s.id} flash=${new URLSearchParams(location.search).has("opened")?l("contest.opened"):null} />`:c?.role==="purchaser"&&s.screen==="openCall"?h=R`<${jo} ui=${d} />`:Qo.includes(c?.role)&&s.screen==="evaluations"?h=R`<${lo} ui=${d} />`:s.screen==="evaluation"?h=R`<${ao} key=${s.id} ui=${d} id=${s.id} />`:(c?.role==="auditor"||c?.role==="admin")&&s.screen==="purchaseAudit"?h=R`<${Ao} key=${s.id} ui=${d} id=${s.id} />`:Jo.includes(c?.role)&&s.screen==="statistics"?h=R`<${Co} key=${location.search} ui=${d} params=${s.params} />`:(c?.role==="ngo"||c?.role==="purchaser")&&s.screen==="contracts"?h=R`<${go} ui=${d} />`:c?.role==="purchaser"&&s.screen==="draft"?h=R`<${wt} ui=${d} />`:c?.role==="ngo"&&(s.screen==="eligible"||s.screen==="home")?h=R`<${Qn} ui=${d} />`:c?.role==="ngo"&&s.screen==="bids"?h=R`<${Xn} ui=${d} />`:c?.role==="evaluator"&&(s.screen==="committees"||s.screen==="home")?h=R`<${io} ui=${d} />`:c?.role==="evaluator"&&s.screen==="committee"?h=R`<${ro} key=${s.id} ui=${d} id=${s.id} />`:!c&&(s.screen==="search"||s.screen==="organisation")?h=s.screen==="search"?R`<${Vo} params=${s.params} />`:R`<${Wo} key=${s.id} id=${s.id} flash=${null} />`:c?s.screen==="audit"?h=R`<${Kn} t=${l} lang=${t} ErrorText=${Ne} params=${s.params} extra=${R`<${So} ui=${d} />`} />`:s.screen==="organisation"?h=R`<${Wo} key=${s.id+location.search} id=${s.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:s.screen==="search"||s.screen==="home"&&!c.jurisdiction?h=R`<${Vo} params=${s.params??new URLSearchParams} />`:s.screen==="apply"?h=R`<${oc} />`:h=R`<${qa} />`:h=R`<${Ba} notice=${i} onToken=${v=>(we.save(v),n(v),r(null))} />`,R`<${Go.Provider} value=${f}>
    <${ic}
      onSignOut=${()=>$(null)}
      onLanguage=${()=>{let v=t==="en"?"zh":"en";tt.set(v),e(v)}}
    />
    ${h}
  <//>`}bn(R`<${sc} />`,document.getElementById("root"));})();
