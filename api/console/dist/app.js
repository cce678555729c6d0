(()=>{var qe,q,Dt,li,ge,Ct,Pt,kt,st,Ue,we,Nt,ut,ct,dt,xt,He={},je=[],ui=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ge=Array.isArray;function $e(t,e){for(var i in e)t[i]=e[i];return t}function pt(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function Y(t,e,i){var n,o,r,a={};for(r in e)r=="key"?n=e[r]:r=="ref"?o=e[r]:a[r]=e[r];if(arguments.length>2&&(a.children=arguments.length>3?qe.call(arguments,2):i),typeof t=="function"&&t.defaultProps!=null)for(r in t.defaultProps)a[r]===void 0&&(a[r]=t.defaultProps[r]);return Me(t,a,n,o,null)}function Me(t,e,i,n,o){var r={type:t,props:e,key:i,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++Dt,__i:-1,__u:0};return o==null&&q.vnode!=null&&q.vnode(r),r}function We(t){return t.children}function Be(t,e){this.props=t,this.context=e}function ye(t,e){if(e==null)return t.__?ye(t.__,t.__i+1):null;for(var i;e<t.__k.length;e++)if((i=t.__k[e])!=null&&i.__e!=null)return i.__e;return typeof t.type=="function"?ye(t):null}function pi(t){if(t.__P&&t.__d){var e=t.__v,i=e.__e,n=[],o=[],r=$e({},e);r.__v=e.__v+1,q.vnode&&q.vnode(r),mt(t.__P,r,e,t.__n,t.__P.namespaceURI,32&e.__u?[i]:null,n,i??ye(e),!!(32&e.__u),o),r.__v=e.__v,r.__.__k[r.__i]=r,Mt(n,r,o),e.__e=e.__=null,r.__e!=i&&Ot(r)}}function Ot(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),Ot(t)}function lt(t){(!t.__d&&(t.__d=!0)&&ge.push(t)&&!Ve.__r++||Ct!=q.debounceRendering)&&((Ct=q.debounceRendering)||Pt)(Ve)}function Ve(){try{for(var t,e=1;ge.length;)ge.length>e&&ge.sort(kt),t=ge.shift(),e=ge.length,pi(t)}finally{ge.length=Ve.__r=0}}function Lt(t,e,i,n,o,r,a,s,d,l,p){var h,c,$,y,u,m,b=n&&n.__k||je,T=e.length;for(d=mi(i,e,b,d,T),h=0;h<T;h++)($=i.__k[h])!=null&&(c=$.__i!=-1&&b[$.__i]||He,$.__i=h,m=mt(t,$,c,o,r,a,s,d,l,p),y=$.__e,$.ref&&c.ref!=$.ref&&(c.ref&&$t(c.ref,null,$),p.push($.ref,$.__c||y,$)),u==null&&y!=null&&(u=y),4&$.__u?(d=Ft($,d,t),c.__e&&(c.__e=null)):typeof $.type=="function"&&m!==void 0?d=m:y&&(d=y.nextSibling),$.__u&=-7);return i.__e=u,d}function mi(t,e,i,n,o){var r,a,s,d,l,p=i.length,h=p,c=0;for(t.__k=new Array(o),r=0;r<o;r++)(a=e[r])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=t.__k[r]=Me(null,a,null,null,null):Ge(a)?a=t.__k[r]=Me(We,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=t.__k[r]=Me(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):t.__k[r]=a,d=r+c,a.__=t,a.__b=t.__b+1,s=null,(l=a.__i=$i(a,i,d,h))!=-1&&(h--,(s=i[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(o>p?c--:o<p&&c++),typeof a.type!="function"&&(a.__u|=4)):l!=d&&(l==d-1?c--:l==d+1?c++:(l>d?c--:c++,a.__u|=4))):t.__k[r]=null;if(h)for(r=0;r<p;r++)(s=i[r])!=null&&(2&s.__u)==0&&(s.__e==n&&(n=ye(s)),Ht(s,s));return n}function Ft(t,e,i){var n,o;if(typeof t.type=="function"){for(n=t.__k,o=0;n&&o<n.length;o++)n[o]&&(n[o].__=t,e=Ft(n[o],e,i));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=ye(t)),e=i.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function $i(t,e,i,n){var o,r,a,s=t.key,d=t.type,l=e[i],p=l!=null&&(2&l.__u)==0;if(l===null&&s==null||p&&s==l.key&&d==l.type)return i;if(n>(p?1:0)){for(o=i-1,r=i+1;o>=0||r<e.length;)if((l=e[a=o>=0?o--:r++])!=null&&(2&l.__u)==0&&s==l.key&&d==l.type)return a}return-1}function Rt(t,e,i){e[0]=="-"?t.setProperty(e,i??""):t[e]=i==null?"":typeof i!="number"||ui.test(e)?i:i+"px"}function Fe(t,e,i,n,o){var r,a;e:if(e=="style")if(typeof i=="string")t.style.cssText=i;else{if(typeof n=="string"&&(t.style.cssText=n=""),n)for(e in n)i&&e in i||Rt(t.style,e,"");if(i)for(e in i)n&&i[e]==n[e]||Rt(t.style,e,i[e])}else if(e[0]=="o"&&e[1]=="n")r=e!=(e=e.replace(Nt,"$1")),a=e.toLowerCase(),e=a in t||e=="onFocusOut"||e=="onFocusIn"?a.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+r]=i,i?n?i[we]=n[we]:(i[we]=ut,t.addEventListener(e,r?dt:ct,r)):t.removeEventListener(e,r?dt:ct,r);else{if(o=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=i??"";break e}catch{}typeof i=="function"||(i==null||i===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&i==1?"":i))}}function wt(t){return function(e){if(this.l){var i=this.l[e.type+t];if(e[Ue]==null)e[Ue]=ut++;else if(e[Ue]<i[we])return;return i(q.event?q.event(e):e)}}}function mt(t,e,i,n,o,r,a,s,d,l){var p,h,c,$,y,u,m,b,T,f,_,g,E,I,S,D,A=e.type;if(e.constructor!==void 0)return null;128&i.__u&&(d=!!(32&i.__u),r=[s=e.__e=i.__e]),(p=q.__b)&&p(e);e:if(typeof A=="function"){h=a.length;try{if(T=e.props,f=A.prototype&&A.prototype.render,_=(p=A.contextType)&&n[p.__c],g=p?_?_.props.value:p.__:n,i.__c?b=(c=e.__c=i.__c).__=c.__E:(f?e.__c=c=new A(T,g):(e.__c=c=new Be(T,g),c.constructor=A,c.render=fi),_&&_.sub(c),c.state||(c.state={}),c.__n=n,$=c.__d=!0,c.__h=[],c._sb=[]),f&&c.__s==null&&(c.__s=c.state),f&&A.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=$e({},c.__s)),$e(c.__s,A.getDerivedStateFromProps(T,c.__s))),y=c.props,u=c.state,c.__v=e,$)f&&A.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),f&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(f&&A.getDerivedStateFromProps==null&&T!==y&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(T,g),e.__v==i.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(T,c.__s,g)===!1){e.__v!=i.__v&&(c.props=T,c.state=c.__s,c.__d=!1),e.__e=i.__e,e.__k=i.__k,e.__k.some(function(P){P&&(P.__=e)}),je.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&a.push(c),s=ye(i);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(T,c.__s,g),f&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(y,u,m)})}if(c.context=g,c.props=T,c.__P=t,c.__e=!1,E=q.__r,I=0,f)c.state=c.__s,c.__d=!1,E&&E(e),p=c.render(c.props,c.state,c.context),je.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,E&&E(e),p=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++I<25);c.state=c.__s,c.getChildContext!=null&&(n=$e($e({},n),c.getChildContext())),f&&!$&&c.getSnapshotBeforeUpdate!=null&&(m=c.getSnapshotBeforeUpdate(y,u)),S=p!=null&&p.type===We&&p.key==null?Bt(p.props.children):p,s=Lt(t,Ge(S)?S:[S],e,i,n,o,r,a,s,d,l),c.base=e.__e,e.__u&=-161,c.__h.length&&a.push(c),b&&(c.__E=c.__=null)}catch(P){if(a.length=h,e.__v=null,d||r!=null){if(P.then){for(e.__u|=d?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;r!=null&&(r[r.indexOf(s)]=null),e.__e=s}else if(r!=null)for(D=r.length;D--;)pt(r[D])}else e.__e=i.__e;e.__k==null&&(e.__k=i.__k||[]),P.then||Ut(e),q.__e(P,e,i)}}else r==null&&e.__v==i.__v?(e.__k=i.__k,e.__e=i.__e):s=e.__e=hi(i.__e,e,i,n,o,r,a,d,l);return(p=q.diffed)&&p(e),128&e.__u?void 0:s}function Ut(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(Ut))}function Mt(t,e,i){for(var n=0;n<i.length;n++)$t(i[n],i[++n],i[++n]);q.__c&&q.__c(e,t),t.some(function(o){try{t=o.__h,o.__h=[],t.some(function(r){r.call(o)})}catch(r){q.__e(r,o.__v)}})}function Bt(t){return typeof t!="object"||t==null||t.__b>0?t:Ge(t)?t.map(Bt):t.constructor!==void 0?null:$e({},t)}function hi(t,e,i,n,o,r,a,s,d){var l,p,h,c,$,y,u,m=i.props||He,b=e.props,T=e.type;if(T=="svg"?o="http://www.w3.org/2000/svg":T=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),r!=null){for(l=0;l<r.length;l++)if(($=r[l])&&"setAttribute"in $==!!T&&(T?$.localName==T:$.nodeType==3)){t=$,r[l]=null;break}}if(t==null){if(T==null)return document.createTextNode(b);t=document.createElementNS(o,T,b.is&&b),s&&(q.__m&&q.__m(e,r),s=!1),r=null}if(T==null)m===b||s&&t.data==b||(t.data=b);else{if(r=T=="textarea"&&b.defaultValue!=null?null:r&&qe.call(t.childNodes),!s&&r!=null)for(m={},l=0;l<t.attributes.length;l++)m[($=t.attributes[l]).name]=$.value;for(l in m)$=m[l],l=="dangerouslySetInnerHTML"?h=$:l=="children"||l in b||l=="value"&&"defaultValue"in b||l=="checked"&&"defaultChecked"in b||Fe(t,l,null,$,o);for(l in b)$=b[l],l=="children"?c=$:l=="dangerouslySetInnerHTML"?p=$:l=="value"?y=$:l=="checked"?u=$:s&&typeof $!="function"||m[l]===$||Fe(t,l,$,m[l],o);if(p)s||h&&(p.__html==h.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),e.__k=[];else if(h&&(t.innerHTML=""),Lt(e.type=="template"?t.content:t,Ge(c)?c:[c],e,i,n,T=="foreignObject"?"http://www.w3.org/1999/xhtml":o,r,a,r?r[0]:i.__k&&ye(i,0),s,d),r!=null)for(l=r.length;l--;)pt(r[l]);s&&T!="textarea"||(l="value",T=="progress"&&y==null?t.removeAttribute("value"):y!=null&&(y!==t[l]||T=="progress"&&!y||T=="option"&&y!=m[l])&&Fe(t,l,y,m[l],o),l="checked",u!=null&&u!=t[l]&&Fe(t,l,u,m[l],o))}return t}function $t(t,e,i){try{if(typeof t=="function"){var n=typeof t.__u=="function";n&&t.__u(),n&&e==null||(t.__u=t(e))}else t.current=e}catch(o){q.__e(o,i)}}function Ht(t,e,i){var n,o;if(q.unmount&&q.unmount(t),(n=t.ref)&&(n.current&&n.current!=t.__e||$t(n,null,e)),(n=t.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(r){q.__e(r,e)}n.base=n.__P=n.__n=null}if(n=t.__k)for(o=0;o<n.length;o++)n[o]&&Ht(n[o],e,i||typeof t.type!="function");i||pt(t.__e),t.__c=t.__=t.__e=void 0}function fi(t,e,i){return this.constructor(t,i)}function jt(t,e,i){var n,o,r,a;e==document&&(e=document.documentElement),q.__&&q.__(t,e),o=(n=typeof i=="function")?null:i&&i.__k||e.__k,r=[],a=[],mt(e,t=(!n&&i||e).__k=Y(We,null,[t]),o||He,He,e.namespaceURI,!n&&i?[i]:o?null:e.firstChild?qe.call(e.childNodes):null,r,!n&&i?i:o?o.__e:e.firstChild,n,a),Mt(r,t,a),t.props.children=null}function Vt(t){function e(i){var n,o;return this.getChildContext||(n=new Set,(o={})[e.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(r){this.props.value!=r.value&&n.forEach(function(a){a.__e=!0,lt(a)})},this.sub=function(r){n.add(r);var a=r.componentWillUnmount;r.componentWillUnmount=function(){n&&n.delete(r),a&&a.call(r)}}),i.children}return e.__c="__cC"+xt++,e.__=t,e.Provider=e.__l=(e.Consumer=function(i,n){return i.children(n)}).contextType=e,e}qe=je.slice,q={__e:function(t,e,i,n){for(var o,r,a;e=e.__;)if((o=e.__c)&&!o.__)try{if((r=o.constructor)&&r.getDerivedStateFromError!=null&&(o.setState(r.getDerivedStateFromError(t)),a=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(t,n||{}),a=o.__d),a)return o.__E=o}catch(s){t=s}throw t}},Dt=0,li=function(t){return t!=null&&t.constructor===void 0},Be.prototype.setState=function(t,e){var i;i=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=$e({},this.state),typeof t=="function"&&(t=t($e({},i),this.props)),t&&$e(i,t),t!=null&&this.__v&&(e&&this._sb.push(e),lt(this))},Be.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),lt(this))},Be.prototype.render=We,ge=[],Pt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,kt=function(t,e){return t.__v.__b-e.__v.__b},Ve.__r=0,st=Math.random().toString(8),Ue="__d"+st,we="__a"+st,Nt=/(PointerCapture)$|Capture$/i,ut=0,ct=wt(!1),dt=wt(!0),xt=0;var Te,K,ht,qt,De=0,Jt=[],X=q,Gt=X.__b,Wt=X.__r,Yt=X.diffed,Kt=X.__c,Qt=X.unmount,Zt=X.__;function Ke(t,e){X.__h&&X.__h(K,t,De||e),De=0;var i=K.__H||(K.__H={__:[],__h:[]});return t>=i.__.length&&i.__.push({}),i.__[t]}function v(t){return De=1,gi(nn,t)}function gi(t,e,i){var n=Ke(Te++,2);if(n.t=t,!n.__c&&(n.__=[i?i(e):nn(void 0,e),function(s){var d=n.__N?n.__N[0]:n.__[0],l=n.t(d,s);d!==l&&(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=K,!K.__f)){var o=function(s,d,l){if(!n.__c.__H)return!0;var p=!1,h=n.__c.props!==s;if(n.__c.__H.__.some(function($){if($.__N){p=!0;var y=$.__[0];$.__=$.__N,$.__N=void 0,y!==$.__[0]&&(h=!0)}}),r){var c=r.call(this,s,d,l);return p?c||h:c}return!p||h};K.__f=!0;var r=K.shouldComponentUpdate,a=K.componentWillUpdate;K.componentWillUpdate=function(s,d,l){if(this.__e){var p=r;r=void 0,o(s,d,l),r=p}a&&a.call(this,s,d,l)},K.shouldComponentUpdate=o}return n.__N||n.__}function U(t,e){var i=Ke(Te++,3);!X.__s&&tn(i.__H,e)&&(i.__=t,i.u=e,K.__H.__h.push(i))}function ce(t){return De=5,Xt(function(){return{current:t}},[])}function Xt(t,e){var i=Ke(Te++,7);return tn(i.__H,e)&&(i.__=t(),i.__H=e,i.__h=t),i.__}function Pe(t,e){return De=8,Xt(function(){return t},e)}function en(t){var e=K.context[t.__c],i=Ke(Te++,9);return i.c=t,e?(i.__==null&&(i.__=!0,e.sub(K)),e.props.value):t.__}function bi(){for(var t;t=Jt.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(Ye),e.__h.some(ft),e.__h=[]}catch(i){e.__h=[],X.__e(i,t.__v)}}}X.__b=function(t){K=null,Gt&&Gt(t)},X.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),Zt&&Zt(t,e)},X.__r=function(t){Wt&&Wt(t),Te=0;var e=(K=t.__c).__H;e&&(ht===K?(e.__h=[],K.__h=[],e.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})):(e.__h.some(Ye),e.__h.some(ft),e.__h=[],Te=0)),ht=K},X.diffed=function(t){Yt&&Yt(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(Jt.push(e)!==1&&qt===X.requestAnimationFrame||((qt=X.requestAnimationFrame)||vi)(bi)),e.__H.__.some(function(i){i.u&&(i.__H=i.u,i.u=void 0)})),ht=K=null},X.__c=function(t,e){e.some(function(i){try{i.__h.some(Ye),i.__h=i.__h.filter(function(n){return!n.__||ft(n)})}catch(n){e.some(function(o){o.__h&&(o.__h=[])}),e=[],X.__e(n,i.__v)}}),Kt&&Kt(t,e)},X.unmount=function(t){Qt&&Qt(t);var e,i=t.__c;i&&i.__H&&(i.__H.__.some(function(n){try{Ye(n)}catch(o){e=o}}),i.__H=void 0,e&&X.__e(e,i.__v))};var zt=typeof requestAnimationFrame=="function";function vi(t){var e,i=function(){clearTimeout(n),zt&&cancelAnimationFrame(e),setTimeout(t)},n=setTimeout(i,35);zt&&(e=requestAnimationFrame(i))}function Ye(t){var e=K,i=t.__c;typeof i=="function"&&(t.__c=void 0,i()),K=e}function ft(t){var e=K;t.__c=t.__(),K=e}function tn(t,e){return!t||t.length!==e.length||e.some(function(i,n){return i!==t[n]})}function nn(t,e){return typeof e=="function"?e(t):e}var on=function(t,e,i,n){var o;e[0]=0;for(var r=1;r<e.length;r++){var a=e[r++],s=e[r]?(e[0]|=a?1:2,i[e[r++]]):e[++r];a===3?n[0]=s:a===4?n[1]=Object.assign(n[1]||{},s):a===5?(n[1]=n[1]||{})[e[++r]]=s:a===6?n[1][e[++r]]+=s+"":a?(o=t.apply(s,on(t,s,i,["",null])),n.push(o),s[0]?e[0]|=2:(e[r-2]=0,e[r]=o)):n.push(s)}return n},rn=new Map;function Z(t){var e=rn.get(this);return e||(e=new Map,rn.set(this,e)),(e=on(this,e.get(t)||(e.set(t,e=(function(i){for(var n,o,r=1,a="",s="",d=[0],l=function(c){r===1&&(c||(a=a.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,c,a):r===3&&(c||a)?(d.push(3,c,a),r=2):r===2&&a==="..."&&c?d.push(4,c,0):r===2&&a&&!c?d.push(5,0,!0,a):r>=5&&((a||!c&&r===5)&&(d.push(r,0,a,o),r=6),c&&(d.push(r,c,0,o),r=6)),a=""},p=0;p<i.length;p++){p&&(r===1&&l(),l(p));for(var h=0;h<i[p].length;h++)n=i[p][h],r===1?n==="<"?(l(),d=[d],r=3):a+=n:r===4?a==="--"&&n===">"?(r=1,a=""):a=n+a[0]:s?n===s?s="":a+=n:n==='"'||n==="'"?s=n:n===">"?(l(),r=1):r&&(n==="="?(r=5,o=a,a=""):n==="/"&&(r<5||i[p][h+1]===">")?(l(),r===3&&(d=d[0]),r=d,(d=d[0]).push(2,0,r),r=0):n===" "||n==="	"||n===`
`||n==="\r"?(l(),r=2):a+=n),r===3&&a==="!--"&&(r=4,d=d[0])}return l(),d})(t)),e),arguments,[])).length>1?e:e[0]}var yi={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navMyOrganisation:"\u672C\u673A\u6784",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",reasonLabel:"\u7406\u7531",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E",supplementTitle:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",headroom:"\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684 {percent}%\uFF08\u653F\u5E9C\u91C7\u8D2D\u6CD5\u7B2C\u56DB\u5341\u4E5D\u6761\uFF09\uFF1B\u5DF2\u8865\u5145 {used}\uFF0C\u5C1A\u53EF\u8865\u5145 {left}\u3002",headroomLeft:"\u81F3\u591A {left}",supplementAmount:"\u8865\u5145\u5408\u540C\u91D1\u989D\uFF08\u5143\uFF09",supplementDescription:"\u8865\u5145\u5185\u5BB9",sameSubject:"\u8865\u5145\u5408\u540C\u4E0E\u539F\u5408\u540C\u6807\u7684\u76F8\u540C\uFF0C\u5176\u4ED6\u6761\u6B3E\u4E0D\u53D8",supplementPayment:"\u8865\u5145\u5408\u540C\u7684\u4ED8\u6B3E\u8282\u70B9",supplementPayTitle:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u540D\u79F0",supplementPayDue:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u65E5\u671F",supplementFollows:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u6240\u5BF9\u5E94\u7684\u9A8C\u6536",supplementSubmit:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",supplementRecorded:"\u8865\u5145\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",correctIntro:"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF1A\u66F4\u6B63\u53E6\u4F5C\u8BB0\u5F55\uFF0C\u5199\u660E\u7406\u7531\uFF0C\u539F\u8BB0\u5F55\u4FDD\u7559\u3002",correctPaymentTitle:"\u66F4\u6B63\u4ED8\u6B3E\u8BB0\u5F55",correctWhichPayment:"\u8981\u66F4\u6B63\u7684\u4ED8\u6B3E",correctAmount:"\u66F4\u6B63\u540E\u7684\u91D1\u989D\uFF08\u5143\uFF09",correctReason:"\u66F4\u6B63\u7406\u7531",correctSubmit:"\u8BB0\u5F55\u66F4\u6B63",paymentCorrected:"\u4ED8\u6B3E\u8BB0\u5F55\u5DF2\u66F4\u6B63\u3002",correctAcceptanceTitle:"\u66F4\u6B63\u9A8C\u6536\u7ED3\u8BBA",currentResult:"\u73B0\u8BB0\u5F55\u7684\u7ED3\u8BBA\uFF1A{result}",correctedResult:"\u66F4\u6B63\u540E\u7684\u7ED3\u8BBA",acceptanceCorrected:"\u9A8C\u6536\u7ED3\u8BBA\u5DF2\u66F4\u6B63\u3002",suspendTitle:"\u4E2D\u6B62\u5408\u540C",suspendIntro:"\u4E2D\u6B62\u671F\u95F4\u4E0D\u518D\u9A8C\u6536\uFF0C\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",suspend:"\u4E2D\u6B62\u5408\u540C",suspended:"\u5408\u540C\u5DF2\u4E2D\u6B62\u3002",resumeTitle:"\u6062\u590D\u5C65\u884C",resume:"\u6062\u590D\u5C65\u884C",resumed:"\u5408\u540C\u5DF2\u6062\u590D\u5C65\u884C\u3002",terminateTitle:"\u89E3\u9664\u5408\u540C",terminateIntro:"\u89E3\u9664\u540E\u5408\u540C\u4E0D\u518D\u5C65\u884C\uFF0C\u4E0D\u53EF\u64A4\u56DE\uFF1B\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",terminate:"\u89E3\u9664\u5408\u540C",terminated:"\u5408\u540C\u5DF2\u89E3\u9664\u3002"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784",thirdPartySearch:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u540D\u79F0\uFF08\u90E8\u5206\u5373\u53EF\uFF09",thirdPartyNone:"\u6CA1\u6709\u540D\u79F0\u76F8\u7B26\u3001\u767B\u8BB0\u72B6\u6001\u6B63\u5E38\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",thirdPartyPick:"\u8BF7\u5148\u6309\u540D\u79F0\u67E5\u627E\u5E76\u9009\u62E9\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u3002",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E",nav:"\u7EE9\u6548\u8BC4\u4EF7",mineTitle:"\u6211\u7684\u7EE9\u6548\u8BC4\u4EF7",opened:"\u5F00\u59CB\u65F6\u95F4"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7",idInvalid:"\u8BF7\u7C98\u8D34\u5B8C\u6574\u7684\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7\uFF08UUID\uFF09\u3002"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",amendTitle:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amendIntro:"\u6295\u6807\u622A\u6B62\u524D\u53EF\u66F4\u6B63\u91C7\u8D2D\u9700\u6C42\u548C\u65F6\u95F4\uFF1B\u622A\u6B62\u65F6\u95F4\u53EA\u80FD\u5EF6\u540E\u3002\u6240\u4F5C\u66F4\u6B63\u4E0E\u7406\u7531\u4E00\u5E76\u516C\u5F00\u3002",amendDeadlineHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\uFF1B\u53EA\u80FD\u5EF6\u540E\u3002\u5B9E\u8D28\u6027\u66F4\u6B63\u987B\u81EA\u66F4\u6B63\u4E4B\u65E5\u8D77\u91CD\u65B0\u6EE1\u8DB3\u7B49\u6807\u671F\u3002",substantive:"\u5B9E\u8D28\u6027\u66F4\u6B63\uFF08\u5F71\u54CD\u6295\u6807\u6587\u4EF6\u7F16\u5236\uFF09",substantiveHint:"\u66F4\u6B63\u8D44\u683C\u8981\u6C42\u6216\u8BC4\u5206\u529E\u6CD5\u603B\u662F\u5B9E\u8D28\u6027\u7684\u3002",amendReason:"\u66F4\u6B63\u7406\u7531",amend:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amended:"\u66F4\u6B63\u516C\u544A\u5DF2\u53D1\u5E03\u3002",cancelTitle:"\u7EC8\u6B62\u91C7\u8D2D",cancelIntro:"\u4E2D\u6807\u516C\u544A\u53D1\u5E03\u524D\u53EF\u7EC8\u6B62\u91C7\u8D2D\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF1B\u7EC8\u6B62\u540E\u4E0D\u53EF\u6062\u590D\u3002",cancel:"\u7EC8\u6B62\u91C7\u8D2D",cancelled:"\u91C7\u8D2D\u5DF2\u7EC8\u6B62\u3002",excludeTitle:"\u4E2D\u6807\u5019\u9009\u4EBA\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C",excludeIntro:"\u6392\u540D\u6700\u9AD8\u7684\u6295\u6807\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C\u540E\uFF0C\u7531\u6392\u540D\u5176\u6B21\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u9012\u8865\uFF1B\u65E0\u4EBA\u9012\u8865\u65F6\u91C7\u8D2D\u5931\u8D25\uFF08\u5E9F\u6807\uFF09\u3002",rankedBid:"\u6392\u540D\u6295\u6807",rankedOption:"\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09",candidateMark:"\uFF08\u4E2D\u6807\u5019\u9009\u4EBA\uFF09",excludeWhat:"\u60C5\u5F62",excludeKinds:{DECLINE:"\u6295\u6807\u4EBA\u653E\u5F03\u4E2D\u6807",DISQUALIFY:"\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},excludeSubmit:"\u8BB0\u5F55",declined:"\u5DF2\u8BB0\u5F55\u653E\u5F03\u4E2D\u6807\u3002",disqualified:"\u5DF2\u53D6\u6D88\u8BE5\u6295\u6807\u7684\u4E2D\u6807\u8D44\u683C\u3002",exclusions:{DECLINED:"\u5DF2\u653E\u5F03\u4E2D\u6807",DISQUALIFIED:"\u5DF2\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},exclusionReason:"\uFF1A{reason}",complaintTitle:"\u6295\u8BC9",complaintAbout:"\u8D28\u7591\u201C{grounds}\u201D",complaintReference:"\u6295\u8BC9\u7F16\u53F7\uFF08\u8D22\u653F\u90E8\u95E8\u53D7\u7406\uFF09",complaintHint:"\u8D28\u7591\u4EBA\u5411\u8D22\u653F\u90E8\u95E8\u6295\u8BC9\u540E\uFF0C\u8BB0\u5F55\u5176\u53D7\u7406\u7F16\u53F7\u3002",recordComplaint:"\u8BB0\u5F55\u6295\u8BC9",complaintRecorded:"\u6295\u8BC9\u5DF2\u8BB0\u5F55\u3002",complaints:"\u6295\u8BC9\uFF1A{refs}",challengeTitle:"\u63D0\u51FA\u8D28\u7591",challengeIntro:"\u5BF9\u4E2D\u6807\u7ED3\u679C\u6709\u5F02\u8BAE\u7684\u6295\u6807\u4EBA\u53EF\u5728\u8D28\u7591\u671F\u5185\uFF08\u81F3 {deadline}\uFF09\u63D0\u51FA\u8D28\u7591\uFF0C\u5199\u660E\u8D28\u7591\u4E8B\u9879\u548C\u7406\u7531\u3002",grounds:"\u8D28\u7591\u4E8B\u9879\u53CA\u7406\u7531",challengeSubmit:"\u63D0\u51FA\u8D28\u7591",challengeFiled:"\u8D28\u7591\u5DF2\u63D0\u51FA\u3002",documents:"\u6295\u6807\u6587\u4EF6\uFF08\u9644\u4EF6\uFF09",commitmentAndDocuments:"\u627F\u8BFA\u503C\u4E0E\u6295\u6807\u6587\u4EF6\u6458\u8981",documentsHint:"\u53EA\u767B\u8BB0\u6BCF\u4E2A\u6587\u4EF6\u7684\u540D\u79F0\u548C SHA-256 \u6458\u8981\uFF0C\u6587\u4EF6\u672C\u8EAB\u4E0D\u4E0A\u4F20\uFF1B\u5F00\u6807\u540E\u53EF\u636E\u6B64\u6838\u5BF9\u6240\u4EA4\u6587\u4EF6\u3002",hashing:"\u6B63\u5728\u8BA1\u7B97\u6587\u4EF6\u6458\u8981\u2026",removeDocument:"\u5220\u9664\u9644\u4EF6 {name}",documentUnreadable:"\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{message}",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navMyOrganisation:"My organisation",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",reasonLabel:"Reason",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received",supplementTitle:"Sign a supplementary contract",headroom:"Supplements together may add at most {percent}% of the original amount (Government Procurement Law, art. 49); {used} added so far, {left} left.",headroomLeft:"At most {left}",supplementAmount:"Supplement amount (yuan)",supplementDescription:"What it adds",sameSubject:"Same subject as the contract, its other terms unchanged",supplementPayment:"The supplement's payment milestone",supplementPayTitle:"Supplement payment name",supplementPayDue:"Supplement payment date",supplementFollows:"Supplement payment after the acceptance of",supplementSubmit:"Sign the supplement",supplementRecorded:"Supplementary contract signed.",correctIntro:"A record is never changed: a correction is a new record with its reason, and the old one stays.",correctPaymentTitle:"Correct a payment",correctWhichPayment:"Payment to correct",correctAmount:"Corrected amount (yuan)",correctReason:"Reason for the correction",correctSubmit:"Record the correction",paymentCorrected:"Payment corrected.",correctAcceptanceTitle:"Correct an acceptance result",currentResult:"Recorded now: {result}",correctedResult:"Corrected result",acceptanceCorrected:"Acceptance result corrected.",suspendTitle:"Suspend the contract",suspendIntro:"While suspended nothing is accepted; what was accepted is still paid.",suspend:"Suspend",suspended:"Contract suspended.",resumeTitle:"Resume the contract",resume:"Resume",resumed:"Contract resumed.",terminateTitle:"Terminate the contract",terminateIntro:"A terminated contract is not performed any further, and this cannot be undone; what was accepted is still paid.",terminate:"Terminate",terminated:"Contract terminated."},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third-party evaluator",thirdPartySearch:"Third party\u2019s name (part of it)",thirdPartyNone:"No active organisation has such a name.",thirdPartyPick:"Find the third party by its name and pick it first.",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility",nav:"Evaluations",mineTitle:"My performance evaluations",opened:"Opened"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id",idInvalid:"Paste the whole procurement id (a UUID)."},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",amendTitle:"Publish an amendment",amendIntro:"Until the bid deadline the description and the times may be amended; the deadline may only move later. The amendment is published with its reason.",amendDeadlineHint:"Beijing time; later only. A substantive amendment needs the full bidding period again from today.",substantive:"Substantive (changes how bids are prepared)",substantiveHint:"A change of requirements or scoring always is.",amendReason:"Reason for the amendment",amend:"Publish the amendment",amended:"Amendment published.",cancelTitle:"Cancel the procurement",cancelIntro:"Before the award a procurement may be cancelled, with the reason; this cannot be undone.",cancel:"Cancel the procurement",cancelled:"Procurement cancelled.",excludeTitle:"A ranked bidder declines, or is disqualified",excludeIntro:"When the top-ranked bid declines or is disqualified, the next valid bid in rank takes its place; with none left the procurement fails.",rankedBid:"Ranked bid",rankedOption:"No. {rank} {name} ({price})",candidateMark:" (candidate)",excludeWhat:"What happened",excludeKinds:{DECLINE:"The bidder declines the award",DISQUALIFY:"Disqualify the bid"},excludeSubmit:"Record",declined:"Declined award recorded.",disqualified:"Bid disqualified.",exclusions:{DECLINED:"Declined the award",DISQUALIFIED:"Disqualified"},exclusionReason:": {reason}",complaintTitle:"Complaints",complaintAbout:"Challenge \u201C{grounds}\u201D",complaintReference:"Complaint reference (finance department)",complaintHint:"When the challenger complains to the finance department, record its reference.",recordComplaint:"Record the complaint",complaintRecorded:"Complaint recorded.",complaints:"Complaints: {refs}",challengeTitle:"Challenge the award",challengeIntro:"A bidder who disputes the award may challenge it until {deadline}, stating what and why.",grounds:"What is challenged, and why",challengeSubmit:"File the challenge",challengeFiled:"Challenge filed.",documents:"Bid documents",commitmentAndDocuments:"Commitment and document digests",documentsHint:"Only each file\u2019s name and SHA-256 digest are recorded, the file is not uploaded; after the opening the files handed in are checked against them.",hashing:"Computing the files\u2019 digests\u2026",removeDocument:"Remove {name}",documentUnreadable:"The file could not be read: {message}",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"}}};function ke(t,e,i={}){let n=e.split(".").reduce((r,a)=>r?.[a],yi[t]);return(typeof n=="string"?n:e).replace(/\{(\w+)\}/g,(r,a)=>(i[a]??`{${a}}`).toString())}function an(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}var gt="civic-ledger.token",sn="civic-ledger.lang";function Qe(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let i=e[1].replace(/-/g,"+").replace(/_/g,"/"),n=i+"=".repeat((4-i.length%4)%4),o=Uint8Array.from(atob(n),a=>a.charCodeAt(0)),r=JSON.parse(new TextDecoder().decode(o));return r&&typeof r.role=="string"&&typeof r.exp=="number"?r:null}catch{return null}}var Ee={token(){return sessionStorage.getItem(gt)},save(t){sessionStorage.setItem(gt,t.trim())},clear(){sessionStorage.removeItem(gt)}},Ne={get(){return localStorage.getItem(sn)==="en"?"en":"zh"},set(t){localStorage.setItem(sn,t)}};function Ae(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,i=>i.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var B=class extends Error{constructor(e,i={},n=200){super(e),this.code=i.code??"INTERNAL",this.rule=i.rule??null,this.field=i.field??null,this.extensions=i,this.status=n}},cn=()=>{};function dn(t){cn=t}async function N(t,e,{lang:i,token:n=Ee.token()}={}){let o={"content-type":"application/json","accept-language":an(i)};n&&(o.authorization=`Bearer ${n}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:o,body:JSON.stringify({query:t,variables:e})})}catch(d){throw new B(d.message,{code:"NETWORK"},0)}let a;try{a=await r.json()}catch{throw new B(`HTTP ${r.status}`,{code:"NETWORK"},r.status)}let s=a.errors?.[0];if(s){let d=new B(s.message,s.extensions??{},r.status);throw r.status===401&&cn(d),d}return a.data}var ln="Asia/Shanghai";function Ze(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function se(t){return Ze(t).replace(/\s+/g,"").toUpperCase()}function O(t){return String(t??"").trim()}function Se(t){return Ze(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function k(t){if(t==null||t==="")return"";let e=String(t),i=e.startsWith("-"),[n,o=""]=(i?e.slice(1):e).split("."),r=n.replace(/\B(?=(\d{3})+(?!\d))/g,","),a=(o+"00").slice(0,Math.max(2,o.length));return`${i?"-":""}\xA5${r}.${a}`}function un(t){return t==="en"?"en-GB":"zh-CN"}function x(t,e){if(!t)return"";let i=new Date(t);return Number.isNaN(i.getTime())?String(t):new Intl.DateTimeFormat(un(e),{timeZone:ln,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(i)}function W(t,e){if(!t)return"";let i=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!i)return String(t);let n=new Date(Date.UTC(+i[1],+i[2]-1,+i[3]));return new Intl.DateTimeFormat(un(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(n)}function ze(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:ln}).format(t)}var G=Z.bind(Y),Ei=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,Ii=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,_i=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,Ti=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,Ai=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,Si=10,Ci=1e3,mn=/^organisation-[0-9a-fA-F-]{36}$/;function Ri(t,e){let i=t("audit.fields."+e);return i==="audit.fields."+e?e:i}var wi=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function pn(t,e,i,n){return n==null?t("audit.empty"):i==="status"?t("statuses."+n):i==="kind"?t("kinds."+n):i==="registeredFunds"?k(n):wi.test(n)?x(n,e):n}function Di({t,lang:e,ErrorText:i,onOpen:n}){let[o,r]=v(""),[a,s]=v(null),[d,l]=v(null),[p,h]=v(!1),c=async $=>{$.preventDefault();let y=O(o);if(!y||p)return;if(mn.test(y))return n(y);h(!0),l(null);let u=se(y),m=/^[0-9A-Z]{18}$/.test(u)?{creditCode:u}:{nameContains:y};try{s((await N(Ei,{filter:m},{lang:e})).organisations.nodes)}catch(b){l(b),s(null)}finally{h(!1)}};return G`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${c}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${o} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${$=>r($.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${p}>${t("search")}</button>
    </form>
    <${i} error=${d} />
    ${a&&a.length===0?G`<p class="empty" role="status">${t("noResults")}</p>`:null}
    ${a&&a.length>0?G`<ul class="found" aria-label=${t("audit.found")}>
          ${a.map($=>G`<li>
              <button type="button" class="link" onClick=${()=>n("organisation-"+$.id)}>${$.name}</button>
              ${" "}<code>${$.creditCode}</code> ${t("statuses."+$.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function Pi({t,lang:e,changes:i}){return i.length===0?G`<span class="empty">${t("audit.noChange")}</span>`:G`<ul class="changes">
    ${i.map(n=>G`<li>
        <span class="field-name">${Ri(t,n.field)}</span>: <del>${pn(t,e,n.field,n.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${pn(t,e,n.field,n.new)}</ins>
      </li>`)}
  </ul>`}function ki({t,lang:e,ErrorText:i,stream:n,entries:o}){let[r,a]=v(o.length-1),[s,d]=v(null),[l,p]=v(null),h=n.slice(13),c=o[Math.min(r,o.length-1)]?.recordedAt;U(()=>{if(!c)return;let y=!0;return p(null),N(_i,{id:h,at:c},{lang:e}).then(u=>y&&d(u.organisationAsOf),u=>y&&p(u)),()=>{y=!1}},[h,c,e]);let $=c?x(c,e):"";return G`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${o.length-1} step="1" value=${r}
        aria-valuetext=${t("audit.sliderValue",{version:o[r]?.version,when:$})}
        onInput=${y=>a(Number(y.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:o[r]?.version,when:$})}</p>
    </div>
    <${i} error=${l} />
    ${s?G`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${s.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+s.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${s.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${s.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${k(s.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${s.version}</dd></div>
        </dl>`:null}
  </section>`}function Ni({t,lang:e,ErrorText:i,stream:n}){let[o,r]=v([]),[a,s]=v(null),[d,l]=v(!1),[p,h]=v(null),c=async(m,b)=>{l(!0),s(null);try{let T=(await N(Ii,{s:n,from:m},{lang:e})).recordTimeline;r([...b,T])}catch(T){s(T)}finally{l(!1)}};U(()=>{r([]),h(null),c(0,[])},[n,e]);let $=async()=>{h({busy:!0});try{let m=(await N(Ai,{s:n},{lang:e})).verifyStream;h({result:m})}catch(m){h({error:m})}},y=o.flatMap(m=>m.entries),u=o[o.length-1];return G`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${n}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${p?.busy} onClick=${$}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${p?.result?G`<${$n} t=${t} failure=${p.result.firstFailure} ok=${t("audit.recordOk",{count:p.result.eventsChecked})} />`:null}
      </div>
      <${i} error=${p?.error} />
    </div>
    <${i} error=${a} />
    ${y.length>0?G`<${ki} key=${n+y.length} t=${t} lang=${e} ErrorText=${i} stream=${n} entries=${y} />`:null}
    ${y.length>0?G`<table class="timeline">
          <caption>${t("audit.events",{count:u.totalCount})}</caption>
          <thead><tr><th scope="col">${t("version")}</th><th scope="col">${t("audit.when")}</th><th scope="col">${t("audit.who")}</th><th scope="col">${t("audit.what")}</th><th scope="col">${t("audit.reason")}</th><th scope="col">${t("audit.changes")}</th></tr></thead>
          <tbody>
            ${y.map(m=>G`<tr>
                <td>${m.version}</td>
                <td>${x(m.recordedAt,e)}</td>
                <td>${m.actor??t("audit.ledgerItself")}${m.role?G` <span class="role">(${t("roles."+m.role)})</span>`:null}</td>
                <td>${t("audit.kinds."+m.kind)==="audit.kinds."+m.kind?m.kind:t("audit.kinds."+m.kind)}</td>
                <td>${m.reason??""}</td>
                <td><${Pi} t=${t} lang=${e} changes=${m.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:d?G`<p role="status">${t("loading")}</p>`:null}
    ${u?.nextVersion!=null&&o.length<Si?G`<button type="button" disabled=${d} onClick=${()=>c(u.nextVersion,o)}>${t("audit.more")}</button>`:null}
  </section>`}function $n({t,failure:e,ok:i}){return e?G`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:G`<p class="notice verify-ok">${i}</p>`}function xi({t,lang:e,ErrorText:i}){let[n,o]=v(null),[r,a]=v(null),[s,d]=v(!1),l=ce(!1),p=async()=>{if(l.current)return;l.current=!0,d(!0),a(null);let h=0,c=0;try{let $=!1;for(let y=0;y<Ci&&!$;y++){let u=(await N(Ti,{after:h},{lang:e})).verifyLedger;if(c+=u.eventsChecked,h=u.lastPosition,$=u.done||u.firstFailure!=null,o({checked:c,at:h,head:u.head,failure:u.firstFailure,done:$}),!$&&u.eventsChecked===0)break}if(!$)throw new B(t("audit.stalled",{position:h}),{code:"INTERNAL"})}catch($){a($)}finally{l.current=!1,d(!1)}};return G`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t("audit.verify")}</h2>
    <p>${t("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${p} disabled=${s}>${t("audit.verifyButton")}</button>
    </div>
    ${n?G`<div class="field">
          <label for="audit-verify-progress">${t("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(n.head,1)} value=${n.at}>${n.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${n&&!n.done?G`<p>${t("audit.verifying",{checked:n.checked,head:n.head})}</p>`:null}
      ${n?.done?G`<${$n} t=${t} failure=${n.failure} ok=${t("audit.ledgerOk",{count:n.checked})} />`:null}
    </div>
    <${i} error=${r} />
  </section>`}function Oi({t,ErrorText:e}){let[i,n]=v(null),[o,r]=v(!1),a=async()=>{if(!o){r(!0),n(null);try{let s=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${Ee.token()}`}});if(!s.ok){let c=(await s.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(c?.message??`HTTP ${s.status}`),{code:c?.extensions?.code??"NETWORK"})}let d=/filename="([^"]+)"/.exec(s.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await s.blob()),p=document.createElement("a");p.href=l,p.download=d,document.body.append(p),p.click(),p.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(s){n(s)}finally{r(!1)}}};return G`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${o} onClick=${a}>${t("audit.exportButton")}</button>
    <${e} error=${i} />
  </section>`}function hn({t,lang:e,ErrorText:i,params:n,extra:o=null}){let[r,a]=v(n.get("stream")),s=d=>{a(d),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(d))};return G`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${Di} t=${t} lang=${e} ErrorText=${i} onOpen=${s} />
    ${r&&mn.test(r)?G`<${Ni} key=${r} t=${t} lang=${e} ErrorText=${i} stream=${r} />`:null}
    ${o}
    <${xi} t=${t} lang=${e} ErrorText=${i} />
    <${Oi} t=${t} ErrorText=${i} />
  </main>`}var he=Z.bind(Y);function ne(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(Se(t));if(!e)return null;let i=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(i)?i:null}function j(t,{untilRemount:e=!1}={}){let i=ce(!1),n=ce(null),[o,r]=v(!1),[a,s]=v(null);return{run:async(l,p,h)=>{if(i.current)return;i.current=!0,r(!0),s(null),n.current??=Ae();let c=!1;try{let $=await N(l,{i:{...p,commandId:n.current}},{lang:t});n.current=null,c=!0,await h($)}catch($){$.code!=="NETWORK"&&(n.current=null),s($)}finally{c&&e||(i.current=!1),r(!1)}},busy:o,error:a,setError:s}}function fe(t,e,i={}){if(!t)return null;let n=String(t.field??"").split(".")[0];return n&&Object.hasOwn(e,n)?e[n]:t.rule&&i[t.rule]||null}function oe({ui:t,id:e,label:i,value:n,onInput:o,error:r,hint:a,rows:s,className:d="",...l}){let{ErrorText:p}=t,h=[a?e+"-hint":null,r?e+"-error":null].filter(Boolean).join(" ")||void 0,c={id:e,value:n,"aria-invalid":r?"true":void 0,"aria-describedby":h,onInput:$=>o($.currentTarget.value),...l};return he`<div class=${"field "+d+(r?" invalid":"")}>
    <label for=${e}>${i}</label>
    ${s?he`<textarea rows=${s} ...${c}></textarea>`:he`<input ...${c} />`}
    ${a?he`<p class="hint" id=${e+"-hint"}>${a}</p>`:null}
    ${r?he`<${p} error=${r} id=${e+"-error"} />`:null}
  </div>`}function Ie({ui:t,id:e,label:i,mutation:n,input:o,onDone:r,className:a}){let{lang:s,ErrorText:d}=t,l=j(s);return he`<div class="action">
    <button type="button" id=${e} class=${a} disabled=${l.busy} onClick=${()=>l.run(n,o,r)}>${i}</button>
    <${d} error=${l.error} id=${e+"-error"} />
  </div>`}function be({ui:t,id:e,title:i,intro:n,reasonLabel:o,submitLabel:r,mutation:a,input:s,reasonKey:d="reason",onDone:l,danger:p=!1,untilRemount:h=!1}){let{t:c,lang:$,ErrorText:y}=t,[u,m]=v(""),b=j($,{untilRemount:h}),T=_=>{_.preventDefault(),b.run(a,{...s,[d]:O(u)},l)},f=fe(b.error,{[d]:"reason"})==="reason";return he`<form class=${"reason-form"+(p?" danger":"")} id=${e} onSubmit=${T} novalidate aria-labelledby=${e+"-heading"}>
    <h3 id=${e+"-heading"}>${i}</h3>
    ${n?he`<p>${n}</p>`:null}
    <${oe} ui=${t} id=${e+"-reason"} label=${o??c("reasonLabel")} rows="2" value=${u} onInput=${m} error=${f?b.error:null} />
    <div class="action">
      <button type="submit" id=${e+"-submit"} class=${p?"danger":void 0} disabled=${b.busy}>${b.busy?c("submitting"):r}</button>
      ${b.error&&!f?he`<${y} error=${b.error} id=${e+"-error"} />`:null}
    </div>
  </form>`}var Li=new Uint32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),ue=(t,e)=>t>>>e|t<<32-e;function Fi(t){let e=new Uint32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),i=t.length,n=new Uint8Array((i+8>>6)+1<<6);n.set(t),n[i]=128;let o=new DataView(n.buffer);o.setUint32(n.length-8,Math.floor(i/536870912)),o.setUint32(n.length-4,i<<3>>>0);let r=new Uint32Array(64);for(let a=0;a<n.length;a+=64){for(let u=0;u<16;u++)r[u]=o.getUint32(a+u*4);for(let u=16;u<64;u++){let m=ue(r[u-15],7)^ue(r[u-15],18)^r[u-15]>>>3,b=ue(r[u-2],17)^ue(r[u-2],19)^r[u-2]>>>10;r[u]=r[u-16]+m+r[u-7]+b>>>0}let[s,d,l,p,h,c,$,y]=e;for(let u=0;u<64;u++){let m=y+(ue(h,6)^ue(h,11)^ue(h,25))+(h&c^~h&$)+Li[u]+r[u]>>>0,b=(ue(s,2)^ue(s,13)^ue(s,22))+(s&d^s&l^d&l)>>>0;y=$,$=c,c=h,h=p+m>>>0,p=l,l=d,d=s,s=m+b>>>0}e[0]+=s,e[1]+=d,e[2]+=l,e[3]+=p,e[4]+=h,e[5]+=c,e[6]+=$,e[7]+=y}return Array.from(e,a=>a.toString(16).padStart(8,"0")).join("")}async function fn(t){let e=new Uint8Array(await t.arrayBuffer());if(globalThis.isSecureContext&&globalThis.crypto?.subtle){let i=new Uint8Array(await crypto.subtle.digest("SHA-256",e));return Array.from(i,n=>n.toString(16).padStart(2,"0")).join("")}return Fi(e)}var H=Z.bind(Y),Ui=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,Je="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",bn=`query MyBids { myBids(first: 100) { nodes { ${Je} } } }`,Mi=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${Je} } }`,Bi=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${Je} } }`,Hi=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${Je} } }`,ji="mutation Challenge($i: ChallengeAwardInput!) { challengeAward(input: $i) { version } }";function vn({ui:t}){let{t:e,lang:i,ErrorText:n,Link:o}=t,[r,a]=v(null),[s,d]=v(null);return U(()=>{let l=!0;return N(Ui,{after:null},{lang:i}).then(p=>l&&a(p.eligibleProcurements.nodes),p=>l&&d(p)),()=>{l=!1}},[i]),H`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${n} error=${s} />
    ${r==null&&!s?H`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?H`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${r&&r.length>0?H`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${r.map(l=>H`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${o} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${k(l.procurement.budget)}</td>
                <td>${x(l.procurement.bidDeadline,i)}</td>
                <td>
                  ${l.eligible?H`<strong class="badge ok">${e("proc.eligible")}</strong>`:H`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map(p=>H`<li>${p.message} <code class="rule">${p.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Vi(t,e){if(t.length===0)return{};let i=t.map((r,a)=>`$p${a}: UUID!`).join(", "),n=t.map((r,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await N(`query Titles(${i}) { ${n} }`,Object.fromEntries(t.map((r,a)=>["p"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.title]))}function yn({ui:t}){let{t:e,lang:i,ErrorText:n,Link:o}=t,[r,a]=v(null),[s,d]=v({}),[l,p]=v(null);return U(()=>{let h=!0;return N(bn,{},{lang:i}).then(async c=>{if(!h)return;a(c.myBids.nodes);let $=[...new Set(c.myBids.nodes.map(u=>u.procurementId))].slice(0,100),y=await Vi($,i);h&&d(y)}).catch(c=>h&&p(c)),()=>{h=!1}},[i]),H`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${n} error=${l} />
    ${r==null&&!l?H`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?H`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${r&&r.length>0?H`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${r.map(h=>H`<tr>
                <td><${o} href=${"/app/procurements/"+h.procurementId}>${s[h.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+h.status)}</td>
                <td>${x(h.sealedAt,i)}</td>
                <td>${h.replacements}</td>
                <td><code class="hash">${h.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function gn({ui:t,prefix:e,command:i,submitLabel:n,onSend:o}){let{t:r,ErrorText:a}=t,[s,d]=v(""),[l,p]=v(""),[h,c]=v([]),[$,y]=v(!1),[u,m]=v(null),b=I=>{I.preventDefault();let S=ne(s);if(S==null)return m(new B(r("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));m(null),o(S,O(l),h)},T=async I=>{let S=[...I.currentTarget.files];I.currentTarget.value="",y(!0);try{let D=[];for(let A of S)D.push({name:A.name,sha256:await fn(A)});c(A=>[...A,...D.filter(P=>!A.some(V=>V.name===P.name&&V.sha256===P.sha256))])}catch(D){m(new B(r("proc.documentUnreadable",{message:D.message}),{code:"VALIDATION",field:"documents"}))}finally{y(!1)}},f=u??i.error,_=f&&(f.field==="priceFen"||f.field==="price"),g=f&&f.field==="technicalProposal",E=f&&String(f.field??"").startsWith("documents");return H`<form class="bid" onSubmit=${b} novalidate>
    <div class=${"field"+(_?" invalid":"")}>
      <label for=${e+"-price"}>${r("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${s} aria-describedby=${e+"-price-hint"+(_?" "+e+"-price-error":"")}
        aria-invalid=${_?"true":void 0} onInput=${I=>d(I.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${r("proc.priceHint")}</p>
      ${_?H`<${a} error=${f} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(g?" invalid":"")}>
      <label for=${e+"-proposal"}>${r("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${l} aria-invalid=${g?"true":void 0}
        aria-describedby=${g?e+"-proposal-error":void 0} onInput=${I=>p(I.currentTarget.value)}></textarea>
      ${g?H`<${a} error=${f} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class=${"field documents"+(E?" invalid":"")}>
      <label for=${e+"-documents"}>${r("proc.documents")}</label>
      <input id=${e+"-documents"} type="file" multiple aria-describedby=${e+"-documents-hint"+(E?" "+e+"-documents-error":"")}
        aria-invalid=${E?"true":void 0} onChange=${T} />
      <p class="hint" id=${e+"-documents-hint"}>${r("proc.documentsHint")}</p>
      ${$?H`<p role="status">${r("proc.hashing")}</p>`:null}
      ${h.length>0?H`<ul class="documents" id=${e+"-document-list"}>${h.map((I,S)=>H`<li><span class="name">${I.name}</span> <code class="hash">${I.sha256}</code>
              <button type="button" class="link" aria-label=${r("proc.removeDocument",{name:I.name})} onClick=${()=>c(D=>D.filter((A,P)=>P!==S))}>${r("con.remove")}</button></li>`)}</ul>`:null}
      ${E?H`<${a} error=${f} id=${e+"-documents-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${i.busy||$}>${n}</button>
      ${f&&!_&&!g&&!E?H`<${a} error=${f} id=${e+"-error"} />`:null}
    </div>
  </form>`}function En({ui:t,procurement:e,onChanged:i}){let{t:n,lang:o,ErrorText:r}=t,[a,s]=v(null),[d,l]=v(null),[p,h]=v(null),[c,$]=v(0),y=j(o),u=j(o),m=j(o);U(()=>{let E=!0;return N(bn,{},{lang:o}).then(I=>E&&s(I.myBids.nodes.filter(S=>S.procurementId===e.id)),I=>E&&l(I)),()=>{E=!1}},[o,e.id,c]);let b=E=>()=>{h(n(E)),$(I=>I+1),i()},T=a?.find(E=>E.status==="SUBMITTED"),f=e.status==="PUBLISHED",_=t.claims?.organisation,g=e.status==="AWARDED"&&e.award&&e.award.organisationId!==_&&e.openedBids.some(E=>E.organisationId===_);return H`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${n("proc.myBid")}</h2>
    ${p?H`<p class="notice" role="status">${p}</p>`:null}
    <${r} error=${d} />
    ${T?H`<dl class="facts">
            <div><dt>${n("state")}</dt><dd id="my-bid-status">${n("proc.bidStatuses."+T.status)}</dd></div>
            <div><dt>${n("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${T.commitment}</code></dd></div>
            <div><dt>${n("proc.sealedAt")}</dt><dd>${x(T.sealedAt,o)}</dd></div>
            <div><dt>${n("proc.replacements")}</dt><dd>${T.replacements}</dd></div>
          </dl>
          <p class="hint">${n("proc.sealedNote")}</p>
          ${f?H`<h3>${n("proc.replaceBid")}</h3>
                <${gn} ui=${t} prefix="replace" command=${u} submitLabel=${n("proc.replaceBid")}
                  onSend=${(E,I,S)=>u.run(Bi,{bidId:T.id,priceFen:E,technicalProposal:I,documents:S,expectedVersion:T.version},b("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${m.busy}
                    onClick=${()=>m.run(Hi,{bidId:T.id,expectedVersion:T.version},b("proc.bidWithdrawn"))}>${n("proc.withdrawBid")}</button>
                  <${r} error=${m.error} id="withdraw-error" />
                </div>`:null}`:f?H`<${gn} ui=${t} prefix="bid" command=${y} submitLabel=${n("proc.submitBid")}
            onSend=${(E,I,S)=>y.run(Mi,{procurementId:e.id,priceFen:E,technicalProposal:I,documents:S},b("proc.bidSubmitted"))} />`:H`<p class="empty">${n("proc.notTakingBids")}</p>`}
    ${g?H`<${be} key=${"challenge"+c} ui=${t} id="challenge" title=${n("proc.challengeTitle")}
          intro=${n("proc.challengeIntro",{deadline:W(e.award.challengeDeadline,o)})} reasonLabel=${n("proc.grounds")} reasonKey="grounds"
          submitLabel=${n("proc.challengeSubmit")} mutation=${ji} input=${{procurementId:e.id,organisationId:_}} onDone=${b("proc.challengeFiled")} />`:null}
  </section>`}var pe=Z.bind(Y);function Xe({id:t,title:e,describe:i,parts:n,format:o=String}){let r=n.reduce((l,p)=>l+Math.max(0,p.value),0),a=600,s=0,d=n.map(l=>{let p=r>0?Math.max(0,l.value)/r*a:0,h=pe`<rect class=${"part "+l.className} x=${s.toFixed(2)} y="0" width=${p.toFixed(2)} height="28" data-part=${l.key} data-value=${l.value} />`;return s+=p,h});return pe`<figure class="chart split-bar" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${a} 28`} preserveAspectRatio="none" role="img" aria-label=${i} focusable="false">
      <rect class="track" x="0" y="0" width=${a} height="28" />
      ${d}
    </svg>
    <ul class="legend">
      ${n.map(l=>pe`<li data-part=${l.key}><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label} ${o(l.value)}</li>`)}
    </ul>
  </figure>`}function In({id:t,title:e,describe:i,bars:n}){let o=Math.max(1,...n.map(l=>l.count)),r=64,a=110,s=18,d=r*n.length;return pe`<figure class="chart count-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${d} ${s+a+36}`} role="img" aria-label=${i} focusable="false">
      ${n.map((l,p)=>{let h=l.count/o*a,c=p*r+10,$=s+a-h;return pe`<g class=${"bar "+(l.className??"")} data-key=${l.key} data-count=${l.count}>
          <rect x=${c} y=${$.toFixed(2)} width=${r-20} height=${h.toFixed(2)} />
          <text class="count" x=${c+(r-20)/2} y=${($-4).toFixed(2)} text-anchor="middle">${l.count}</text>
          <text class="label" x=${c+(r-20)/2} y=${s+a+16} text-anchor="middle">${l.label}</text>
          ${l.sublabel?pe`<text class="label sub" x=${c+(r-20)/2} y=${s+a+32} text-anchor="middle">${l.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${d} y1=${s+a} y2=${s+a} />
    </svg>
  </figure>`}function _n({id:t,title:e,describe:i,series:n,rows:o,format:r=String}){let a=Math.max(1,...o.flatMap(c=>c.values)),s=220,d=420,l=14,p=n.length*(l+2)+14,h=o.length*p+4;return pe`<figure class="chart paired-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${s+d+140} ${h}`} role="img" aria-label=${i} focusable="false">
      ${o.map((c,$)=>{let y=$*p+4;return pe`<g class="row" data-key=${c.key}>
          <text class="label" x=${s-8} y=${y+p/2-2} text-anchor="end">${c.label}</text>
          ${c.values.map((u,m)=>{let b=u/a*d,T=y+m*(l+2);return pe`<rect class=${"bar "+n[m].className} x=${s} y=${T} width=${b.toFixed(2)} height=${l} data-series=${n[m].className} data-value=${u} />
              <text class="value" x=${s+b+4} y=${T+l-3}>${r(u)}</text>`})}
        </g>`})}
    </svg>
    <ul class="legend">${n.map(c=>pe`<li><span class=${"swatch "+c.className} aria-hidden="true"></span>${c.label}</li>`)}</ul>
  </figure>`}var M=Z.bind(Y),qi=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function bt(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(Se(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var Gi=t=>(t/100).toFixed(2),Wi="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",An=`committeeId procurementId status version seats seed constitutedAt concludedAt allSubmitted
  members { ${Wi} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,Yi=`query MyCommittees { myCommittees(first: 100) { ${An} } }`,Tn=`query Committee($id: UUID!) { committee(id: $id) { ${An} } }`,Ki=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,Qi="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",Zi="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function zi(t,e){if(t.length===0)return{};let i=t.map((r,a)=>`$p${a}: UUID!`).join(", "),n=t.map((r,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await N(`query Titles(${i}) { ${n} }`,Object.fromEntries(t.map((r,a)=>["p"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.title]))}function Sn({ui:t}){let{t:e,lang:i,claims:n,ErrorText:o,Link:r}=t,[a,s]=v(null),[d,l]=v({}),[p,h]=v(null);return U(()=>{let c=!0;return N(Yi,{},{lang:i}).then(async $=>{if(!c)return;s($.myCommittees);let y=await zi([...new Set($.myCommittees.map(u=>u.procurementId))].slice(0,100),i);c&&l(y)}).catch($=>c&&h($)),()=>{c=!1}},[i]),M`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${o} error=${p} />
    ${a==null&&!p?M`<p role="status">${e("loading")}</p>`:null}
    ${a&&a.length===0?M`<p class="empty">${e("eval.none")}</p>`:null}
    ${a&&a.length>0?M`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${a.map(c=>{let $=c.members.find(u=>u.memberId===n.organisation),y=c.members.filter(u=>u.sitting);return M`<tr>
                <td><${r} href=${"/app/committees/"+c.committeeId}>${d[c.procurementId]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+c.status)}</td>
                <td>${$?e($.sitting?$.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${y.filter(u=>u.submitted).length} / ${y.length}</td>
                <td>${x(c.constitutedAt,i)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function Ji(t,e,i){if(!t||t.field!=="scores.criteria.points")return null;let n=e.find(r=>t.message.includes(r.bidId)),o=i.find(r=>t.message.includes(`'${r.name}'`)||t.message.includes(`\u201C${r.name}\u201D`));return n&&o?`${n.bidId}/${o.key}`:null}function Xi({ui:t,committee:e,me:i,bids:n,criteria:o,onDone:r}){let{t:a,lang:s,ErrorText:d}=t,[l,p]=v({}),[h,c]=v(null),$=j(s),y=b=>{b.preventDefault();let T=[];for(let f of n){let _={bidId:f.bidId,criteria:[]};for(let g of o){let E=bt(l[f.bidId+"/"+g.key]??"");if(E==null)return c({key:f.bidId+"/"+g.key,error:new B(a("eval.pointsInvalid",{max:g.maxPoints}),{code:"VALIDATION"})});_.criteria.push({key:g.key,pointsHundredths:E})}T.push(_)}c(null),$.run(Zi,{committeeId:e.committeeId,memberId:i.memberId,scores:T},r)},u=Ji($.error,n,o),m=b=>h?.key===b?h.error:u===b?$.error:null;return M`<form class="sheet" onSubmit=${y} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a("proc.price")}</th>${o.map(b=>M`<th scope="col">${b.name} (${a("eval.max",{max:b.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${n.map((b,T)=>M`<tr>
            <th scope="row">${b.organisationName}</th>
            <td class="money">${k(b.price)}</td>
            ${o.map(f=>{let _=b.bidId+"/"+f.key,g=`score-${T}-${f.key}`,E=m(_);return M`<td class=${"field"+(E?" invalid":"")}>
                <label class="sr-only" for=${g}>${a("eval.scoreLabel",{name:b.organisationName,criterion:f.name})}</label>
                <input id=${g} inputmode="decimal" size="6" value=${l[_]??""} aria-invalid=${E?"true":void 0}
                  aria-describedby=${E?g+"-error":void 0} onInput=${I=>p({...l,[_]:I.currentTarget.value})} />
                ${E?M`<${d} error=${E} id=${g+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${$.busy}>${a("eval.submitSheet")}</button>
      ${$.error&&!u?M`<${d} error=${$.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function er({ui:t,committee:e,me:i,bids:n,onDone:o}){let{t:r,lang:a,ErrorText:s}=t,[d,l]=v(n[0]?.organisationId??""),[p,h]=v("OTHER"),[c,$]=v(""),y=j(a),u=b=>{b.preventDefault(),y.run(Qi,{committeeId:e.committeeId,memberId:i.memberId,organisationId:d,kind:p,note:c.trim()},o)},m=y.error?.field==="note";return M`<form class="relation" onSubmit=${u} novalidate>
    <div class="field"><label for="relation-org">${r("eval.relatedBidder")}</label>
      <select id="relation-org" value=${d} onChange=${b=>l(b.currentTarget.value)}>
        ${n.map(b=>M`<option value=${b.organisationId}>${b.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${r("eval.relationKind")}</label>
      <select id="relation-kind" value=${p} onChange=${b=>h(b.currentTarget.value)}>
        ${qi.map(b=>M`<option value=${b}>${r("eval.kinds."+b)}</option>`)}
      </select></div>
    <div class=${"field"+(m?" invalid":"")}><label for="relation-note">${r("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${c} aria-invalid=${m?"true":void 0} aria-describedby=${m?"relation-note-error":void 0}
        onInput=${b=>$(b.currentTarget.value)}></textarea>
      ${m?M`<${s} error=${y.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${y.busy}>${r("eval.declare")}</button>
      ${y.error&&!m?M`<${s} error=${y.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function tr(t,e,i){let n=t?.find(o=>o.bidId===e)?.criteria.find(o=>o.key===i)?.pointsHundredths;return n==null?"":Gi(n)}function Cn({ui:t,id:e}){let{t:i,lang:n,claims:o,ErrorText:r,Link:a}=t,[s,d]=v(void 0),[l,p]=v(null),[h,c]=v(null),[$,y]=v(null);U(()=>{let E=!0;return N(Tn,{id:e},{lang:n}).then(async I=>{if(E&&(d(I.committee),I.committee)){let S=await N(Ki,{id:I.committee.procurementId},{lang:n});E&&p(S.procurement)}}).catch(I=>E&&c(I)),()=>{E=!1}},[e,n]);let u=E=>async()=>{let I=await N(Tn,{id:e},{lang:n});d(I.committee),y(i(E))};if(s===void 0&&!h)return M`<main id="main"><p role="status">${i("loading")}</p></main>`;if(!s)return M`<main id="main"><h1>${i("eval.committee")}</h1><${r} error=${h} />${h?null:M`<p class="empty">${i("eval.notFound")}</p>`}</main>`;let m=s.members.find(E=>E.memberId===o?.organisation),b=l?.openedBids.filter(E=>E.valid)??[],T=l?.scoring.criteria??[],f=E=>l?.openedBids.find(I=>I.organisationId===E)?.organisationName??E,_=s.members.filter(E=>E.sitting),g=s.status==="SCORING";return M`<main id="main">
    <h1>${i("eval.committee")}${l?M`：<${a} href=${"/app/procurements/"+l.id}>${l.title}<//>`:null}</h1>
    ${$?M`<p class="notice" role="status">${$}</p>`:null}
    <${r} error=${h} />
    <dl class="facts">
      <div><dt>${i("state")}</dt><dd id="committee-status">${i("eval.statuses."+s.status)}</dd></div>
      <div><dt>${i("eval.seats")}</dt><dd>${s.seats}</dd></div>
      <div><dt>${i("eval.sheetsIn")}</dt><dd id="sheets-in">${_.filter(E=>E.submitted).length} / ${_.length}</dd></div>
      <div><dt>${i("eval.constitutedAt")}</dt><dd>${x(s.constitutedAt,n)}</dd></div>
    </dl>

    ${m&&!m.sitting?M`<p class="notice" id="recused">${i("eval.youRecused")}</p>
          <ul class="reasons">${m.recusal.map(E=>M`<li>${f(E.organisationId)} — ${i("eval.kinds."+E.kind)}${E.note?"\uFF1A"+E.note:""}</li>`)}</ul>`:null}
    ${m&&m.sitting&&g&&!m.submitted&&l?M`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${i("eval.yourSheet")}</h2>
            <${Xi} ui=${t} committee=${s} me=${m} bids=${b} criteria=${T} onDone=${u("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${i("eval.declareTitle")}</h2>
            <p class="hint">${i("eval.declareHint")}</p>
            <${er} ui=${t} committee=${s} me=${m} bids=${b} onDone=${u("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${i("eval.members")}</h2>
      ${s.allSubmitted?null:M`<p class="hint" id="sheets-hidden">${i("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${i("eval.members")}</caption>
        <thead><tr><th scope="col">${i("eval.member")}</th><th scope="col">${i("eval.role")}</th><th scope="col">${i("state")}</th><th scope="col">${i("eval.sheetDigest")}</th>
          ${T.map(E=>M`<th scope="col">${E.name}</th>`)}</tr></thead>
        <tbody>
          ${s.members.map(E=>M`<tr class=${E.memberId===m?.memberId?"me":""}>
              <td>${E.name}${E.memberId===m?.memberId?M` <strong>(${i("eval.you")})</strong>`:null}</td>
              <td>${i("eval.roles."+E.role)}</td>
              <td>${i(E.sitting?E.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${E.sheetDigest?M`<code class="hash">${E.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${T.map(I=>M`<td class="scores">${E.scores?b.map(S=>M`<span class="score">${S.organisationName}：${tr(E.scores,S.bidId,I.key)}</span> `):E.submitted?M`<span class="hidden">${i("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${s.report?M`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${i("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${s.report.ranking.map(E=>M`<li>${f(E.organisationId)} · ${k(E.price)} · ${i("eval.total",{total:E.total,price:E.priceScore,criteria:E.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${i("eval.sheetsDigest")} <code class="hash">${s.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var F=Z.bind(Y),vt="code nameZh nameEn weight",nr=`evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${vt} children { ${vt} children { ${vt} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`,ir=`query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${nr} } }`,rr=`query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`,or="query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }",ar="query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }",sr="mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }",cr="query ThirdParties($f: OrganisationFilterInput) { organisations(filter: $f, first: 20) { nodes { id name creditCode } } }",dr="mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }",lr="mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }",et=t=>`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`;function yt(t,e=null){return t.flatMap(i=>i.children?.length?yt(i.children,i):[{leaf:i,group:e}])}function ur(t,e){return t>=e.excellent*100?"EXCELLENT":t>=e.good*100?"GOOD":t>=e.fair*100?"FAIR":"POOR"}function xe({t,grade:e,id:i}){return e?F`<strong class=${"grade grade-"+e.toLowerCase()} id=${i}>${t("perf.grades."+e)}</strong>`:null}function pr({ui:t,contract:e,value:i,onPick:n,error:o}){let{t:r,lang:a,ErrorText:s}=t,[d,l]=v(""),[p,h]=v(null),[c,$]=v(null),y=async()=>{$(null);try{let m=(await N(cr,{f:{nameContains:O(d),status:"ACTIVE"}},{lang:a})).organisations.nodes.filter(b=>b.id!==e.supplier);h(m),n(m[0]?.id??"")}catch(u){$(u)}};return F`<div class="third-party">
    <div class="field"><label for="evaluation-third-search">${r("perf.thirdPartySearch")}</label>
      <input id="evaluation-third-search" value=${d} onInput=${u=>l(u.currentTarget.value)}
        onKeyDown=${u=>u.key==="Enter"&&(u.preventDefault(),y())} /></div>
    <button type="button" class="secondary" id="evaluation-third-find" onClick=${y}>${r("search")}</button>
    <${s} error=${c} />
    ${p&&p.length===0?F`<p class="empty" role="status">${r("perf.thirdPartyNone")}</p>`:null}
    ${p&&p.length>0?F`<div class=${"field"+(o?" invalid":"")}><label for="evaluation-third">${r("perf.thirdParty")}</label>
          <select id="evaluation-third" value=${i} aria-invalid=${o?"true":void 0} aria-describedby=${o?"open-evaluation-error":void 0}
            onChange=${u=>n(u.currentTarget.value)}>
            ${p.map(u=>F`<option value=${u.id}>${u.name}（${u.creditCode}）</option>`)}
          </select></div>`:null}
  </div>`}function Rn({ui:t,contract:e}){let{t:i,lang:n,claims:o,ErrorText:r,Link:a,navigate:s}=t,d=o?.role==="purchaser"&&o.organisation===e.purchaserUnit,l=o?.role==="ngo"&&o.organisation===e.supplier,p=e.status==="COMPLETED"||e.status==="TERMINATED",[h,c]=v(null),[$,y]=v(null),[u,m]=v(l?"SELF":"PURCHASER"),[b,T]=v(""),f=j(n);if(U(()=>{let g=!0,E={contractId:e.id,mine:d||l};return N(rr,{f:E},{lang:n}).then(I=>g&&c(I.performanceEvaluations.nodes),I=>g&&y(I)),()=>{g=!1}},[e.id,e.version,n]),!p&&(h??[]).length===0)return null;let _=g=>{g.preventDefault();let E={contractId:e.id,evaluator:u};if(u==="THIRD_PARTY"){if(!b)return f.setError(new B(i("perf.thirdPartyPick"),{code:"VALIDATION",field:"evaluatorOrganisationId"}));E.evaluatorOrganisationId=b}f.run(sr,E,I=>s("/app/evaluations/"+I.openPerformanceEvaluation.evaluationId))};return F`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${i("perf.title")}</h2>
    <${r} error=${$} />
    ${h&&h.length===0?F`<p class="empty">${i("perf.none")}</p>`:null}
    ${h&&h.length>0?F`<ul class="evaluations">${h.map(g=>F`<li><${a} href=${"/app/evaluations/"+g.evaluationId}>${i("perf.evaluators."+g.evaluator)}<//> · ${i("perf.statuses."+g.status)}
            ${g.grade?F` · ${i("perf.totalIs",{total:g.total})} <${xe} t=${i} grade=${g.grade} />`:null}
            ${g.concludedAt?F` · ${x(g.concludedAt,n)}`:null}</li>`)}</ul>`:null}
    ${p&&(d||l)?F`<form class="open-evaluation" onSubmit=${_}>
          ${d?F`<div class="field"><label for="evaluation-kind">${i("perf.evaluator")}</label>
                <select id="evaluation-kind" value=${u} onChange=${g=>m(g.currentTarget.value)}>
                  ${["PURCHASER","THIRD_PARTY","SELF"].map(g=>F`<option value=${g}>${i("perf.evaluators."+g)}</option>`)}
                </select></div>
              ${u==="THIRD_PARTY"?F`<${pr} ui=${t} contract=${e} value=${b} onPick=${T}
                    error=${f.error?.rule==="PERF-EVALUATOR"?f.error:null} />`:null}`:null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${f.busy}>${i(l?"perf.openSelf":"perf.open")}</button>
            <${r} error=${f.error} id="open-evaluation-error" />
          </div>
        </form>`:null}
  </section>`}function mr(t,e){return!t||!String(t.field??"").startsWith("scores")?null:e.find(({leaf:i})=>new RegExp(`\\b${i.code}\\b`).test(t.message))?.leaf.code??null}function $r({ui:t,e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,a=yt(e.indicators),[s,d]=v(()=>Object.fromEntries(e.scores.map(g=>[g.indicator,et(g.pointsHundredths)]))),[l,p]=v(e.comment??""),[h,c]=v(null),$=j(o),y=j(o),u=a.map(({leaf:g})=>[g,O(s[g.code]??"")?bt(s[g.code]):void 0]),m=u.reduce((g,[,E])=>g+(E??0),0),b=u.filter(([,g])=>g===void 0).length,T=g=>{g.preventDefault();let E=[];for(let[I,S]of u){if(S===null||S>I.weight*100)return c({code:I.code,error:new B(n("perf.pointsInvalid",{max:I.weight}),{code:"VALIDATION",rule:"PERF-SCORE"})});S!==void 0&&E.push({indicator:I.code,pointsHundredths:S})}c(null),$.run(dr,{evaluationId:e.evaluationId,scores:E,comment:O(l),expectedVersion:e.version},()=>i(n("perf.scoresSaved")))},f=mr($.error,a),_=g=>h?.code===g?h.error:f===g?$.error:null;return F`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${n("perf.scoreTitle")}</h2>
    <form onSubmit=${T} novalidate>
      <table class="indicators">
        <caption>${n("perf.indicators")}</caption>
        <thead><tr><th scope="col">${n("perf.group")}</th><th scope="col">${n("perf.indicator")}</th><th scope="col">${n("perf.maxPoints")}</th><th scope="col">${n("perf.points")}</th></tr></thead>
        <tbody>${a.map(({leaf:g,group:E})=>{let I="score-"+g.code,S=_(g.code),D=o==="en"?g.nameEn:g.nameZh;return F`<tr>
            <td>${E?`${o==="en"?E.nameEn:E.nameZh}\uFF08${E.weight}\uFF09`:"\u2014"}</td>
            <th scope="row">${D}</th>
            <td>${g.weight}</td>
            <td class=${"field"+(S?" invalid":"")}>
              <label class="sr-only" for=${I}>${n("perf.scoreLabel",{name:D,max:g.weight})}</label>
              <input id=${I} inputmode="decimal" size="6" value=${s[g.code]??""} aria-invalid=${S?"true":void 0}
                aria-describedby=${S?I+"-error":void 0} onInput=${A=>d({...s,[g.code]:A.currentTarget.value})} />
              ${S?F`<${r} error=${S} id=${I+"-error"} />`:null}
            </td>
          </tr>`})}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${b>0?n("perf.totalSoFar",{total:et(m),blank:b}):F`${n("perf.totalWouldBe",{total:et(m)})} <${xe} t=${n} grade=${ur(m,e.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${n("perf.comment")}</label>
        <textarea id="evaluation-comment" rows="3" value=${l} onInput=${g=>p(g.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${$.busy}>${n("perf.submitScores")}</button>
        ${$.error&&!f?F`<${r} error=${$.error} id="submit-scores-error" />`:null}
      </div>
    </form>
    ${e.submissions>0?F`<div class="action">
          <p class="hint">${n("perf.concludeHint")}</p>
          <button type="button" id="conclude-evaluation" disabled=${y.busy}
            onClick=${()=>y.run(lr,{evaluationId:e.evaluationId,expectedVersion:e.version},()=>i(n("perf.concluded")))}>${n("perf.conclude")}</button>
          <${r} error=${y.error} id="conclude-evaluation-error" />
        </div>`:null}
  </section>`}function hr(t,e){let i={SELF:"ngo",PURCHASER:"purchaser",THIRD_PARTY:"evaluator"}[e.evaluator];return!!t&&t.role===i&&!!t.organisation&&t.organisation===e.evaluatorOrganisationId}function wn({ui:t,id:e}){let{t:i,lang:n,claims:o,ErrorText:r,Link:a}=t,[s,d]=v(void 0),[l,p]=v(null),[h,c]=v(null),[$,y]=v(null),[u,m]=v(0);if(U(()=>{let f=!0;return N(ir,{id:e},{lang:n}).then(async _=>{if(f&&(d(_.performanceEvaluation),_.performanceEvaluation?.contractId)){let g=await N(or,{id:_.performanceEvaluation.contractId},{lang:n});f&&p(g.contract)}}).catch(_=>f&&c(_)),()=>{f=!1}},[e,n,u]),h)return F`<main id="main"><${r} error=${h} /></main>`;if(s===void 0)return F`<main id="main"><p role="status">${i("loading")}</p></main>`;if(s===null)return F`<main id="main"><h1>${i("perf.notFound")}</h1></main>`;let b=Object.fromEntries(s.scores.map(f=>[f.indicator,f.pointsHundredths])),T=hr(o,s)&&s.status==="OPEN";return F`<main id="main" class="evaluation">
    <h1>${i("perf.pageTitle",{title:l?.title??"\u2026"})} <span class="status" id="evaluation-status">${i("perf.statuses."+s.status)}</span></h1>
    ${$?F`<p class="notice" role="status">${$}</p>`:null}
    <p>${i("perf.evaluators."+s.evaluator)} · ${i("perf.openedAt",{at:x(s.openedAt,n)})}
      ${l?F` · <${a} href=${"/app/contracts/"+l.id}>${i("perf.theContract")}<//>`:null}</p>
    ${s.status==="CONCLUDED"?F`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${i("perf.result")}</h2>
          <p id="evaluation-result">${i("perf.resultText",{total:s.total,at:x(s.concludedAt,n)})} <${xe} t=${i} grade=${s.grade} id="evaluation-grade" /></p>
          ${s.comment?F`<p>${i("perf.comment")}：${s.comment}</p>`:null}
        </section>`:null}
    ${T?F`<${$r} key=${s.version} ui=${t} e=${s} onDone=${f=>(y(f),m(_=>_+1))} />`:F`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${i("perf.indicators")}</h2>
          <table class="indicators"><caption class="sr-only">${i("perf.indicators")}</caption>
            <thead><tr><th scope="col">${i("perf.group")}</th><th scope="col">${i("perf.indicator")}</th><th scope="col">${i("perf.maxPoints")}</th><th scope="col">${i("perf.points")}</th></tr></thead>
            <tbody>${yt(s.indicators).map(({leaf:f,group:_})=>F`<tr>
                <td>${_?n==="en"?_.nameEn:_.nameZh:"\u2014"}</td>
                <th scope="row">${n==="en"?f.nameEn:f.nameZh}</th>
                <td>${f.weight}</td>
                <td>${b[f.code]!=null?et(b[f.code]):"\u2014"}</td>
              </tr>`)}</tbody></table>
        </section>`}
  </main>`}function Dn({ui:t,organisationId:e}){let{t:i,lang:n,Link:o}=t,[r,a]=v(null);return U(()=>{let s=!0;return N(ar,{id:e},{lang:n}).then(d=>s&&a(d.supplierGrades),()=>s&&a([])),()=>{s=!1}},[e,n]),!r||r.length===0?null:F`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${i("perf.gradesTitle")}</h2>
    <table class="grades"><caption class="sr-only">${i("perf.gradesTitle")}</caption>
      <thead><tr><th scope="col">${i("perf.concludedAt")}</th><th scope="col">${i("perf.evaluator")}</th><th scope="col">${i("perf.total")}</th><th scope="col">${i("perf.grade")}</th><th scope="col">${i("perf.contract")}</th></tr></thead>
      <tbody>${r.map(s=>F`<tr>
          <td>${x(s.concludedAt,n)}</td>
          <td>${i("perf.evaluators."+s.evaluator)}${s.countsForEligibility?null:F`<br /><span class="hint">${i("perf.notCounted")}</span>`}</td>
          <td>${s.score}</td>
          <td><${xe} t=${i} grade=${s.grade} /></td>
          <td><${o} href=${"/app/contracts/"+s.contractId}>${i("perf.theContract")}<//></td>
        </tr>`)}</tbody></table>
  </section>`}var fr=`query MyEvaluations { performanceEvaluations(filter: {mine: true}, first: 100) {
  totalCount nodes { evaluationId contractId evaluator status total grade openedAt concludedAt }
} }`;async function gr(t,e){if(t.length===0)return{};let i=t.map((r,a)=>`$c${a}: UUID!`).join(", "),n=t.map((r,a)=>`c${a}: contract(id: $c${a}) { id title }`).join(" "),o=await N(`query Titles(${i}) { ${n} }`,Object.fromEntries(t.map((r,a)=>["c"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.title]))}function Pn({ui:t}){let{t:e,lang:i,ErrorText:n,Link:o}=t,[r,a]=v(null),[s,d]=v({}),[l,p]=v(null);return U(()=>{let h=!0;return N(fr,{},{lang:i}).then(async c=>{if(!h)return;let $=c.performanceEvaluations.nodes;a($);let y=await gr([...new Set($.map(u=>u.contractId))].slice(0,100),i);h&&d(y)}).catch(c=>h&&p(c)),()=>{h=!1}},[i]),F`<main id="main">
    <h1>${e("perf.mineTitle")}</h1>
    <${n} error=${l} />
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
              <td><${xe} t=${e} grade=${h.grade} /></td>
              <td>${x(h.openedAt,i)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}var R=Z.bind(Y),br=`id version status ocdsStatus procurement { id title } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen supplementMaxPercent supplementHeadroom supplementHeadroomFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,vr=`query Contract($id: UUID!) { contract(id: $id) { ${br} } }`,yr="query Supplier($id: UUID!) { organisation(id: $id) { name } }",xn="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",Er=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${xn} } } }`,Ir=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${xn} } } }`,_r="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",Tr="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",Ar="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",Sr="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }",Cr="mutation Supplement($i: SupplementContractInput!) { supplementContract(input: $i) { version } }",Rr="mutation Suspend($i: ContractReasonInput!) { suspendContract(input: $i) { version } }",wr="mutation Resume($i: ContractReasonInput!) { resumeContract(input: $i) { version } }",Dr="mutation Terminate($i: ContractReasonInput!) { terminateContract(input: $i) { version } }",Pr="mutation CorrectPayment($i: CorrectPaymentInput!) { correctPayment(input: $i) { version } }",kr="mutation CorrectAcceptance($i: CorrectAcceptanceInput!) { correctAcceptance(input: $i) { version } }",kn=100;function Nr(t){let e=t<0,i=Math.abs(t),n=`${Math.floor(i/100)}.${String(i%100).padStart(2,"0")}`;return e?"-"+n:n}var ie=t=>k(Nr(t)),On=t=>ie(t).replace("\xA5","");function xr(t){let e=Ze(t).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(e)?Number(e):null}function Ln({t,status:e}){return e?R`<span class=${"status status-"+e.toLowerCase()} id="contract-status">${t("con.statuses."+e)}</span>`:null}function Nn(t){let e={};return t.map(i=>{let n=i.kind==="DELIVERY"?"D":"P";return e[n]=(e[n]??0)+1,{...i,id:n+e[n]}})}function Fn({ui:t,p:e,supplierName:i}){let{t:n,lang:o,ErrorText:r,navigate:a}=t,s=ne(e.award.price)??0,[d,l]=v(e.serviceStart),[p,h]=v(e.serviceEnd),[c,$]=v([{kind:"DELIVERY",title:"",due:e.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:e.serviceEnd,amount:"",follows:"D1"}]),[y,u]=v(null),m=j(o),b=Nn(c),T=b.filter(L=>L.kind==="DELIVERY"),_=b.filter(L=>L.kind==="PAYMENT").map(L=>O(L.amount)?ne(L.amount):0),g=_.reduce((L,z)=>L+(z??0),0),E=_.some(L=>L==null),I=s-g,S=(L,z,J)=>$(Q=>Q.map((ee,di)=>di===L?{...ee,[z]:J}:ee)),D=L=>$(z=>[...z,{kind:L,title:"",due:p,amount:"",follows:L==="PAYMENT"?Nn(z).filter(J=>J.kind==="DELIVERY").pop()?.id??"":""}]),A=L=>$(z=>z.filter((J,Q)=>Q!==L)),P=L=>{L.preventDefault();let z=b.findIndex(Q=>Q.kind==="PAYMENT"&&ne(Q.amount)==null);if(z>=0)return u(new B(n("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+z}));u(null);let J={procurementId:e.id,supplier:e.award.organisationId,amountFen:s,serviceStart:d,serviceEnd:p,milestones:b.map(Q=>({id:Q.id,kind:Q.kind,title:O(Q.title),due:Q.due,...Q.kind==="PAYMENT"?{amountFen:ne(Q.amount),follows:Q.follows||null}:{}}))};m.run(_r,J,Q=>a("/app/contracts/"+Q.signContract.id+"?signed=1"))},V=y??m.error,ae=L=>V?.field==="milestone-"+L?V:null,ve=String(V?.field??""),Le=ve.startsWith("milestone-"),at=!!V&&!Le&&(ve.startsWith("milestones")||V.rule==="CON-PAYMENT"&&!ve),ci=!!V&&!Le&&!at,Re;return E?Re=n("con.sumUnreadable"):I===0?Re=n("con.sumMatches",{sum:ie(g)}):I>0?Re=n("con.sumShort",{sum:ie(g),gap:ie(I)}):Re=n("con.sumOver",{sum:ie(g),gap:ie(-I)}),R`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${n("con.signTitle")}</h2>
    <p>${n("con.signIntro")}</p>
    <form onSubmit=${P} novalidate>
      <dl class="facts">
        <div><dt>${n("con.supplier")}</dt><dd id="sign-supplier">${i}</dd></div>
        <div><dt>${n("con.amount")}</dt><dd id="sign-amount">${ie(s)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${n("proc.serviceStart")}</label>
          <input id="sign-start" type="date" value=${d} onInput=${L=>l(L.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${n("proc.serviceEnd")}</label>
          <input id="sign-end" type="date" value=${p} onInput=${L=>h(L.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(at?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${n("con.milestones")}</legend>
        ${b.map((L,z)=>{let J="ms-"+z,Q=ae(z);return R`<div class=${"milestone-row kind-"+L.kind.toLowerCase()} data-id=${L.id}>
            <div class="field id"><span class="label" id=${J+"-id-label"}>${n("con.milestoneId")}</span><code id=${J+"-id"}>${L.id}</code></div>
            <div class="field"><label for=${J+"-kind"}>${n("con.kind")}</label>
              <select id=${J+"-kind"} value=${L.kind} onChange=${ee=>S(z,"kind",ee.currentTarget.value)}>
                ${["DELIVERY","PAYMENT"].map(ee=>R`<option value=${ee}>${n("con.kinds."+ee)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${J+"-title"}>${n("con.milestoneTitle",{id:L.id})}</label>
              <input id=${J+"-title"} value=${L.title} onInput=${ee=>S(z,"title",ee.currentTarget.value)} /></div>
            <div class="field"><label for=${J+"-due"}>${n("con.due",{id:L.id})}</label>
              <input id=${J+"-due"} type="date" value=${L.due} onInput=${ee=>S(z,"due",ee.currentTarget.value)} /></div>
            ${L.kind==="PAYMENT"?R`<div class=${"field"+(Q?" invalid":"")}><label for=${J+"-amount"}>${n("con.paymentAmount",{id:L.id})}</label>
                    <input id=${J+"-amount"} inputmode="decimal" value=${L.amount} aria-invalid=${Q?"true":void 0}
                      aria-describedby=${Q?J+"-amount-error":void 0} onInput=${ee=>S(z,"amount",ee.currentTarget.value)}
                      onBlur=${()=>ne(L.amount)!=null&&S(z,"amount",On(ne(L.amount)))} />
                    ${Q?R`<${r} error=${Q} id=${J+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${J+"-follows"}>${n("con.follows",{id:L.id})}</label>
                    <select id=${J+"-follows"} value=${L.follows} onChange=${ee=>S(z,"follows",ee.currentTarget.value)}>
                      <option value="">${n("con.followsNone")}</option>
                      ${T.map(ee=>R`<option value=${ee.id}>${ee.id} ${ee.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>A(z)} aria-label=${n("con.removeMilestone",{id:L.id})}>${n("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${c.length>=kn} onClick=${()=>D("DELIVERY")}>${n("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" disabled=${c.length>=kn} onClick=${()=>D("PAYMENT")}>${n("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(I===0&&!E?" ok":" off")} aria-live="polite">${Re}</p>
        ${at?R`<${r} error=${V} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${m.busy}>${m.busy?n("submitting"):n("con.sign")}</button>
        ${ci?R`<${r} error=${V} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function Or({t,c:e}){let i=e.paidFen,n=Math.max(0,e.acceptedFen-e.paidFen),o=Math.max(0,e.totalFen-Math.max(e.acceptedFen,e.paidFen)),r=t("con.chartDescribe",{paid:ie(i),owed:ie(n),later:ie(o),total:ie(e.totalFen)});return R`<${Xe}
    id="paid-chart"
    title=${t("con.chartTitle")}
    describe=${r}
    format=${ie}
    parts=${[{key:"paid",label:t("con.chartPaid"),value:i,className:"paid"},{key:"owed",label:t("con.chartOwed"),value:n,className:"owed"},{key:"later",label:t("con.chartLater"),value:o,className:"later"}]}
  />`}function Lr({ui:t,c:e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,a=e.milestones.filter(S=>S.kind==="DELIVERY"&&!S.accepted),[s,d]=v(a[0]?.id??""),[l,p]=v("true"),[h,c]=v(""),[$,y]=v(""),[u,m]=v(""),[b,T]=v(null),f=j(o);if(a.length===0)return null;let _=S=>{S.preventDefault();let D=xr(h);if(D==null)return T(new B(n("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));T(null),f.run(Tr,{contractId:e.id,milestoneId:s,passed:l==="true",recipientsParticipating:D,recipientsNote:O($),report:O(u),expectedVersion:e.version},()=>i(n(l==="true"?"con.acceptedPassed":"con.acceptedFailed")))},g=b??f.error,E=S=>g&&g.field===S,I=g&&!E("recipientsParticipating")&&!E("report");return R`<form class="accept" onSubmit=${_} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${n("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${n("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${s} onChange=${S=>d(S.currentTarget.value)}>
        ${a.map(S=>R`<option value=${S.id}>${S.id} ${S.title}（${W(S.due,o)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${n("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${l==="true"} onChange=${()=>p("true")} />
        <label for="accept-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${l==="false"} onChange=${()=>p("false")} />
        <label for="accept-failed">${n("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(E("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${n("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${h} aria-invalid=${E("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(E("recipientsParticipating")?" accept-recipients-error":"")} onInput=${S=>c(S.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${n("con.recipientsHint")}</p>
      ${E("recipientsParticipating")?R`<${r} error=${g} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${n("con.recipientsNote")}</label>
      <input id="accept-note" value=${$} onInput=${S=>y(S.currentTarget.value)} /></div>
    <div class=${"field"+(E("report")?" invalid":"")}><label for="accept-report">${n("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${u} aria-invalid=${E("report")?"true":void 0}
        aria-describedby=${E("report")?"accept-report-error":void 0} onInput=${S=>m(S.currentTarget.value)}></textarea>
      ${E("report")?R`<${r} error=${g} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${f.busy}>${n("con.acceptSubmit")}</button>
      ${I?R`<${r} error=${g} id="accept-error" />`:null}
    </div>
  </form>`}function Fr({ui:t,c:e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,a=e.milestones.filter(I=>I.kind==="PAYMENT"&&I.paidFen<I.amountFen),[s,d]=v(a[0]?.id??""),[l,p]=v(""),[h,c]=v(""),[$,y]=v(null),u=j(o);if(a.length===0)return null;let m=a.find(I=>I.id===s)??a[0],b=I=>{I.preventDefault();let S=ne(l);if(S==null)return y(new B(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));y(null),u.run(Ar,{contractId:e.id,milestoneId:m.id,amountFen:S,reference:O(h),expectedVersion:e.version},()=>i(n("con.paymentRecorded")))},T=$??u.error,f=T&&(T.field==="amountFen"||T.field==="amount"),_=T&&T.field==="reference",g=T&&!f&&!_,E=e.milestones.find(I=>I.id===m.follows);return R`<form class="pay" onSubmit=${b} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${n("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${n("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${m.id} aria-describedby="pay-milestone-hint" onChange=${I=>d(I.currentTarget.value)}>
        ${a.map(I=>R`<option value=${I.id}>${I.id} ${I.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${n("con.payHint",{left:ie(m.amountFen-m.paidFen),delivery:E?`${E.id} ${E.title}`:"\u2014",state:E?.accepted?n("con.deliveryAccepted"):n("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+(f?" invalid":"")}><label for="pay-amount">${n("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${l} aria-invalid=${f?"true":void 0}
        aria-describedby=${f?"pay-amount-error":void 0} onInput=${I=>p(I.currentTarget.value)} />
      ${f?R`<${r} error=${T} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(_?" invalid":"")}><label for="pay-reference">${n("con.reference")}</label>
      <input id="pay-reference" value=${h} aria-invalid=${_?"true":void 0}
        aria-describedby=${_?"pay-reference-error":void 0} onInput=${I=>c(I.currentTarget.value)} />
      ${_?R`<${r} error=${T} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${u.busy}>${n("con.paySubmit")}</button>
      ${g?R`<${r} error=${T} id="pay-error" />`:null}
    </div>
  </form>`}function Ur(t){let e=new Set(t.milestones.map(n=>n.id)),i=1;for(;e.has("S"+i);)i++;return"S"+i}function Mr({ui:t,c:e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,a=e.milestones.filter(ae=>ae.kind==="DELIVERY"),[s,d]=v(""),[l,p]=v(""),[h,c]=v(!1),[$,y]=v(""),[u,m]=v(e.serviceEnd),[b,T]=v(a.at(-1)?.id??""),[f,_]=v(null),[g,E]=v(null),I=j(o,{untilRemount:!0}),S=ae=>{ae.preventDefault();let ve=ne(s);if(ve==null)return _(new B(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));_(null),E({sameSubject:h});let Le=Ur(e);I.run(Cr,{contractId:e.id,amountFen:ve,sameSubject:h,description:O(l),milestones:[{id:Le,kind:"PAYMENT",title:O($),due:u,amountFen:ve,follows:b||null}],expectedVersion:e.version},()=>i(n("con.supplementRecorded")))},D=f??I.error,P=D&&!D.field&&D.rule==="CON-SUPPLEMENT"&&g&&!g.sameSubject?"sameSubject":fe(D,{amountFen:"amount",amount:"amount",description:"description",milestones:"milestone"},{"CON-SUPPLEMENT":"amount"}),V=n("con.headroom",{percent:e.supplementMaxPercent,used:k(e.supplemented),left:k(e.supplementHeadroom)});return R`<form class="supplement" onSubmit=${S} novalidate aria-labelledby="supplement-heading">
    <h3 id="supplement-heading">${n("con.supplementTitle")}</h3>
    <p id="supplement-headroom" class=${e.supplementHeadroomFen>0?"hint":"hint off"}>${V}</p>
    <${oe} ui=${t} id="supplement-amount" label=${n("con.supplementAmount")} inputmode="decimal" value=${s} onInput=${d}
      hint=${n("con.headroomLeft",{left:k(e.supplementHeadroom)})} error=${P==="amount"?D:null}
      onBlur=${()=>ne(s)!=null&&d(On(ne(s)))} />
    <${oe} ui=${t} id="supplement-description" label=${n("con.supplementDescription")} rows="2" value=${l} onInput=${p} error=${P==="description"?D:null} />
    <div class=${"field checkbox"+(P==="sameSubject"?" invalid":"")}>
      <input type="checkbox" id="supplement-same" checked=${h} onChange=${ae=>c(ae.currentTarget.checked)}
        aria-invalid=${P==="sameSubject"?"true":void 0} aria-describedby=${P==="sameSubject"?"supplement-same-error":void 0} />
      <label for="supplement-same">${n("con.sameSubject")}</label>
      ${P==="sameSubject"?R`<${r} error=${D} id="supplement-same-error" />`:null}
    </div>
    <fieldset class=${"supplement-milestone"+(P==="milestone"?" invalid":"")}>
      <legend>${n("con.supplementPayment")}</legend>
      <${oe} ui=${t} id="supplement-pay-title" label=${n("con.supplementPayTitle")} value=${$} onInput=${y} />
      <${oe} ui=${t} id="supplement-pay-due" label=${n("con.supplementPayDue")} type="date" value=${u} onInput=${m} />
      <div class="field"><label for="supplement-follows">${n("con.supplementFollows")}</label>
        <select id="supplement-follows" value=${b} onChange=${ae=>T(ae.currentTarget.value)}>
          ${a.map(ae=>R`<option value=${ae.id}>${ae.id} ${ae.title}</option>`)}
        </select></div>
      ${P==="milestone"?R`<${r} error=${D} id="supplement-milestone-error" />`:null}
    </fieldset>
    <div class="action">
      <button type="submit" id="supplement-submit" disabled=${I.busy}>${I.busy?n("submitting"):n("con.supplementSubmit")}</button>
      ${D&&!P?R`<${r} error=${D} id="supplement-error" />`:null}
    </div>
  </form>`}function Br({ui:t,c:e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,[a,s]=v(e.payments[0]?.id??""),[d,l]=v(""),[p,h]=v(""),[c,$]=v(null),y=j(o,{untilRemount:!0});if(e.payments.length===0)return null;let u=T=>{T.preventDefault();let f=ne(d);if(f==null)return $(new B(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));$(null),y.run(Pr,{contractId:e.id,paymentId:a,amountFen:f,reason:O(p),expectedVersion:e.version},()=>i(n("con.paymentCorrected")))},m=c??y.error,b=fe(m,{amountFen:"amount",amount:"amount",reason:"reason"},{"CON-PAYMENT":"amount"});return R`<form class="correct-payment" onSubmit=${u} novalidate aria-labelledby="correct-payment-heading">
    <h3 id="correct-payment-heading">${n("con.correctPaymentTitle")}</h3>
    <p class="hint">${n("con.correctIntro")}</p>
    <div class="field"><label for="correct-payment">${n("con.correctWhichPayment")}</label>
      <select id="correct-payment" value=${a} onChange=${T=>s(T.currentTarget.value)}>
        ${e.payments.map(T=>R`<option value=${T.id}>${x(T.paidAt,o)} ${T.milestoneId} ${k(T.amount)} ${T.reference}</option>`)}
      </select></div>
    <${oe} ui=${t} id="correct-payment-amount" label=${n("con.correctAmount")} inputmode="decimal" value=${d} onInput=${l} error=${b==="amount"?m:null} />
    <${oe} ui=${t} id="correct-payment-reason" label=${n("con.correctReason")} rows="2" value=${p} onInput=${h} error=${b==="reason"?m:null} />
    <div class="action">
      <button type="submit" id="correct-payment-submit" disabled=${y.busy}>${n("con.correctSubmit")}</button>
      ${m&&!b?R`<${r} error=${m} id="correct-payment-error" />`:null}
    </div>
  </form>`}function Hr({ui:t,c:e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,a=e.milestones.filter(f=>f.kind==="DELIVERY"&&f.acceptances.length>0),[s,d]=v(a[0]?.id??""),l=a.find(f=>f.id===s)??a[0],p=l?.acceptances.at(-1)?.passed,[h,c]=v(null),[$,y]=v(""),u=j(o,{untilRemount:!0});if(!l)return null;let m=h??!p,b=f=>{f.preventDefault(),u.run(kr,{contractId:e.id,milestoneId:l.id,passed:m,reason:O($),expectedVersion:e.version},()=>i(n("con.acceptanceCorrected")))},T=fe(u.error,{reason:"reason",passed:"passed"});return R`<form class="correct-acceptance" onSubmit=${b} novalidate aria-labelledby="correct-acceptance-heading">
    <h3 id="correct-acceptance-heading">${n("con.correctAcceptanceTitle")}</h3>
    <div class="field"><label for="correct-acceptance-milestone">${n("con.deliveryMilestone")}</label>
      <select id="correct-acceptance-milestone" value=${l.id} aria-describedby="correct-acceptance-current" onChange=${f=>(d(f.currentTarget.value),c(null))}>
        ${a.map(f=>R`<option value=${f.id}>${f.id} ${f.title}</option>`)}
      </select>
      <p class="hint" id="correct-acceptance-current">${n("con.currentResult",{result:n(p?"con.passed":"con.failed")})}</p></div>
    <fieldset class=${"result"+(T==="passed"?" invalid":"")}>
      <legend>${n("con.correctedResult")}</legend>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-passed" checked=${m===!0} onChange=${()=>c(!0)} />
        <label for="correct-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-failed" checked=${m===!1} onChange=${()=>c(!1)} />
        <label for="correct-failed">${n("con.failed")}</label></div>
      ${T==="passed"?R`<${r} error=${u.error} id="correct-acceptance-passed-error" />`:null}
    </fieldset>
    <${oe} ui=${t} id="correct-acceptance-reason" label=${n("con.correctReason")} rows="2" value=${$} onInput=${y} error=${T==="reason"?u.error:null} />
    <div class="action">
      <button type="submit" id="correct-acceptance-submit" disabled=${u.busy}>${n("con.correctSubmit")}</button>
      ${u.error&&!T?R`<${r} error=${u.error} id="correct-acceptance-error" />`:null}
    </div>
  </form>`}function jr({ui:t,c:e,onDone:i}){let{t:n}=t,o={contractId:e.id,expectedVersion:e.version};return R`<div class="course">
    ${e.status==="ACTIVE"?R`<${be} ui=${t} id="suspend" title=${n("con.suspendTitle")} intro=${n("con.suspendIntro")} submitLabel=${n("con.suspend")}
          untilRemount mutation=${Rr} input=${o} onDone=${()=>i(n("con.suspended"))} />`:null}
    ${e.status==="SUSPENDED"?R`<${be} ui=${t} id="resume" title=${n("con.resumeTitle")} submitLabel=${n("con.resume")}
          untilRemount mutation=${wr} input=${o} onDone=${()=>i(n("con.resumed"))} />`:null}
    <${be} ui=${t} id="terminate" title=${n("con.terminateTitle")} intro=${n("con.terminateIntro")} submitLabel=${n("con.terminate")} danger
      untilRemount mutation=${Dr} input=${o} onDone=${()=>i(n("con.terminated"))} />
  </div>`}function Vr(t,e){return e.kind==="PAYMENT"?e.paidFen>=e.amountFen?t("con.paidInFull"):e.paidFen>0?t("con.partlyPaid"):t("con.ocds."+e.ocdsStatus):t("con.ocds."+e.ocdsStatus)}function Un({ui:t,id:e,flash:i}){let{t:n,lang:o,claims:r,ErrorText:a,Link:s}=t,[d,l]=v(void 0),[p,h]=v(null),[c,$]=v(null),[y,u]=v(i),[m,b]=v(0);if(U(()=>{let A=!0;return N(vr,{id:e},{lang:o}).then(async P=>{if(A&&(l(P.contract),P.contract?.supplier)){let V=await N(yr,{id:P.contract.supplier},{lang:o});A&&h(V.organisation?.name??P.contract.supplier)}}).catch(P=>A&&$(P)),()=>{A=!1}},[e,o,m]),c)return R`<main id="main"><${a} error=${c} /></main>`;if(d===void 0)return R`<main id="main"><p role="status">${n("loading")}</p></main>`;if(d===null)return R`<main id="main"><h1>${n("con.notFound")}</h1></main>`;let T=r?.role==="purchaser"&&r.organisation===d.purchaserUnit,f=T&&(d.status==="ACTIVE"||d.status==="SUSPENDED"),_=A=>(u(A),b(P=>P+1)),g=(A,P,V)=>R`<div><dt>${n(A)}</dt><dd id=${V}>${P}</dd></div>`,E=Object.fromEntries(d.milestones.map(A=>[A.id,A])),I=d.milestones.flatMap(A=>A.acceptances.map((P,V)=>({m:A,a:P,inForce:V===A.acceptances.length-1}))),S=d.milestones.filter(A=>A.kind==="DELIVERY").every(A=>A.accepted),D=d.payments.length>0||d.milestones.some(A=>A.acceptances.length>0);return R`<main id="main" class="contract">
    <h1>${d.title} <${Ln} t=${n} status=${d.status} /></h1>
    ${y?R`<p class="notice" role="status">${y}</p>`:null}
    <p>${n("con.between",{purchaser:d.purchaser,supplier:p??"\u2026"})} · ${n("jurisdiction")} ${d.jurisdiction} ·${" "}
      <${s} href=${"/app/procurements/"+d.procurement.id}>${n("con.fromProcurement")}<//></p>
    ${d.overdue.unpaidFen>0?R`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${n("con.overdueTitle",{unpaid:ie(d.overdue.unpaidFen)})}</h2>
          <ul>${d.overdue.milestones.map(A=>R`<li>${A.milestoneId} ${A.title}：${n("con.overdueSince",{due:W(A.due,o),unpaid:k(A.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${n("con.money")}</h2>
      <dl class="facts money-facts">
        ${g("con.amount",k(d.amount),"contract-amount")}
        ${g("con.supplemented",k(d.supplemented),"contract-supplemented")}
        ${g("con.total",k(d.total),"contract-total")}
        ${g("con.accepted",k(d.accepted),"contract-accepted")}
        ${g("con.paid",k(d.paid),"contract-paid")}
        ${g("con.remaining",k(d.remaining),"contract-remaining")}
        ${g("con.overdue",d.overdue.unpaidFen>0?R`<strong class="badge overdue">${k(d.overdue.unpaid)}</strong>`:k(d.overdue.unpaid),"contract-overdue")}
      </dl>
      <${Or} t=${n} c=${d} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${n("con.terms")}</h2>
      <dl class="facts">
        ${g("con.supplier",p??d.supplier,"contract-supplier")}
        ${g("proc.purchaser",d.purchaser)}
        ${g("proc.item",R`<code>${d.item.code}</code> ${d.item.nameZh}`)}
        ${g("proc.method",n("proc.methods."+d.method))}
        ${g("proc.servicePeriod",`${W(d.serviceStart,o)} \u2013 ${W(d.serviceEnd,o)}`)}
        ${g("con.signedAt",x(d.signedAt,o)+" "+n("proc.chinaTime"))}
        ${d.endedAt?g("con.endedAt",x(d.endedAt,o)):null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${n("con.milestones")}</h2>
      <table class="milestones">
        <caption class="sr-only">${n("con.milestones")}</caption>
        <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.kind")}</th><th scope="col">${n("con.title")}</th><th scope="col">${n("con.dueShort")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.paid")}</th><th scope="col">${n("state")}</th></tr></thead>
        <tbody>${d.milestones.map(A=>R`<tr data-id=${A.id}>
            <td><code>${A.id}</code></td>
            <td>${n("con.kinds."+A.kind)}${A.supplementId?R` <span class="badge">${n("con.fromSupplement")}</span>`:null}</td>
            <td>${A.title}${A.follows?R`<br /><span class="hint">${n("con.followsText",{id:A.follows,title:E[A.follows]?.title??""})}</span>`:null}</td>
            <td>${W(A.due,o)}</td>
            <td class="money">${A.kind==="PAYMENT"?k(A.amount):""}</td>
            <td class="money">${A.kind==="PAYMENT"?k(A.paid):""}</td>
            <td>${Vr(n,A)}</td>
          </tr>`)}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${n("con.acceptances")}</h2>
      ${I.length===0?R`<p class="empty">${n("con.noAcceptances")}</p>`:null}
      ${I.length>0?R`<table class="acceptances"><caption class="sr-only">${n("con.acceptances")}</caption>
            <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.result")}</th><th scope="col">${n("con.recipientsShort")}</th><th scope="col">${n("con.report")}</th><th scope="col">${n("con.acceptedAt")}</th><th scope="col">${n("con.paymentDue")}</th></tr></thead>
            <tbody>${I.map(({m:A,a:P,inForce:V})=>R`<tr class=${V?"":"superseded"}>
                <td><code>${A.id}</code> ${A.title}</td>
                <td>${P.passed?R`<strong class="badge ok">${n("con.passed")}</strong>`:R`<span class="badge no">${n("con.failed")}</span>`}${V?null:R` <span class="hint">${n("con.superseded")}</span>`}</td>
                <td>${n("con.recipientsCount",{count:P.recipientsParticipating})}${P.recipientsNote?R`<br /><span class="hint">${P.recipientsNote}</span>`:null}</td>
                <td>${P.report}</td>
                <td>${x(P.acceptedAt,o)}</td>
                <td>${P.paymentDue?W(P.paymentDue,o):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${n("con.payments")}</h2>
      ${d.payments.length===0?R`<p class="empty">${n("con.noPayments")}</p>`:null}
      ${d.payments.length>0?R`<table class="payments"><caption class="sr-only">${n("con.payments")}</caption>
            <thead><tr><th scope="col">${n("con.paidAt")}</th><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.reference")}</th><th scope="col">${n("con.onTime")}</th></tr></thead>
            <tbody>${d.payments.map(A=>R`<tr class=${A.late?"overdue":""}>
                <td>${x(A.paidAt,o)}</td>
                <td><code>${A.milestoneId}</code> ${E[A.milestoneId]?.title??""}</td>
                <td class="money">${k(A.amount)}</td>
                <td>${A.reference}</td>
                <td>${A.late?R`<span class="badge overdue">${n("con.late")}</span>`:n("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${d.supplements.length>0?R`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${n("con.supplements")}</h2>
          <ul>${d.supplements.map(A=>R`<li>${x(A.supplementedAt,o)}：${k(A.amount)} · ${A.description}</li>`)}</ul>
        </section>`:null}
    ${d.corrections.length>0?R`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${n("con.corrections")}</h2>
          <ul>${d.corrections.map(A=>R`<li>${x(A.correctedAt,o)}：${A.what==="PAYMENT"?n("con.correctedPayment",{from:ie(A.oldAmountFen),to:ie(A.newAmountFen)}):n("con.correctedAcceptance",{id:A.milestoneId,from:n(A.oldPassed?"con.passed":"con.failed"),to:n(A.newPassed?"con.passed":"con.failed")})} · ${A.reason}</li>`)}</ul>
        </section>`:null}
    ${d.statusChanges.length>0?R`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${n("con.statusChanges")}</h2>
          <ul>${d.statusChanges.map(A=>R`<li>${x(A.at,o)}：${n("con.statuses."+A.status)}${A.reason?" \xB7 "+A.reason:""}</li>`)}</ul>
        </section>`:null}
    <${Rn} ui=${t} contract=${d} />
    ${f||T&&D?R`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${n("con.actions")}</h2>
          ${d.status==="ACTIVE"?R`<${Lr} key=${"a"+m} ui=${t} c=${d} onDone=${_} />`:null}
          ${f?R`<${Fr} key=${"p"+m} ui=${t} c=${d} onDone=${_} />`:null}
          ${d.status==="ACTIVE"&&S?R`<${Ie} ui=${t} id="complete" label=${n("con.complete")} mutation=${Sr} input=${{contractId:d.id,expectedVersion:d.version}} onDone=${()=>_(n("con.completed"))} />`:null}
          ${d.status==="ACTIVE"?R`<${Mr} key=${"s"+d.version} ui=${t} c=${d} onDone=${_} />`:null}
          <${Br} key=${"cp"+d.version} ui=${t} c=${d} onDone=${_} />
          <${Hr} key=${"ca"+d.version} ui=${t} c=${d} onDone=${_} />
          ${f?R`<${jr} key=${"k"+d.version} ui=${t} c=${d} onDone=${_} />`:null}
        </section>`:null}
  </main>`}async function qr(t,e){if(t.length===0)return{};let i=t.map((r,a)=>`$o${a}: UUID!`).join(", "),n=t.map((r,a)=>`o${a}: organisation(id: $o${a}) { id name }`).join(" "),o=await N(`query Names(${i}) { ${n} }`,Object.fromEntries(t.map((r,a)=>["o"+a,r])),{lang:e});return Object.fromEntries(Object.values(o).filter(Boolean).map(r=>[r.id,r.name]))}function Mn({ui:t}){let{t:e,lang:i,claims:n,ErrorText:o,Link:r}=t,a=n?.role==="ngo",[s,d]=v(null),[l,p]=v({}),[h,c]=v(null);U(()=>{let u=!0;return N(a?Er:Ir,{},{lang:i}).then(async m=>{if(!u)return;let b=(a?m.myContracts:m.contracts).nodes;if(d(b),!a){let T=await qr([...new Set(b.map(f=>f.supplier))].slice(0,100),i);u&&p(T)}}).catch(m=>u&&c(m)),()=>{u=!1}},[i,a]);let $=(s??[]).flatMap(u=>u.payments.map(m=>({c:u,pm:m}))).sort((u,m)=>m.pm.paidAt.localeCompare(u.pm.paidAt)),y=e(a?"con.myTitle":"con.unitTitle");return R`<main id="main">
    <h1>${y}</h1>
    <p>${e(a?"con.myIntro":"con.unitIntro")}</p>
    <${o} error=${h} />
    ${s==null&&!h?R`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?R`<p class="empty">${e("con.none")}</p>`:null}
    ${s&&s.length>0?R`<table class="board contracts">
          <caption>${y}</caption>
          <thead><tr><th scope="col">${e("con.title")}</th><th scope="col">${e(a?"proc.purchaser":"con.supplier")}</th><th scope="col">${e("con.total")}</th><th scope="col">${e("con.paid")}</th><th scope="col">${e("con.remaining")}</th><th scope="col">${e("con.overdue")}</th><th scope="col">${e("state")}</th></tr></thead>
          <tbody>${s.map(u=>R`<tr class=${u.overdue.unpaidFen>0?"overdue":""}>
              <td><${r} href=${"/app/contracts/"+u.id}>${u.title}<//></td>
              <td>${a?u.purchaser:l[u.supplier]??R`<code>${u.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${k(u.total)}</td>
              <td class="money">${k(u.paid)}</td>
              <td class="money">${k(u.remaining)}</td>
              <td class="money">${u.overdue.unpaidFen>0?R`<span class="badge overdue">${ie(u.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${Ln} t=${e} status=${u.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
    ${a&&s&&s.length>0?R`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${e("con.received")}</h2>
          ${$.length===0?R`<p class="empty">${e("con.noPayments")}</p>`:null}
          ${$.length>0?R`<table class="payments received"><caption class="sr-only">${e("con.received")}</caption>
                <thead><tr><th scope="col">${e("con.paidAt")}</th><th scope="col">${e("con.title")}</th><th scope="col">${e("con.milestoneId")}</th><th scope="col">${e("con.amountShort")}</th><th scope="col">${e("con.reference")}</th><th scope="col">${e("con.onTime")}</th></tr></thead>
                <tbody>${$.map(({c:u,pm:m})=>R`<tr>
                    <td>${x(m.paidAt,i)}</td>
                    <td>${u.title}</td>
                    <td><code>${m.milestoneId}</code></td>
                    <td class="money">${k(m.amount)}</td>
                    <td>${m.reference}</td>
                    <td>${m.late?R`<span class="badge overdue">${e("con.late")}</span>`:e("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var w=Z.bind(Y),Gr=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],Wr=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],Hn="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",Yr=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${Hn} } }
}`,Kr=`${Hn} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects documents { name sha256 } }
  report { committeeId ranking { rank bidId organisationId price total } }
  excluded { bidId why reason } candidateBidId
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt complaints }
  ended { rule reason at }
  contract { id status }`,Qr=`query One($id: UUID!) { procurement(id: $id) { ${Kr} } }`,Bn=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,Zr=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,zr=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,Jr="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",Xr="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",eo="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",to="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",no="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",io="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",ro="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }",oo="mutation Amend($i: AmendProcurementInput!) { amendProcurement(input: $i) { version } }",ao="mutation Cancel($i: ProcurementReasonInput!) { cancelProcurement(input: $i) { version } }",so="mutation Decline($i: RankedBidReasonInput!) { declineAward(input: $i) { version } }",co="mutation Disqualify($i: RankedBidReasonInput!) { disqualifyBid(input: $i) { version } }",lo="mutation Complaint($i: RecordComplaintInput!) { recordComplaint(input: $i) { version } }";function it(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function tt(t){let e=new Date(ze()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function Oe(t,e){return t.openedBids.find(i=>i.organisationId===e)?.organisationName??e}function jn({t,status:e}){return e?w`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function Vn({ui:t,params:e}){let{t:i,lang:n,claims:o,ErrorText:r,Link:a,navigate:s}=t,d=o?.role==="purchaser",[l,p]=v(e.get("jurisdiction")??o?.jurisdiction??""),[h,c]=v(e.get("status")??""),[$,y]=v(e.get("item")??""),u=d&&e.get("mine")==="1",[m,b]=v(null),[T,f]=v(null),_=e.toString();U(()=>{let E=e.get("jurisdiction")??o?.jurisdiction;if(!u&&!E)return b(null);let I=u?{mine:!0}:{jurisdiction:E};e.get("status")&&(I.status=e.get("status")),!u&&e.get("item")&&(I.item=e.get("item"));let S=!0;return f(null),N(Yr,{f:I},{lang:n}).then(D=>S&&b(D.procurements),D=>S&&(f(D),b(null))),()=>{S=!1}},[_,n,u]);let g=E=>{E.preventDefault();let I=new URLSearchParams;O(l)&&I.set("jurisdiction",O(l)),h&&I.set("status",h),O($)&&I.set("item",O($).toUpperCase()),s("/app/procurements?"+I.toString())};return w`<main id="main">
    <h1>${i(u?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${i(u?"proc.mineIntro":"proc.boardIntro")}</p>
    ${d?w`<p class="actions">
          <${a} href="/app/procurements/new" class="button">${i("proc.draftTitle")}<//>
          ${" "}<${a} href=${u?"/app/procurements":"/app/procurements?mine=1"}>${i(u?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${u?null:w`<form class="search board-filter" role="search" onSubmit=${g} aria-label=${i("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${i("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${E=>p(E.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${i("state")}</label>
            <select id="board-status" value=${h} onChange=${E=>c(E.currentTarget.value)}>
              <option value="">${i("proc.anyStatus")}</option>
              ${Gr.map(E=>w`<option value=${E}>${i("proc.statuses."+E)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${i("proc.itemCode")}</label>
            <input id="board-item" value=${$} spellcheck=${!1} onInput=${E=>y(E.currentTarget.value)} /></div>
          <button type="submit">${i("search")}</button>
        </form>`}
    <${r} error=${T} />
    ${m&&m.nodes.length===0?w`<p class="empty" role="status">${i("proc.boardEmpty")}</p>`:null}
    ${m&&m.nodes.length>0?w`<table class="board">
          <caption>${i("proc.boardCount",{count:m.totalCount})}</caption>
          <thead><tr><th scope="col">${i("proc.title")}</th><th scope="col">${i("proc.purchaser")}</th><th scope="col">${i("proc.item")}</th><th scope="col">${i("proc.budget")}</th><th scope="col">${i("proc.bidDeadline")}</th><th scope="col">${i("state")}</th></tr></thead>
          <tbody>
            ${m.nodes.map(E=>w`<tr>
                <td><${a} href=${"/app/procurements/"+E.id}>${E.title}<//></td>
                <td>${E.purchaser}</td>
                <td><code>${E.item.code}</code> ${E.item.nameZh}</td>
                <td class="money">${k(E.budget)}</td>
                <td>${x(E.bidDeadline,n)}</td>
                <td><${jn} t=${i} status=${E.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function It(t,e){let i=[],n=null;for(let s=0;s<5;s++){let d=await N(zr,{j:t,after:n},{lang:e});if(!d.catalogue)return null;if(i.push(...d.catalogue.items.nodes),!d.catalogue.items.pageInfo.hasNextPage)break;n=d.catalogue.items.pageInfo.endCursor}let o=new Map;for(let s of i)o.set(s.parent??"",[...o.get(s.parent??"")??[],s]);let r=[],a=(s,d)=>{for(let l of(o.get(s)??[]).sort((p,h)=>p.code.localeCompare(h.code)))r.push({...l,depth:d}),d<10&&a(l.code,d+1)};return a("",0),r}function Et(t){let e=O(t).replace(/[\uFF10-\uFF19]/g,i=>String.fromCharCode(i.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var uo=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],po={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function mo(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(uo.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:po[t.rule]??null}function qn({ui:t}){let{t:e,lang:i,claims:n,ErrorText:o,navigate:r}=t,[a,s]=v(void 0),[d,l]=v(null),[p,h]=v(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:tt(60),serviceEnd:tt(330),bidDeadline:tt(21)+"T17:00",openingAt:tt(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:e("proc.defaultPlan"),points:"40"},{name:e("proc.defaultTeam"),points:"30"}]})),[c,$]=v(null),y=j(i);U(()=>{let I=!0;return It(n.jurisdiction,i).then(S=>I&&s(S),S=>I&&l(S)),()=>{I=!1}},[n.jurisdiction,i]);let u=(I,S)=>h(D=>({...D,[I]:S})),m=(I,S,D)=>h(A=>({...A,criteria:A.criteria.map((P,V)=>V===I?{...P,[S]:D}:P)})),b=I=>{I.preventDefault();let S=ne(p.budget),D=ne(p.bidSecurity||"0");if(S==null)return $(new B(e("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(D==null)return $(new B(e("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([p.minRating,p.minYears].some(P=>O(P)&&Et(P)==null))return $(new B(e("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));$(null);let A={purchaser:O(p.purchaser),title:O(p.title),description:O(p.description),item:p.item,method:p.method,budgetFen:S,bidSecurityFen:D,serviceStart:p.serviceStart,serviceEnd:p.serviceEnd,requirements:{kinds:p.kinds,minRating:Et(p.minRating),minYearsRegistered:Et(p.minYears)},scoring:{priceWeightPercent:Number(p.priceWeight)||0,criteria:p.criteria.filter(P=>O(P.name)).map((P,V)=>({key:"c"+(V+1),name:O(P.name),maxPoints:Number(P.points)||0}))},bidDeadline:it(p.bidDeadline),openingAt:it(p.openingAt)};y.run(Jr,A,P=>r("/app/procurements/"+P.draftProcurement.id+"?drafted=1"))},T=c??y.error,f=mo(T),_=I=>({id:"draft-"+I,"aria-invalid":f===I?"true":void 0,"aria-describedby":f===I?"draft-"+I+"-error":void 0}),g=I=>f===I?w`<${o} error=${T} id=${"draft-"+I+"-error"} />`:null,E=(I,S,D={})=>w`<div class=${"field"+(f===I?" invalid":"")}>
    <label for=${"draft-"+I}>${e(S)}</label>
    <input ...${_(I)} value=${p[D.key??I]} type=${D.type??"text"} inputmode=${D.inputmode}
      onInput=${A=>u(D.key??I,A.currentTarget.value)} />
    ${D.hint?w`<p class="hint">${e(D.hint)}</p>`:null}
    ${g(I)}
  </div>`;return w`<main id="main">
    <h1>${e("proc.draftTitle")}</h1>
    <p>${e("proc.draftIntro",{jurisdiction:n.jurisdiction})}</p>
    <${o} error=${d} />
    ${a===null?w`<p class="error" role="alert">${e("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${b} novalidate>
      ${E("purchaser","proc.purchaser")}
      ${E("title","proc.title")}
      <div class=${"field"+(f==="description"?" invalid":"")}>
        <label for="draft-description">${e("proc.description")}</label>
        <textarea ...${_("description")} rows="3" value=${p.description} onInput=${I=>u("description",I.currentTarget.value)}></textarea>
        ${g("description")}
      </div>
      <div class=${"field"+(f==="item"?" invalid":"")}>
        <label for="draft-item">${e("proc.item")}</label>
        <select ...${_("item")} value=${p.item} onChange=${I=>u("item",I.currentTarget.value)}>
          <option value="">${e("proc.pickItem")}</option>
          ${(a??[]).map(I=>w`<option value=${I.code} disabled=${I.status!=="ACTIVE"}>
              ${"\u3000".repeat(I.depth)}${I.code} ${i==="en"&&I.nameEn?I.nameEn:I.nameZh}${I.status!=="ACTIVE"?" "+e("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${e("proc.itemHint")}</p>
        ${g("item")}
      </div>
      <div class="field">
        <label for="draft-method">${e("proc.method")}</label>
        <select id="draft-method" value=${p.method} onChange=${I=>u("method",I.currentTarget.value)}>
          ${Wr.map(I=>w`<option value=${I}>${e("proc.methods."+I)}</option>`)}
        </select>
      </div>
      ${E("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${E("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${E("serviceStart","proc.serviceStart",{type:"date"})}
      ${E("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${E("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${E("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+(f==="requirements"?" invalid":"")}>
        <legend>${e("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(I=>w`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+I} checked=${p.kinds.includes(I)}
            onChange=${S=>u("kinds",S.currentTarget.checked?[...p.kinds,I]:p.kinds.filter(D=>D!==I))} />
            <label for=${"draft-kind-"+I}>${e("kinds."+I)}</label></div>`)}
        <p class="hint">${e("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${e("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${p.minRating} aria-describedby=${"draft-limits-hint"+(f==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${f==="requirements"?"true":void 0} onInput=${I=>u("minRating",I.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${e("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${p.minYears} aria-describedby=${"draft-limits-hint"+(f==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${f==="requirements"?"true":void 0} onInput=${I=>u("minYears",I.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${e("proc.limitsHint")}</p>
        ${g("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+(f==="scoring"?" invalid":"")}>
        <legend>${e("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${e("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${p.priceWeight} onInput=${I=>u("priceWeight",I.currentTarget.value)}
            aria-invalid=${f==="scoring"?"true":void 0} aria-describedby=${f==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${p.criteria.map((I,S)=>w`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+S}>${e("proc.criterion",{n:S+1})}</label>
              <input id=${"draft-criterion-"+S} value=${I.name} onInput=${D=>m(S,"name",D.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+S}>${e("proc.maxPoints")}</label>
              <input id=${"draft-points-"+S} inputmode="numeric" value=${I.points} onInput=${D=>m(S,"points",D.currentTarget.value)} /></div>
          </div>`)}
        ${g("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${y.busy}>${y.busy?e("submitting"):e("proc.saveDraft")}</button>
        ${T&&!f?w`<${o} error=${T} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function nt(t){let e=Date.parse(t);return Number.isNaN(e)?"":new Date(e+8*36e5).toISOString().slice(0,16)}function $o({ui:t,p:e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,[a,s]=v(e.description),[d,l]=v(nt(e.bidDeadline)),[p,h]=v(nt(e.openingAt)),[c,$]=v(!1),[y,u]=v(""),m=j(o,{untilRemount:!0}),b=g=>{g.preventDefault();let E={procurementId:e.id,substantive:c,reason:O(y),expectedVersion:e.version};O(a)!==e.description&&(E.description=O(a)),d!==nt(e.bidDeadline)&&(E.bidDeadline=it(d)),p!==nt(e.openingAt)&&(E.openingAt=it(p)),m.run(oo,E,()=>i(n("proc.amended")))},T=m.error,f=fe(T,{description:"description",bidDeadline:"bidDeadline",openingAt:"openingAt",reason:"reason"},{"PROC-PERIOD":"bidDeadline"}),_=g=>f===g?T:null;return w`<form class="amend" onSubmit=${b} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">${n("proc.amendTitle")}</h3>
    <p>${n("proc.amendIntro")}</p>
    <${oe} ui=${t} id="amend-description" label=${n("proc.description")} rows="3" value=${a} onInput=${s} error=${_("description")} />
    <${oe} ui=${t} id="amend-deadline" label=${n("proc.bidDeadline")} type="datetime-local" value=${d} onInput=${l} hint=${n("proc.amendDeadlineHint")} error=${_("bidDeadline")} />
    <${oe} ui=${t} id="amend-opening" label=${n("proc.openingAt")} type="datetime-local" value=${p} onInput=${h} hint=${n("proc.chinaTimeHint")} error=${_("openingAt")} />
    <div class="field checkbox"><input type="checkbox" id="amend-substantive" checked=${c} onChange=${g=>$(g.currentTarget.checked)} aria-describedby="amend-substantive-hint" />
      <label for="amend-substantive">${n("proc.substantive")}</label>
      <p class="hint" id="amend-substantive-hint">${n("proc.substantiveHint")}</p></div>
    <${oe} ui=${t} id="amend-reason" label=${n("proc.amendReason")} rows="2" value=${y} onInput=${u} error=${_("reason")} />
    <div class="action">
      <button type="submit" id="amend-submit" disabled=${m.busy}>${m.busy?n("submitting"):n("proc.amend")}</button>
      ${T&&!f?w`<${r} error=${T} id="amend-error" />`:null}
    </div>
  </form>`}function ho({ui:t,p:e,onDone:i}){let{t:n,lang:o,ErrorText:r}=t,a=e.report.ranking.filter(b=>!e.excluded.some(T=>T.bidId===b.bidId)),[s,d]=v(e.candidateBidId??a[0]?.bidId??""),[l,p]=v("DECLINE"),[h,c]=v(""),$=j(o,{untilRemount:!0});if(a.length===0)return null;let y=b=>{b.preventDefault(),$.run(l==="DECLINE"?so:co,{procurementId:e.id,bidId:s,reason:O(h),expectedVersion:e.version},()=>i(n(l==="DECLINE"?"proc.declined":"proc.disqualified")))},u=$.error,m=fe(u,{bidId:"bid",reason:"reason"},{"AWARD-RANK":"bid"});return w`<form class="exclude" onSubmit=${y} novalidate aria-labelledby="exclude-heading">
    <h3 id="exclude-heading">${n("proc.excludeTitle")}</h3>
    <p>${n("proc.excludeIntro")}</p>
    <div class=${"field"+(m==="bid"?" invalid":"")}><label for="exclude-bid">${n("proc.rankedBid")}</label>
      <select id="exclude-bid" value=${s} aria-invalid=${m==="bid"?"true":void 0} aria-describedby=${m==="bid"?"exclude-bid-error":void 0} onChange=${b=>d(b.currentTarget.value)}>
        ${a.map(b=>w`<option value=${b.bidId}>${n("proc.rankedOption",{rank:b.rank,name:Oe(e,b.organisationId),price:k(b.price)})}${b.bidId===e.candidateBidId?n("proc.candidateMark"):""}</option>`)}
      </select>
      ${m==="bid"?w`<${r} error=${u} id="exclude-bid-error" />`:null}</div>
    <fieldset class="result">
      <legend>${n("proc.excludeWhat")}</legend>
      ${["DECLINE","DISQUALIFY"].map(b=>w`<div class="field checkbox"><input type="radio" name="exclude-what" id=${"exclude-"+b.toLowerCase()} checked=${l===b} onChange=${()=>p(b)} />
          <label for=${"exclude-"+b.toLowerCase()}>${n("proc.excludeKinds."+b)}</label></div>`)}
    </fieldset>
    <${oe} ui=${t} id="exclude-reason" label=${n("reasonLabel")} rows="2" value=${h} onInput=${c} error=${m==="reason"?u:null} />
    <div class="action">
      <button type="submit" id="exclude-submit" disabled=${$.busy}>${$.busy?n("submitting"):n("proc.excludeSubmit")}</button>
      ${u&&!m?w`<${r} error=${u} id="exclude-error" />`:null}
    </div>
  </form>`}function fo({ui:t,p:e,challenge:i,onDone:n}){let{t:o,lang:r,ErrorText:a}=t,[s,d]=v(""),l=j(r,{untilRemount:!0}),p="complaint-"+i.challengeId,h=$=>{$.preventDefault(),l.run(lo,{procurementId:e.id,challengeId:i.challengeId,reference:O(s),expectedVersion:e.version},()=>n(o("proc.complaintRecorded")))},c=fe(l.error,{reference:"reference"})==="reference";return w`<form class="complaint" onSubmit=${h} novalidate>
    <${oe} ui=${t} id=${p+"-reference"} label=${o("proc.complaintReference")} value=${s} onInput=${d}
      hint=${o("proc.complaintHint")} error=${c?l.error:null} />
    <div class="action">
      <button type="submit" class="secondary" disabled=${l.busy}>${o("proc.recordComplaint")}</button>
      ${l.error&&!c?w`<${a} error=${l.error} id=${p+"-error"} />`:null}
    </div>
  </form>`}function go({ui:t,p:e,challenge:i,onDone:n}){let{t:o,lang:r,ErrorText:a}=t,[s,d]=v("DISMISSED"),[l,p]=v(""),h=j(r),c="answer-"+i.challengeId;return w`<form class="answer" onSubmit=${y=>{y.preventDefault(),h.run(ro,{procurementId:e.id,challengeId:i.challengeId,decision:s,reply:O(l),expectedVersion:e.version},n)}}>
    <div class="field"><label for=${c+"-decision"}>${o("proc.decision")}</label>
      <select id=${c+"-decision"} value=${s} onChange=${y=>d(y.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(y=>w`<option value=${y}>${o("proc.decisions."+y)}</option>`)}
      </select></div>
    <div class="field"><label for=${c+"-reply"}>${o("proc.reply")}</label>
      <textarea id=${c+"-reply"} rows="2" value=${l} onInput=${y=>p(y.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${h.busy}>${o("proc.answer")}</button>
      <${a} error=${h.error} id=${c+"-error"} />
    </div>
  </form>`}function bo({ui:t,p:e,generation:i,onDone:n}){let{t:o,lang:r,ErrorText:a}=t,[s,d]=v([]),[l,p]=v("5"),[h,c]=v(null),$=j(r);U(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let m=!0;return N(Zr,{id:e.id},{lang:r}).then(b=>m&&d(b.procurementCommittees),b=>m&&c(b)),()=>{m=!1}},[e.id,i,r]);let y={procurementId:e.id,expectedVersion:e.version},u=m=>()=>n(o(m));return w`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${o("proc.purchaserActions")}</h2>
    <${a} error=${h} />
    ${e.status==="DRAFT"?w`<p>${o("proc.publishIntro")}</p>
          <${Ie} ui=${t} id="publish" label=${o("proc.publish")} mutation=${Xr} input=${y} onDone=${u("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?w`<p>${o("proc.openIntro",{at:x(e.openingAt,r)})}</p>
          <${Ie} ui=${t} id="open-bids" label=${o("proc.openBids")} mutation=${eo} input=${y} onDone=${u("proc.opened")} />`:null}
    ${e.status==="PUBLISHED"?w`<${$o} key=${"amend"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.status==="OPENED"||s.length>0?w`<h3>${o("proc.committees")}</h3>
          ${s.length===0?w`<p class="empty">${o("proc.noCommittee")}</p>`:null}
          ${s.length>0?w`<table class="committees"><caption>${o("proc.committees")}</caption>
                <thead><tr><th scope="col">${o("state")}</th><th scope="col">${o("proc.seats")}</th><th scope="col">${o("proc.submitted")}</th><th scope="col">${o("proc.constitutedAt")}</th></tr></thead>
                <tbody>${s.map(m=>w`<tr><td>${o("proc.committeeStatuses."+m.status)}</td><td>${m.sitting} / ${m.seats}</td><td>${m.submitted} / ${m.sitting}</td><td>${x(m.constitutedAt,r)}</td></tr>`)}</tbody></table>`:null}
          ${s.filter(m=>m.status==="SCORING").map(m=>m.submitted<m.sitting?w`<p class="hint" id="committee-waiting">${o("proc.waitingSheets",{count:m.sitting-m.submitted})}</p>`:w`<${Ie} ui=${t} id="conclude" label=${o("proc.conclude")} mutation=${no}
                    input=${{committeeId:m.committeeId,expectedVersion:m.version}} onDone=${u("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!s.some(m=>m.status==="SCORING")?w`<form class="constitute" onSubmit=${m=>{m.preventDefault(),$.run(to,{procurementId:e.id,experts:Number(l)||0,representatives:[]},u("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${o("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${m=>p(m.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${$.busy}>${o("proc.constitute")}</button>
                  <${a} error=${$.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?w`<h3>${o("proc.award")}</h3>
          <p>${o("proc.awardIntro")}</p>
          ${e.report.ranking.map(m=>w`<${Ie} ui=${t} id=${"award-"+m.rank} label=${o("proc.awardTo",{rank:m.rank,name:Oe(e,m.organisationId),price:k(m.price)})}
              mutation=${io} input=${{...y,bidId:m.bidId}} onDone=${u("proc.awarded")} />`)}`:null}
    ${(e.status==="EVALUATED"||e.status==="AWARDED")&&e.report?w`<${ho} key=${"exclude"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.challenges.filter(m=>!m.decision).map(m=>w`<h3>${o("proc.answerChallenge",{due:W(m.replyDue,r)})}</h3>
          <p>${m.grounds}</p>
          <${go} ui=${t} p=${e} challenge=${m} onDone=${u("proc.answered")} />`)}
    ${e.challenges.length>0&&e.status!=="DRAFT"&&e.status!=="PUBLISHED"?w`<h3>${o("proc.complaintTitle")}</h3>
          ${e.challenges.map(m=>w`<p>${o("proc.complaintAbout",{grounds:m.grounds})}</p>
              <${fo} key=${m.challengeId+e.version} ui=${t} p=${e} challenge=${m} onDone=${n} />`)}`:null}
    ${["DRAFT","PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED"].includes(e.status)?w`<${be} key=${"cancel"+e.version} ui=${t} id="cancel" title=${o("proc.cancelTitle")} intro=${o("proc.cancelIntro")} submitLabel=${o("proc.cancel")} danger
          untilRemount mutation=${ao} input=${y} onDone=${u("proc.cancelled")} />`:null}
  </section>`}function Gn({ui:t,id:e,flash:i}){let{t:n,lang:o,claims:r,ErrorText:a}=t,[s,d]=v(void 0),[l,p]=v(null),[h,c]=v(null),[$,y]=v(i),[u,m]=v(0);U(()=>{let _=!0;return N(Qr,{id:e},{lang:o}).then(async g=>{if(!_)return;d(g.procurement);let I=g.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(g.procurement.status)?(await N(Bn,{id:e},{lang:o})).sealedBids:null;_&&p(I)}).catch(g=>_&&c(g)),()=>{_=!1}},[e,o,u]);let b=s?.status==="PUBLISHED";if(U(()=>{if(!b)return;let _=setInterval(()=>{N(Bn,{id:e},{lang:o}).then(p,()=>{})},3e4);return()=>clearInterval(_)},[b,e,o]),h)return w`<main id="main"><${a} error=${h} /></main>`;if(s===void 0)return w`<main id="main"><p role="status">${n("loading")}</p></main>`;if(s===null)return w`<main id="main"><h1>${n("proc.notFound")}</h1></main>`;let T=r?.role==="purchaser"&&r.organisation===s.purchaserUnit,f=(_,g,E)=>w`<div><dt>${n(_)}</dt><dd id=${E}>${g}</dd></div>`;return w`<main id="main" class="procurement">
    <h1>${s.title}</h1>
    ${$?w`<p class="notice" role="status">${$}</p>`:null}
    <p><${jn} t=${n} status=${s.status} /> ${s.purchaser} · ${n("jurisdiction")} ${s.jurisdiction}
      ${r?.role==="auditor"||r?.role==="admin"?w` · <${t.Link} href=${"/app/audit/purchases/"+s.id} id="purchase-audit-link">${n("paudit.open")}<//>`:null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${n("proc.terms")}</h2>
      <p>${s.description}</p>
      <dl class="facts">
        ${f("proc.item",w`<code>${s.item.code}</code> ${s.item.nameZh}`)}
        ${f("proc.method",n("proc.methods."+s.method))}
        ${f("proc.budget",k(s.budget),"proc-budget")}
        ${f("proc.bidSecurity",k(s.bidSecurity))}
        ${f("proc.servicePeriod",`${W(s.serviceStart,o)} \u2013 ${W(s.serviceEnd,o)}`)}
        ${f("proc.bidDeadline",x(s.bidDeadline,o)+" "+n("proc.chinaTime"),"proc-deadline")}
        ${f("proc.openingAt",x(s.openingAt,o)+" "+n("proc.chinaTime"),"proc-opening")}
        ${s.publishedAt?f("proc.publishedAt",x(s.publishedAt,o)):null}
        ${f("proc.eligibility",s.requirements.kinds.length?s.requirements.kinds.map(_=>n("kinds."+_)).join("\u3001"):n("proc.anyKind"))}
        ${s.requirements.minRating!=null?f("proc.minRating",`${s.requirements.minRating}A`):null}
        ${s.requirements.minYearsRegistered!=null?f("proc.minYears",String(s.requirements.minYearsRegistered)):null}
        ${f("proc.scoring",[n("proc.priceWeightShort",{n:s.scoring.priceWeightPercent}),...s.scoring.criteria.map(_=>`${_.name} ${_.maxPoints}`)].join("\uFF1B"))}
        ${s.amendments?f("proc.amendments",String(s.amendments)):null}
      </dl>
    </section>
    ${l?w`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${n("proc.sealedBids")}</h2>
          <p id="sealed-count">${n("proc.sealedCount",{count:l.totalCount})}</p>
          <p class="hint">${n("proc.sealedIntro")}</p>
          ${l.nodes.length>0?w`<table class="sealed"><caption>${n("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${n("proc.sealedAt")}</th><th scope="col">${n("proc.commitment")}</th></tr></thead>
                <tbody>${l.nodes.map(_=>w`<tr><td>${x(_.sealedAt,o)}</td><td><code class="hash">${_.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.openedAt?w`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${n("proc.opening",{at:x(s.openedAt,o)})}</h2>
          ${s.openedBids.length===0?w`<p class="empty">${n("proc.noBids")}</p>`:null}
          ${s.openedBids.length>0?w`<table class="opened"><caption>${n("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${n("organisation")}</th><th scope="col">${n("proc.price")}</th><th scope="col">${n("proc.valid")}</th><th scope="col">${n("proc.commitmentAndDocuments")}</th></tr></thead>
                <tbody>${s.openedBids.map(_=>w`<tr><td>${_.organisationName}</td><td class="money">${k(_.price)}</td>
                    <td>${_.valid?n("proc.validYes"):w`${n("proc.validNo")}: ${_.defects.join("\uFF1B")}`}</td><td><code class="hash">${_.commitment}</code>${_.documents.length?w`<ul class="documents">${_.documents.map(g=>w`<li><span class="name">${g.name}</span> <code class="hash">${g.sha256}</code></li>`)}</ul>`:null}</td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.report?w`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n("proc.ranking")}</h2>
          <ol class="ranking">${s.report.ranking.map(_=>{let g=s.excluded.find(E=>E.bidId===_.bidId);return w`<li class=${g?"excluded":""}>${Oe(s,_.organisationId)} · ${k(_.price)} · ${n("proc.total",{total:_.total})}${g?w` · <span class="badge no">${n("proc.exclusions."+g.why)}</span>${n("proc.exclusionReason",{reason:g.reason})}`:null}</li>`})}</ol>
        </section>`:null}
    ${s.award?w`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${n("proc.awardNotice")}</h2>
          <p id="award-notice">${n("proc.awardText",{organisation:Oe(s,s.award.organisationId),price:k(s.award.price),at:x(s.award.noticedAt,o),deadline:W(s.award.challengeDeadline,o)})}</p>
          ${s.contract?w`<p><${t.Link} href=${"/app/contracts/"+s.contract.id} id="contract-link">${n("con.contractLink",{status:n("con.statuses."+s.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${T&&s.status==="AWARDED"&&s.award&&!s.contract?w`<${Fn} ui=${t} p=${s} supplierName=${Oe(s,s.award.organisationId)} />`:null}
    ${s.challenges.length>0?w`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${n("proc.challenges")}</h2>
          <ul>${s.challenges.map(_=>w`<li>${x(_.filedAt,o)}: ${_.grounds} — ${_.decision?`${n("proc.decisions."+_.decision)}\uFF1A${_.reply??""}`:n("proc.unanswered",{due:W(_.replyDue,o)})}${_.complaints.length?w`<br /><span class="complaints">${n("proc.complaints",{refs:_.complaints.join("\u3001")})}</span>`:null}</li>`)}</ul>
        </section>`:null}
    ${s.ended?w`<p class="notice">${n("proc.ended",{reason:s.ended.reason,at:x(s.ended.at,o)})}${s.ended.rule?` (${s.ended.rule})`:""}</p>`:null}
    ${T?w`<${bo} ui=${t} p=${s} generation=${u} onDone=${_=>(y(_),m(g=>g+1))} />`:null}
    ${r?.role==="ngo"?w`<${En} ui=${t} procurement=${s} onChanged=${()=>m(_=>_+1)} />`:null}
  </main>`}var te=Z.bind(Y),_t=t=>k(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`),vo=`query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`,yo="query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }",Eo=`query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`,Io="query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }",_o="query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }",To=10,Ao=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,Wn=t=>t.split("-")[0],So=120;function Yn(t,e,i){return i==null?t("audit.empty"):Ao.test(i)?x(i,e):i.length<=So?i:te`<details class="long"><summary>${i.slice(0,60)}…</summary><code>${i}</code></details>`}function Co(t){let e=/^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(t);return e&&e[2]!=="999999"?`${e[1]}.${String(Number(e[2])+1).padStart(6,"0")}${e[3]}`:new Date(new Date(t).getTime()+1).toISOString()}function Ro(t,e){let i=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)+`
`],{type:"application/json"})),n=document.createElement("a");n.href=i,n.download=e,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(i),6e4)}function wo({ui:t,id:e}){let{t:i,lang:n,ErrorText:o}=t,[r,a]=v(null),[s,d]=v(null),l=async p=>{if(!s){d(p),a(null);try{let h=await N(p==="releases"?Io:_o,{id:e},{lang:n}),c=p==="releases"?h.ocdsReleasePackage:h.ocdsRecordPackage;if(c==null)throw Object.assign(new Error(i("paudit.ocdsNone")),{code:"NOT_FOUND"});Ro(c,`ocds-${p==="releases"?"release":"record"}-package-${e}.json`)}catch(h){a(h)}finally{d(null)}}};return te`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${i("paudit.ocds")}</h2>
    <p>${i("paudit.ocdsIntro")}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!s} onClick=${()=>l("releases")}>${i("paudit.ocdsReleases")}</button>
      ${" "}<button type="button" id="ocds-records" disabled=${!!s} onClick=${()=>l("records")}>${i("paudit.ocdsRecords")}</button>
    </p>
    <${o} error=${r} id="ocds-error" />
  </section>`}function Do({ui:t,contractId:e,entries:i}){let{t:n,lang:o,ErrorText:r}=t,a=i.filter(m=>m.stream==="contract-"+e),[s,d]=v(null),l=s??Math.max(0,a.length-1),[p,h]=v(null),[c,$]=v(null),y=a[l]?.recordedAt;if(U(()=>{if(!y)return;let m=!0;return N(Eo,{id:e,at:Co(y)},{lang:o}).then(b=>m&&(h(b.contractAsOf),$(null)),b=>m&&$(b)),()=>{m=!1}},[e,y,o]),a.length===0)return null;let u=a[l];return te`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${n("paudit.asOf")}</h2>
    <div class="field">
      <label for="asof-contract">${n("paudit.asOfPick")}</label>
      <input id="asof-contract" type="range" min="0" max=${a.length-1} step="1" value=${l}
        aria-valuetext=${`${u.version} \xB7 ${u.kind} \xB7 ${x(u.recordedAt,o)}`} onInput=${m=>d(Number(m.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${n("paudit.asOfAt",{version:u.version,kind:u.kind,at:x(u.recordedAt,o)})}</p>
    </div>
    <${r} error=${c} />
    ${p?te`<dl class="facts" id="asof-contract-facts">
            <div><dt>${n("state")}</dt><dd id="asof-status">${n("con.statuses."+p.status)}</dd></div>
            <div><dt>${n("con.total")}</dt><dd>${k(p.total)}</dd></div>
            <div><dt>${n("con.accepted")}</dt><dd>${k(p.accepted)}</dd></div>
            <div><dt>${n("con.paid")}</dt><dd id="asof-paid">${k(p.paid)}</dd></div>
            <div><dt>${n("con.remaining")}</dt><dd>${k(p.remaining)}</dd></div>
            <div><dt>${n("con.milestones")}</dt><dd>${p.milestones.map(m=>`${m.id} ${m.kind==="DELIVERY"?n(m.accepted?"con.ocds.met":"con.ocds.scheduled"):`${_t(m.paidFen)} / ${_t(m.amountFen)}`}`).join(n("listSeparator"))}</dd></div>
          </dl>
          <${Xe}
            id="asof-chart"
            title=${n("con.chartTitle")}
            describe=${n("paudit.asOfChart",{paid:k(p.paid),remaining:k(p.remaining)})}
            format=${_t}
            parts=${[{key:"paid",label:n("con.chartPaid"),value:p.paidFen,className:"paid"},{key:"remaining",label:n("con.remaining"),value:p.remainingFen,className:"later"}]}
          />`:null}
  </section>`}function Kn({ui:t,id:e}){let{t:i,lang:n,ErrorText:o,Link:r}=t,[a,s]=v(void 0),[d,l]=v([]),[p,h]=v([]),[c,$]=v(null),[y,u]=v(0),[m,b]=v(null),T=async f=>{let g=(await N(vo,{id:e,after:f},{lang:n})).purchaseTimeline;g&&(h(g.streams),l(E=>f==null?g.entries:[...E,...g.entries]),$(g.nextPosition),u(E=>f==null?1:E+1))};return U(()=>{let f=!0;return N(yo,{id:e},{lang:n}).then(async _=>{f&&(s(_.procurement),_.procurement&&await T(null))}).catch(_=>f&&b(_)),()=>{f=!1}},[e,n]),m?te`<main id="main"><${o} error=${m} /></main>`:a===void 0?te`<main id="main"><p role="status">${i("loading")}</p></main>`:a===null?te`<main id="main"><h1>${i("proc.notFound")}</h1></main>`:te`<main id="main" class="audit purchase-audit">
    <h1>${i("paudit.title",{title:a.title})}</h1>
    <p>${i("paudit.intro",{streams:p.length})} <${r} href=${"/app/procurements/"+a.id}>${i("paudit.procurementPage")}<//>
      ${a.contract?te` · <${r} href=${"/app/contracts/"+a.contract.id}>${i("perf.theContract")}<//>`:null}</p>
    ${a.contract?te`<${Do} ui=${t} contractId=${a.contract.id} entries=${d} />`:null}
    <${wo} ui=${t} id=${a.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${i("paudit.timeline")}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${i("paudit.timeline")}</caption>
        <thead><tr><th scope="col">${i("audit.when")}</th><th scope="col">${i("paudit.record")}</th><th scope="col">${i("audit.what")}</th><th scope="col">${i("audit.who")}</th><th scope="col">${i("audit.reason")}</th><th scope="col">${i("audit.changes")}</th></tr></thead>
        <tbody>${d.map(f=>te`<tr data-stream=${Wn(f.stream)} data-position=${f.position}>
            <td>${x(f.recordedAt,n)}</td>
            <td>${i("paudit.categories."+Wn(f.stream))} <span class="hint">v${f.version}</span></td>
            <td><code>${f.kind}</code>${f.correctsVersion!=null?te`<br /><span class="badge today">${i("paudit.corrects",{version:f.correctsVersion})}</span>`:null}</td>
            <td>${f.actor??i("audit.ledgerItself")}${f.role?te` <span class="hint">(${i("roles."+f.role)})</span>`:null}</td>
            <td>${f.reason??""}</td>
            <td><ul class="changes">${f.changes.map(_=>te`<li><code>${_.field}</code>: ${Yn(i,n,_.old)} → ${Yn(i,n,_.new)}</li>`)}
              ${f.omittedChanges>0?te`<li class="hint">${i("paudit.omitted",{count:f.omittedChanges})}</li>`:null}</ul></td>
          </tr>`)}</tbody>
      </table>
      ${c!=null&&y<To?te`<button type="button" id="timeline-more" onClick=${()=>T(c).catch(b)}>${i("audit.more")}</button>`:null}
    </section>
  </main>`}function Qn({ui:t}){let{t:e,navigate:i}=t,[n,o]=v(""),[r,a]=v(!1),s=d=>{d.preventDefault();let l=n.trim().toLowerCase();if(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(l))return a(!0);i("/app/audit/purchases/"+l)};return te`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${e("paudit.navHint")}</h2>
    <form class="search" onSubmit=${s}>
      <div class=${"field"+(r?" invalid":"")}><label for="purchase-id">${e("paudit.procurementId")}</label>
        <input id="purchase-id" spellcheck=${!1} value=${n} aria-invalid=${r?"true":void 0}
          aria-describedby=${r?"purchase-id-error":void 0} onInput=${d=>(o(d.currentTarget.value),a(!1))} />
        ${r?te`<p class="error" id="purchase-id-error" role="alert">${e("paudit.idInvalid")}</p>`:null}</div>
      <button type="submit" id="purchase-open">${e("paudit.open")}</button>
    </form>
  </section>`}var Ce=Z.bind(Y),Po=`query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`,Tt=t=>k(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`);function Zn({ui:t,params:e}){let{t:i,lang:n,claims:o,ErrorText:r,navigate:a}=t,s=o?.role==="auditor"||o?.role==="admin",d=e.get("jurisdiction")??(s?"":o?.jurisdiction??""),[l,p]=v(d),[h,c]=v(null),[$,y]=v({}),[u,m]=v(null);U(()=>{let g=!0;return m(null),N(Po,{j:d||null,after:null},{lang:n}).then(async E=>{if(!g)return;c(E);let I=E.spending.jurisdiction;if(I){let S=await It(I,n).catch(()=>null);g&&S&&y(Object.fromEntries(S.map(D=>[D.code,n==="en"?D.nameEn:D.nameZh])))}}).catch(E=>g&&(m(E),c(null))),()=>{g=!1}},[d,n]);let b=g=>{g.preventDefault(),a("/app/statistics"+(O(l)?"?jurisdiction="+encodeURIComponent(O(l)):""))},T=h?.spending.groups??[],f=g=>$[g]?`${g} ${$[g]}`:g,_=h?.purchaseStatistics;return Ce`<main id="main" class="statistics">
    <h1>${i("stats.title")}</h1>
    <p>${i("stats.intro")}</p>
    <form class="search" onSubmit=${b} aria-label=${i("stats.title")}>
      <div class="field"><label for="stats-jurisdiction">${i(s?"stats.jurisdiction":"jurisdiction")}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${l} readonly=${!s} onInput=${g=>p(g.currentTarget.value)} /></div>
      ${s?Ce`<button type="submit">${i("stats.show")}</button>`:null}
    </form>
    <${r} error=${u} />
    ${h&&T.length===0?Ce`<p class="empty">${i("stats.none")}</p>`:null}
    ${T.length>0?Ce`<${_n}
            id="spending-chart"
            title=${i("stats.chartTitle")}
            describe=${i("stats.chartDescribe",{items:T.map(g=>`${f(g.key)} ${Tt(g.contractedFen)} / ${Tt(g.paidFen)}`).join(i("listSeparator"))})}
            series=${[{label:i("stats.contracted"),className:"contracted"},{label:i("stats.paid"),className:"paid"}]}
            rows=${T.map(g=>({key:g.key,label:f(g.key),values:[g.contractedFen,g.paidFen]}))}
            format=${Tt}
          />
          <table class="spending">
            <caption>${i("stats.chartTitle")}</caption>
            <thead><tr><th scope="col">${i("stats.item")}</th><th scope="col">${i("stats.awarded")}</th><th scope="col">${i("stats.awards")}</th><th scope="col">${i("stats.contracted")}</th><th scope="col">${i("stats.contracts")}</th><th scope="col">${i("stats.paid")}</th></tr></thead>
            <tbody>${T.map(g=>Ce`<tr data-key=${g.key}>
                <th scope="row">${f(g.key)}</th>
                <td class="money">${k(g.awarded)}</td><td>${g.awards}</td>
                <td class="money">${k(g.contracted)}</td><td>${g.contracts}</td>
                <td class="money">${k(g.paid)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    ${_?Ce`<dl class="facts" id="purchase-statistics">
          <div><dt>${i("stats.published")}</dt><dd>${_.published}</dd></div>
          <div><dt>${i("stats.opened")}</dt><dd>${_.opened}</dd></div>
          <div><dt>${i("stats.fewBids")}</dt><dd>${i("stats.fewBidsShare",{count:_.fewerThanThreeValidBids,share:_.shareFewerThanThreeValidBids==null?"\u2014":`${Math.round(_.shareFewerThanThreeValidBids*1e3)/10}%`})}</dd></div>
          <div><dt>${i("stats.awarded")}</dt><dd>${k(_.awarded)}（${_.awards}）</dd></div>
          <div><dt>${i("stats.averageDays")}</dt><dd>${_.averageDaysToAward==null?"\u2014":i("stats.days",{days:Math.round(_.averageDaysToAward*10)/10})}</dd></div>
          <div><dt>${i("stats.grades")}</dt><dd>${_.grades.length?_.grades.map(g=>`${i("perf.grades."+g.grade)} ${g.evaluations}`).join(i("listSeparator")):"\u2014"}</dd></div>
        </dl>`:null}
  </main>`}var C=Z.bind(Y),ei=Vt(null),le=()=>en(ei);function zn(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),i=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"organisation",id:i[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let n=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"procurement",id:n[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let o=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);if(o)return{screen:"committee",id:o[1]};if(t==="contracts")return{screen:"contracts"};let r=/^contracts\/([0-9a-fA-F-]{36})$/.exec(t);if(r)return{screen:"contract",id:r[1]};let a=/^evaluations\/([0-9a-fA-F-]{36})$/.exec(t);if(a)return{screen:"evaluation",id:a[1]};let s=/^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(t);return s?{screen:"purchaseAudit",id:s[1]}:t==="statistics"?{screen:"statistics",params:e}:t==="evaluations"?{screen:"evaluations"}:{screen:"home"}}function ot(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function re({href:t,children:e,...i}){return C`<a href=${t} onClick=${o=>{o.button!==0||o.metaKey||o.ctrlKey||o.shiftKey||o.altKey||(o.preventDefault(),ot(t))}} ...${i}>${e}</a>`}function ko(t,e){let i=t("rules."+e);return i==="rules."+e?"":t("ruleSeparator")+i}function me({error:t,id:e}){let{t:i,lang:n}=le();if(!t)return null;let o=t.code==="CONFLICT"?i("conflict"):t.code==="NETWORK"?i("networkError",{message:t.message}):t.message,r=n==="zh"&&t.rule?i("ruleText."+t.rule):null,a=r&&r!=="ruleText."+t.rule;return C`<p class="error" id=${e} role="alert">
    ${a?C`${r} <span class="detail" lang="en">${o}</span>`:o}${t.rule?C` <span class="rule">(${i("ruleLabel",{rule:t.rule})}${ko(i,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?C` <button type="button" class="link" onClick=${()=>location.reload()}>${i("reload")}</button>`:null}
  </p>`}function de({id:t,label:e,error:i,children:n,hint:o}){return C`<div class=${"field"+(i?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${n}
    ${o?C`<p class="hint" id=${t+"-hint"}>${o}</p>`:null}
    <${me} error=${i} id=${t+"-error"} />
  </div>`}function _e(t,e,i){return[i?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function ti({status:t}){let{t:e}=le();return t?C`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function ni(t,e){return t("cases."+e.kind,{year:e.year})}function No({notice:t,onToken:e}){let{t:i,lang:n}=le(),[o,r]=v(""),[a,s]=v(""),[d,l]=v(""),[p,h]=v(null),[c,$]=v(null),[y,u]=v(!1),m=async T=>{if(T.preventDefault(),!y){u(!0),h(null);try{let f=await N("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:O(o),p:a},{lang:n,token:null});e(f.signIn.token)}catch(f){h(f)}finally{u(!1)}}},b=T=>{T.preventDefault();let f=Qe(d);if(!f)return $(new B(i("tokenMalformed"),{code:"VALIDATION"}));if(f.exp*1e3<=Date.now())return $(new B(i("tokenExpired"),{code:"UNAUTHENTICATED"}));e(d.trim())};return C`<main id="main" class="sign-in">
    <h1>${i("signInTitle")}</h1>
    ${t?C`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${m} aria-labelledby="password-heading">
        <h2 id="password-heading">${i("signInPassword")}</h2>
        <${de} id="username" label=${i("username")}>
          <input id="username" name="username" autocomplete="username" value=${o} onInput=${T=>r(T.currentTarget.value)} />
        <//>
        <${de} id="password" label=${i("password")} error=${p}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${a}
            aria-describedby=${_e("password",p)} aria-invalid=${p?"true":void 0}
            onInput=${T=>s(T.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${y}>${i("signIn")}</button>
      </form>
      <form onSubmit=${b} aria-labelledby="token-heading">
        <h2 id="token-heading">${i("signInToken")}</h2>
        <${de} id="token" label=${i("token")} error=${c} hint=${i("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${d}
            aria-describedby=${_e("token",c,!0)} aria-invalid=${c?"true":void 0}
            onInput=${T=>l(T.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${i("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var xo=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function Oo(t,e){let i=[],n=null;for(let o=0;o<10;o++){let r=await N(xo,{j:t,after:n},{lang:e});for(let a of r.organisations.nodes)for(let s of a.openCases)i.push({org:a,case:s});if(!r.organisations.pageInfo.hasNextPage)break;n=r.organisations.pageInfo.endCursor}return i.sort((o,r)=>Number(r.case.overdue)-Number(o.case.overdue)||o.case.due.localeCompare(r.case.due)||o.org.name.localeCompare(r.org.name)),i}function Lo(t,e){let i=new Date(t+"T00:00:00Z");return i.setUTCDate(i.getUTCDate()+e),i.toISOString().slice(0,10)}function Fo({rows:t,today:e}){let{t:i,lang:n}=le(),o=Array.from({length:7},(d,l)=>Lo(e,l)),r=new Intl.DateTimeFormat(n==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),a=[{key:"overdue",label:i("overdue"),count:t.filter(d=>d.case.overdue).length,className:"overdue"},...o.map((d,l)=>({key:d,label:l===0?i("today"):r.format(new Date(d+"T00:00:00Z")),sublabel:d.slice(5).replace("-","/"),count:t.filter(p=>!p.case.overdue&&p.case.due===d).length,className:l===0?"today":""}))],s=i("weekChartDescribe",{overdue:a[0].count,days:a.slice(1).map(d=>`${W(d.key,n)} ${d.count}`).join(i("listSeparator"))});return C`<${In} id="week-chart" title=${i("weekChartTitle")} describe=${s} bars=${a} />`}function Uo(){let{t,lang:e,claims:i}=le(),[n,o]=v(null),[r,a]=v(null);U(()=>{let d=!0;return o(null),Oo(i.jurisdiction,e).then(l=>d&&o(l),l=>d&&a(l)),()=>{d=!1}},[i.jurisdiction,e]);let s=ze();return C`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${me} error=${r} />
    ${n==null&&!r?C`<p role="status">${t("loading")}</p>`:null}
    ${n&&n.length===0?C`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${n&&n.length>0?C`<${Fo} rows=${n} today=${s} />`:null}
    ${n&&n.length>0?C`<table class="queue">
          <caption>${t("queueTitle")} · ${W(s,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${n.map(d=>C`<tr class=${d.case.overdue?"overdue":""}>
                <td>${d.case.overdue?C`<strong class="badge overdue">${t("overdue")}</strong>`:d.case.due===s?C`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${W(d.case.due,e)}</td>
                <td>${ni(t,d.case)}</td>
                <td><${re} href=${"/app/organisations/"+d.org.id}>${d.org.name}<//></td>
                <td><code>${d.case.rule}</code></td>
                <td>${W(d.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var Mo=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],Bo=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function Jn({params:t}){let{t:e,lang:i}=le(),[n,o]=v(t.get("name")??""),[r,a]=v(t.get("code")??""),[s,d]=v(t.get("status")??""),[l,p]=v(null),[h,c]=v(null),[$,y]=v(!1),u=Pe(async f=>{y(!0),c(null);try{p(await N(Bo,{filter:f},{lang:i}))}catch(_){c(_),p(null)}finally{y(!1)}},[i]),m=(f,_,g)=>{let E={};return O(f)&&(E.nameContains=O(f)),se(_)&&(E.creditCode=se(_)),g&&(E.status=g),E};U(()=>{t.toString()&&u(m(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),u]);let b=f=>{f.preventDefault();let _=new URLSearchParams;O(n)&&_.set("name",O(n)),se(r)&&_.set("code",se(r)),s&&_.set("status",s),a(se(r));let g="/app/search"+(_.toString()?"?"+_:"");g===location.pathname+location.search?u(m(n,r,s)):ot(g)},T=h&&(h.field==="creditCode"||/credit/i.test(h.field??""))?h:null;return C`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${b} role="search">
      <${de} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${n} onInput=${f=>o(f.currentTarget.value)} />
      <//>
      <${de} id="search-code" label=${e("searchCreditCode")} error=${T}>
        <input id="search-code" value=${r} spellcheck=${!1} autocomplete="off"
          aria-describedby=${_e("search-code",T)} aria-invalid=${T?"true":void 0}
          onInput=${f=>a(f.currentTarget.value)} onBlur=${()=>a(se(r))} />
      <//>
      <${de} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${s} onChange=${f=>d(f.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${Mo.map(f=>C`<option value=${f}>${e("statuses."+f)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${$}>${e("search")}</button>
    </form>
    ${T?null:C`<${me} error=${h} />`}
    ${l?l.organisations.nodes.length===0?C`<p class="empty" role="status">${e("noResults")}</p>`:C`<table class="results">
            <caption role="status">${e("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(f=>C`<tr>
                  <td><${re} href=${"/app/organisations/"+f.id}>${f.name}<//></td>
                  <td><code>${f.creditCode}</code></td>
                  <td>${f.kind?e("kinds."+f.kind):""}</td>
                  <td><${ti} status=${f.status} /></td>
                  <td>${x(f.appliedAt,i)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var Ho=`query Profile($id: UUID!) {
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
}`,ii={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function jo({org:t,onDecided:e}){let{t:i,lang:n,claims:o}=le(),[r,a]=v(""),[s,d]=v(null),[l,p]=v(null),h=ce(!1),c=ce({}),$=ii[t.status];if(!$||o?.role!=="registrar")return null;let y=async b=>{if(h.current)return;h.current=!0,p(b),d(null),c.current[b]??=Ae();let T={organisationId:t.id,commandId:c.current[b],expectedVersion:t.version};b==="refuse"&&(T.reason=O(r));let f=$[b],_=!1;try{await N(`mutation($i: ${$[b+"Type"]}!) { ${f}(input: $i) { version } }`,{i:T},{lang:n}),delete c.current[b],_=!0;let g=t.status==="PREP_APPLIED";e(i(b==="approve"?g?"preparationApproved":"approved":g?"preparationRefused":"refused"))}catch(g){g.code!=="NETWORK"&&delete c.current[b],d({action:b,error:g})}finally{_||(h.current=!1),p(null)}},u=s?.action==="approve"?s.error:null,m=s?.action==="refuse"?s.error:null;return C`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${i("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>y("approve")} disabled=${l!=null} aria-describedby=${u?"approve-error":void 0}>${i(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${me} error=${u} id="approve-error" />
    </div>
    <form class="action" onSubmit=${b=>(b.preventDefault(),y("refuse"))}>
      <${de} id="refuse-reason" label=${i("refuseReason")} error=${m}>
        <textarea id="refuse-reason" rows="3" value=${r} aria-required="true"
          aria-describedby=${_e("refuse-reason",m)} aria-invalid=${m?"true":void 0}
          onInput=${b=>a(b.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${i(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function Vo({rows:t}){return C`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,i])=>C`<div><dt>${e}</dt><dd>${i}</dd></div>`)}
  </dl>`}function Xn({id:t,flash:e}){let{t:i,lang:n}=le(),[o,r]=v(void 0),[a,s]=v(null),[d,l]=v(e),p=Pe(()=>{N(Ho,{id:t},{lang:n}).then(c=>r(c.organisation),c=>s(c))},[t,n]);if(U(p,[p]),a)return C`<main id="main"><${me} error=${a} /></main>`;if(o===void 0)return C`<main id="main"><p role="status">${i("loading")}</p></main>`;if(o===null)return C`<main id="main"><p class="empty">${i("notFound")}</p></main>`;let h=o.legalRepresentative;return C`<main id="main" class="profile">
    <h1>${o.name} <${ti} status=${o.status} /></h1>
    ${d?C`<p class="notice" role="status">${d}</p>`:null}
    <${Vo}
      rows=${[[i("creditCode"),C`<code>${o.creditCode}</code>`],[i("kind"),o.kind?i("kinds."+o.kind)+(o.publicFundraising?` \xB7 ${i("publicFundraising")}`:""):null],[i("jurisdiction"),o.jurisdiction],[i("domicile"),o.domicile],[i("purpose"),o.purpose],[i("businessScope"),o.businessScope],[i("legalRepresentative"),h?[h.name,h.idNumber,h.phone].filter(Boolean).join(" \xB7 "):null],[i("registeredFunds"),k(o.registeredFunds)],[i("supervisoryUnitShort"),o.supervisoryUnit],[i("members"),o.members?i("memberCounts",{individual:o.members.individual,unit:o.members.unit}):null],[i("appliedAt"),x(o.appliedAt,n)],[i("decisionDue"),ii[o.status]?W(o.decisionDue,n):null],[i("registeredAt"),x(o.registeredAt,n)],[i("refusedAt"),x(o.refusedAt,n)],[i("refusalReason"),o.refusalReason],[i("version"),String(o.version)]]}
    />
    <${jo} key=${o.version} org=${o} onDecided=${c=>(l(c),p())} />
    <${qo} key=${"e"+o.version} org=${o} onDone=${c=>(l(c),p())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${i("openCases")}</h2>
      ${o.openCases.length===0?C`<p>${i("none")}</p>`:C`<ul class="cases">${o.openCases.map(c=>C`<li class=${c.overdue?"overdue":""}>${ni(i,c)} · ${i("due")} ${W(c.due,n)} ${c.overdue?C`<strong class="badge overdue">${i("overdue")}</strong>`:null} <code>${c.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${i("annualReports")}</h2>
      ${o.annualReports.length===0?C`<p>${i("none")}</p>`:C`<table><caption class="sr-only">${i("annualReports")}</caption>
            <thead><tr><th scope="col">${i("year")}</th><th scope="col">${i("submittedAt")}</th><th scope="col">${i("conclusion")}</th><th scope="col">${i("notFiledDue")}</th></tr></thead>
            <tbody>${o.annualReports.map(c=>C`<tr><td>${c.year}</td><td>${x(c.submittedAt,n)}</td><td>${c.conclusion?i("conclusions."+c.conclusion):""}</td><td>${W(c.notFiledDue,n)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${i("creditStanding")}</h2>
      <p><span class=${"list list-"+o.creditStanding.list.toLowerCase()}>${i("lists."+o.creditStanding.list)}</span>
        ${o.creditStanding.reason?` \xB7 ${o.creditStanding.reason}`:""}
        ${o.creditStanding.listedAt?` \xB7 ${x(o.creditStanding.listedAt,n)}`:""}</p>
      ${o.creditHistory.length>0?C`<table><caption>${i("creditHistory")}</caption>
            <thead><tr><th scope="col">${i("creditStanding")}</th><th scope="col">${i("reason")}</th><th scope="col">${i("listedAt")}</th><th scope="col">${i("endedAt")}</th></tr></thead>
            <tbody>${o.creditHistory.map(c=>C`<tr><td>${i("lists."+c.list)}</td><td>${c.reason}</td><td>${x(c.listedAt,n)}</td><td>${x(c.endedAt,n)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${i("rating")}</h2>
      <p>${o.rating?i("ratingScore",{label:o.rating.label,score:o.rating.score,until:W(o.rating.validUntil,n)}):i("noRating")}</p>
    </section>
    <${Dn} ui=${{t:i,lang:n,Link:re}} organisationId=${o.id} />
  </main>`}function ri({prefix:t,values:e,set:i,error:n}){let{t:o}=le(),r=St(n)?n:null;return C`<fieldset class="members">
    <legend>${o("members")}</legend>
    <${de} id=${t+"-individual"} label=${o("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${_e(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${a=>i("individualMembers",a.currentTarget.value)} />
    <//>
    <${de} id=${t+"-unit"} label=${o("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${_e(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${a=>i("unitMembers",a.currentTarget.value)} />
    <//>
    <${me} error=${r} id=${t+"-members-error"} />
  </fieldset>`}function qo({org:t,onDone:e}){let{t:i,lang:n,claims:o}=le(),[r,a]=v({}),[s,d]=v(null),[l,p]=v(!1),h=ce(!1),c=ce(null);if(t.status!=="PREPARING"||o?.role!=="registrar")return null;let $=(m,b)=>a(T=>({...T,[m]:b})),y=async m=>{if(m.preventDefault(),h.current)return;h.current=!0,p(!0),d(null),c.current??=Ae();let b={organisationId:t.id,individualMembers:rt(r.individualMembers??"0"),unitMembers:rt(r.unitMembers??"0"),commandId:c.current,expectedVersion:t.version};try{await N("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:b},{lang:n}),c.current=null,e(i("establishmentApplied"))}catch(T){T.code!=="NETWORK"&&(c.current=null),d(T)}finally{h.current=!1,p(!1)}},u=St(s)?s:null;return C`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${i("establishment")}</h2>
    <p>${i("establishmentDue",{due:W(t.establishmentDue,n)})}</p>
    <form onSubmit=${y}>
      <${ri} prefix="establish" values=${r} set=${$} error=${s} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${i("applyEstablishment")}</button>
        ${s&&!u?C`<${me} error=${s} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var Go=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,Wo=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function rt(t){let e=se(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var At=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],Yo=t=>"apply-"+t.replace(/\./g,"-"),oi={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},St=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||oi[t.rule]==="members");function Ko(t){if(St(t))return"members";if(!t?.field)return t?.rule&&oi[t.rule]||null;let e=At.find(([o])=>o===t.field);if(e)return e[0];let i=t.field.split(".").pop(),n=At.find(([o])=>o.split(".").pop()===i);return n?n[0]:null}function Qo(){let{t,lang:e,claims:i}=le(),[n,o]=v({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:i.jurisdiction??""}),[r,a]=v(null),[s,d]=v(!1),l=ce(!1),p=ce(null),h=(u,m)=>o(b=>({...b,[u]:m})),c=async u=>{if(u.preventDefault(),l.current)return;l.current=!0,d(!0),a(null),p.current??=Ae();let m=f=>O(n[f]),b={name:m("name"),kind:n.kind,creditCode:se(n.creditCode),domicile:m("domicile"),purpose:m("purpose"),businessScope:m("businessScope"),legalRepresentative:{name:m("legalRepresentative.name"),idNumber:se(n["legalRepresentative.idNumber"]),phone:m("legalRepresentative.phone")},registeredFunds:Se(n.registeredFunds),jurisdiction:m("jurisdiction"),publicFundraising:n.kind==="FOUNDATION"&&n.publicFundraising,commandId:p.current};m("supervisoryUnit")&&(b.supervisoryUnit=m("supervisoryUnit"));let T=n.kind==="SOCIAL_GROUP"&&n.twoStage;T&&(delete b.kind,delete b.publicFundraising,b.individualMembers=rt(n.individualMembers??"0"),b.unitMembers=rt(n.unitMembers??"0"));try{let f=await N(T?Wo:Go,{i:b},{lang:e});p.current=null;let _=T?f.applyForPreparation:f.applyForRegistration;ot("/app/organisations/"+_.organisation.id+"?applied=1")}catch(f){f.code!=="NETWORK"&&(p.current=null),a(f)}finally{l.current=!1,d(!1)}},$=Ko(r),y=u=>$===u?r:null;return C`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${c} novalidate>
      <${de} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${n.kind} onChange=${u=>h("kind",u.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(u=>C`<option value=${u}>${t("kinds."+u)}</option>`)}
        </select>
      <//>
      ${At.map(([u,m,b])=>{let T=Yo(u),f=y(u),_={id:T,name:u,value:n[u]??"","aria-describedby":_e(T,f),"aria-invalid":f?"true":void 0,onInput:g=>h(u,g.currentTarget.value)};return u==="creditCode"&&(_.onBlur=()=>h(u,se(n[u]))),u==="registeredFunds"&&(_.inputmode="decimal"),C`<${de} id=${T} label=${t(m)} error=${f}>
          ${b==="textarea"?C`<textarea rows="2" ...${_}></textarea>`:C`<input ...${_} />`}
        <//>`})}
      ${n.kind==="SOCIAL_GROUP"?C`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!n.twoStage} onChange=${u=>h("twoStage",u.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${n.twoStage?C`<${ri} prefix="apply" values=${n} set=${h} error=${r} />`:null}`:null}
      ${n.kind==="FOUNDATION"?C`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${n.publicFundraising} onChange=${u=>h("publicFundraising",u.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${de} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${n.jurisdiction} inputmode="numeric" onInput=${u=>h("jurisdiction",u.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${s}>${t(s?"submitting":"submit")}</button>
        ${r&&!$?C`<${me} error=${r} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function Zo({onSignOut:t,onLanguage:e}){let{t:i,claims:n}=le();return C`<header class="top">
    <a class="skip" href="#main">${i("skipToMain")}</a>
    <div class="brand">${i("appTitle")}</div>
    <nav aria-label=${i("nav")}>
      ${n?.jurisdiction&&n.role!=="purchaser"?C`<${re} href="/app/">${i("navQueue")}<//>`:null}
      <${re} href="/app/procurements">${i("proc.nav")}<//>
      ${n?.role==="ngo"?C`<${re} href="/app/eligible">${i("proc.navEligible")}<//> <${re} href="/app/bids">${i("proc.navMyBids")}<//>`:null}
      ${n?.role==="ngo"&&n.organisation?C`<${re} href=${"/app/organisations/"+n.organisation}>${i("navMyOrganisation")}<//>`:null}
      ${n?.role==="evaluator"?C`<${re} href="/app/committees">${i("eval.nav")}<//>`:null}
      ${n?.role==="ngo"||n?.role==="purchaser"?C`<${re} href="/app/contracts">${i(n.role==="ngo"?"con.navMine":"con.navUnit")}<//>`:null}
      <${re} href="/app/search">${i(n?"navSearch":"navPublicSearch")}<//>
      ${n?.role==="registrar"?C`<${re} href="/app/apply">${i("navApply")}<//>`:null}
      ${n?.role==="auditor"||n?.role==="admin"?C`<${re} href="/app/audit">${i("audit.nav")}<//>`:null}
      ${si.includes(n?.role)?C`<${re} href="/app/evaluations">${i("perf.nav")}<//>`:null}
      ${ai.includes(n?.role)?C`<${re} href="/app/statistics">${i("stats.nav")}<//>`:null}
      ${n?null:C`<${re} href="/app/">${i("signIn")}<//>`}
    </nav>
    <div class="who">
      ${n?C`<span class="identity" aria-label=${i("signedInAs")}>
            <span class="subject">${n.sub}</span>
            <span class="role">${i("roles."+n.role)}</span>
            ${n.jurisdiction?C`<span class="jurisdiction">${i("jurisdiction")} ${n.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${i("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${i("switchLanguageLabel")} onClick=${e}>${i("switchLanguage")}</button>
      ${n?C`<button type="button" class="link" id="sign-out" onClick=${t}>${i("signOut")}</button>`:null}
    </div>
  </header>`}var ai=["purchaser","registrar","auditor","admin"],si=["purchaser","ngo","evaluator"];function zo(t){let e=t?Qe(t):null;return e&&e.exp*1e3>Date.now()?e:null}function Jo(){let[t,e]=v(Ne.get()),[i,n]=v(Ee.token()),[o,r]=v(null),[a,s]=v(zn()),d=zo(i),l=Pe((y,u)=>ke(t,y,u),[t]);U(()=>{let y=()=>s(zn());return addEventListener("popstate",y),()=>removeEventListener("popstate",y)},[]),U(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${ke(t,"appTitle")} \xB7 civic-ledger`},[t]);let p=Pe((y=null)=>{Ee.clear(),n(null),r(y)},[]);U(()=>dn(()=>p(ke(Ne.get(),"sessionEnded"))),[p]),U(()=>{if(!i)return;let y=Qe(i)?.exp*1e3,u=()=>p(ke(Ne.get(),"tokenExpired"));if(!(y>Date.now()))return u();let m=setTimeout(u,Math.min(y-Date.now(),2**31-1));return()=>clearTimeout(m)},[i,p]);let h={t:l,lang:t,claims:d},c={t:l,lang:t,claims:d,ErrorText:me,Link:re,navigate:ot},$;return a.screen==="procurements"||a.screen==="home"&&d?.role==="purchaser"?$=C`<${Vn} key=${location.search} ui=${c} params=${a.params??new URLSearchParams(d?"mine=1":"")} />`:a.screen==="procurement"?$=C`<${Gn} key=${a.id+location.search} ui=${c} id=${a.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:a.screen==="contract"?$=C`<${Un} key=${a.id+location.search} ui=${c} id=${a.id} flash=${new URLSearchParams(location.search).has("signed")?l("con.signed"):null} />`:si.includes(d?.role)&&a.screen==="evaluations"?$=C`<${Pn} ui=${c} />`:a.screen==="evaluation"?$=C`<${wn} key=${a.id} ui=${c} id=${a.id} />`:(d?.role==="auditor"||d?.role==="admin")&&a.screen==="purchaseAudit"?$=C`<${Kn} key=${a.id} ui=${c} id=${a.id} />`:ai.includes(d?.role)&&a.screen==="statistics"?$=C`<${Zn} key=${location.search} ui=${c} params=${a.params} />`:(d?.role==="ngo"||d?.role==="purchaser")&&a.screen==="contracts"?$=C`<${Mn} ui=${c} />`:d?.role==="purchaser"&&a.screen==="draft"?$=C`<${qn} ui=${c} />`:d?.role==="ngo"&&(a.screen==="eligible"||a.screen==="home")?$=C`<${vn} ui=${c} />`:d?.role==="ngo"&&a.screen==="bids"?$=C`<${yn} ui=${c} />`:d?.role==="evaluator"&&(a.screen==="committees"||a.screen==="home")?$=C`<${Sn} ui=${c} />`:d?.role==="evaluator"&&a.screen==="committee"?$=C`<${Cn} key=${a.id} ui=${c} id=${a.id} />`:!d&&(a.screen==="search"||a.screen==="organisation")?$=a.screen==="search"?C`<${Jn} params=${a.params} />`:C`<${Xn} key=${a.id} id=${a.id} flash=${null} />`:d?a.screen==="audit"?$=C`<${hn} t=${l} lang=${t} ErrorText=${me} params=${a.params} extra=${C`<${Qn} ui=${c} />`} />`:a.screen==="organisation"?$=C`<${Xn} key=${a.id+location.search} id=${a.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:a.screen==="search"||a.screen==="home"&&!d.jurisdiction?$=C`<${Jn} params=${a.params??new URLSearchParams} />`:a.screen==="apply"?$=C`<${Qo} />`:$=C`<${Uo} />`:$=C`<${No} notice=${o} onToken=${y=>(Ee.save(y),n(y),r(null))} />`,C`<${ei.Provider} value=${h}>
    <${Zo}
      onSignOut=${()=>p(null)}
      onLanguage=${()=>{let y=t==="en"?"zh":"en";Ne.set(y),e(y)}}
    />
    ${$}
  <//>`}jt(C`<${Jo} />`,document.getElementById("root"));})();
