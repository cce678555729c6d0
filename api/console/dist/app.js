(()=>{var Je,G,jt,So,Ae,Ft,Bt,Ht,ft,qe,Le,Vt,yt,gt,bt,Wt,ze={},Qe=[],_o=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Xe=Array.isArray;function ye(t,e){for(var o in e)t[o]=e[o];return t}function It(t){t&&t.parentNode&&t.parentNode.removeChild(t)}function Y(t,e,o){var n,i,r,s={};for(r in e)r=="key"?n=e[r]:r=="ref"?i=e[r]:s[r]=e[r];if(arguments.length>2&&(s.children=arguments.length>3?Je.call(arguments,2):o),typeof t=="function"&&t.defaultProps!=null)for(r in t.defaultProps)s[r]===void 0&&(s[r]=t.defaultProps[r]);return Ye(t,s,n,i,null)}function Ye(t,e,o,n,i){var r={type:t,props:e,key:o,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:i??++jt,__i:-1,__u:0};return i==null&&G.vnode!=null&&G.vnode(r),r}function et(t){return t.children}function Ke(t,e){this.props=t,this.context=e}function Se(t,e){if(e==null)return t.__?Se(t.__,t.__i+1):null;for(var o;e<t.__k.length;e++)if((o=t.__k[e])!=null&&o.__e!=null)return o.__e;return typeof t.type=="function"?Se(t):null}function Co(t){if(t.__P&&t.__d){var e=t.__v,o=e.__e,n=[],i=[],r=ye({},e);r.__v=e.__v+1,G.vnode&&G.vnode(r),Et(t.__P,r,e,t.__n,t.__P.namespaceURI,32&e.__u?[o]:null,n,o??Se(e),!!(32&e.__u),i),r.__v=e.__v,r.__.__k[r.__i]=r,zt(n,r,i),e.__e=e.__=null,r.__e!=o&&Gt(r)}}function Gt(t){if((t=t.__)!=null&&t.__c!=null)return t.__e=t.__c.base=null,t.__k.some(function(e){if(e!=null&&e.__e!=null)return t.__e=t.__c.base=e.__e}),Gt(t)}function vt(t){(!t.__d&&(t.__d=!0)&&Ae.push(t)&&!Ze.__r++||Ft!=G.debounceRendering)&&((Ft=G.debounceRendering)||Bt)(Ze)}function Ze(){try{for(var t,e=1;Ae.length;)Ae.length>e&&Ae.sort(Ht),t=Ae.shift(),e=Ae.length,Co(t)}finally{Ae.length=Ze.__r=0}}function qt(t,e,o,n,i,r,s,a,c,d,p){var f,l,g,I,m,u,v=n&&n.__k||Qe,b=e.length;for(c=Ro(o,e,v,c,b),f=0;f<b;f++)(g=o.__k[f])!=null&&(l=g.__i!=-1&&v[g.__i]||ze,g.__i=f,u=Et(t,g,l,i,r,s,a,c,d,p),I=g.__e,g.ref&&l.ref!=g.ref&&(l.ref&&Tt(l.ref,null,g),p.push(g.ref,g.__c||I,g)),m==null&&I!=null&&(m=I),4&g.__u?(c=Yt(g,c,t),l.__e&&(l.__e=null)):typeof g.type=="function"&&u!==void 0?c=u:I&&(c=I.nextSibling),g.__u&=-7);return o.__e=m,c}function Ro(t,e,o,n,i){var r,s,a,c,d,p=o.length,f=p,l=0;for(t.__k=new Array(i),r=0;r<i;r++)(s=e[r])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=t.__k[r]=Ye(null,s,null,null,null):Xe(s)?s=t.__k[r]=Ye(et,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=t.__k[r]=Ye(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):t.__k[r]=s,c=r+l,s.__=t,s.__b=t.__b+1,a=null,(d=s.__i=wo(s,o,c,f))!=-1&&(f--,(a=o[d])&&(a.__u|=2)),a==null||a.__v==null?(d==-1&&(i>p?l--:i<p&&l++),typeof s.type!="function"&&(s.__u|=4)):d!=c&&(d==c-1?l--:d==c+1?l++:(d>c?l--:l++,s.__u|=4))):t.__k[r]=null;if(f)for(r=0;r<p;r++)(a=o[r])!=null&&(2&a.__u)==0&&(a.__e==n&&(n=Se(a)),Zt(a,a));return n}function Yt(t,e,o){var n,i;if(typeof t.type=="function"){for(n=t.__k,i=0;n&&i<n.length;i++)n[i]&&(n[i].__=t,e=Yt(n[i],e,o));return e}t.__e!=e&&(e&&t.type&&!e.parentNode&&(e=Se(t)),e=o.insertBefore(t.__e,e||null));do e=e&&e.nextSibling;while(e!=null&&e.nodeType==8);return e}function wo(t,e,o,n){var i,r,s,a=t.key,c=t.type,d=e[o],p=d!=null&&(2&d.__u)==0;if(d===null&&a==null||p&&a==d.key&&c==d.type)return o;if(n>(p?1:0)){for(i=o-1,r=o+1;i>=0||r<e.length;)if((d=e[s=i>=0?i--:r++])!=null&&(2&d.__u)==0&&a==d.key&&c==d.type)return s}return-1}function Mt(t,e,o){e[0]=="-"?t.setProperty(e,o??""):t[e]=o==null?"":typeof o!="number"||_o.test(e)?o:o+"px"}function Ge(t,e,o,n,i){var r,s;e:if(e=="style")if(typeof o=="string")t.style.cssText=o;else{if(typeof n=="string"&&(t.style.cssText=n=""),n)for(e in n)o&&e in o||Mt(t.style,e,"");if(o)for(e in o)n&&o[e]==n[e]||Mt(t.style,e,o[e])}else if(e[0]=="o"&&e[1]=="n")r=e!=(e=e.replace(Vt,"$1")),s=e.toLowerCase(),e=s in t||e=="onFocusOut"||e=="onFocusIn"?s.slice(2):e.slice(2),t.l||(t.l={}),t.l[e+r]=o,o?n?o[Le]=n[Le]:(o[Le]=yt,t.addEventListener(e,r?bt:gt,r)):t.removeEventListener(e,r?bt:gt,r);else{if(i=="http://www.w3.org/2000/svg")e=e.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(e!="width"&&e!="height"&&e!="href"&&e!="list"&&e!="form"&&e!="tabIndex"&&e!="download"&&e!="rowSpan"&&e!="colSpan"&&e!="role"&&e!="popover"&&e in t)try{t[e]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&e[4]!="-"?t.removeAttribute(e):t.setAttribute(e,e=="popover"&&o==1?"":o))}}function Ut(t){return function(e){if(this.l){var o=this.l[e.type+t];if(e[qe]==null)e[qe]=yt++;else if(e[qe]<o[Le])return;return o(G.event?G.event(e):e)}}}function Et(t,e,o,n,i,r,s,a,c,d){var p,f,l,g,I,m,u,v,b,$,E,h,T,A,_,O,S=e.type;if(e.constructor!==void 0)return null;128&o.__u&&(c=!!(32&o.__u),r=[a=e.__e=o.__e]),(p=G.__b)&&p(e);e:if(typeof S=="function"){f=s.length;try{if(b=e.props,$=S.prototype&&S.prototype.render,E=(p=S.contextType)&&n[p.__c],h=p?E?E.props.value:p.__:n,o.__c?v=(l=e.__c=o.__c).__=l.__E:($?e.__c=l=new S(b,h):(e.__c=l=new Ke(b,h),l.constructor=S,l.render=Po),E&&E.sub(l),l.state||(l.state={}),l.__n=n,g=l.__d=!0,l.__h=[],l._sb=[]),$&&l.__s==null&&(l.__s=l.state),$&&S.getDerivedStateFromProps!=null&&(l.__s==l.state&&(l.__s=ye({},l.__s)),ye(l.__s,S.getDerivedStateFromProps(b,l.__s))),I=l.props,m=l.state,l.__v=e,g)$&&S.getDerivedStateFromProps==null&&l.componentWillMount!=null&&l.componentWillMount(),$&&l.componentDidMount!=null&&l.__h.push(l.componentDidMount);else{if($&&S.getDerivedStateFromProps==null&&b!==I&&l.componentWillReceiveProps!=null&&l.componentWillReceiveProps(b,h),e.__v==o.__v||!l.__e&&l.shouldComponentUpdate!=null&&l.shouldComponentUpdate(b,l.__s,h)===!1){e.__v!=o.__v&&(l.props=b,l.state=l.__s,l.__d=!1),e.__e=o.__e,e.__k=o.__k,e.__k.some(function(L){L&&(L.__=e)}),Qe.push.apply(l.__h,l._sb),l._sb=[],l.__h.length&&s.push(l),a=Se(o);break e}l.componentWillUpdate!=null&&l.componentWillUpdate(b,l.__s,h),$&&l.componentDidUpdate!=null&&l.__h.push(function(){l.componentDidUpdate(I,m,u)})}if(l.context=h,l.props=b,l.__P=t,l.__e=!1,T=G.__r,A=0,$)l.state=l.__s,l.__d=!1,T&&T(e),p=l.render(l.props,l.state,l.context),Qe.push.apply(l.__h,l._sb),l._sb=[];else do l.__d=!1,T&&T(e),p=l.render(l.props,l.state,l.context),l.state=l.__s;while(l.__d&&++A<25);l.state=l.__s,l.getChildContext!=null&&(n=ye(ye({},n),l.getChildContext())),$&&!g&&l.getSnapshotBeforeUpdate!=null&&(u=l.getSnapshotBeforeUpdate(I,m)),_=p!=null&&p.type===et&&p.key==null?Qt(p.props.children):p,a=qt(t,Xe(_)?_:[_],e,o,n,i,r,s,a,c,d),l.base=e.__e,e.__u&=-161,l.__h.length&&s.push(l),v&&(l.__E=l.__=null)}catch(L){if(s.length=f,e.__v=null,c||r!=null){if(L.then){for(e.__u|=c?160:128;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;r!=null&&(r[r.indexOf(a)]=null),e.__e=a}else if(r!=null)for(O=r.length;O--;)It(r[O])}else e.__e=o.__e;e.__k==null&&(e.__k=o.__k||[]),L.then||Kt(e),G.__e(L,e,o)}}else r==null&&e.__v==o.__v?(e.__k=o.__k,e.__e=o.__e):a=e.__e=Do(o.__e,e,o,n,i,r,s,c,d);return(p=G.diffed)&&p(e),128&e.__u?void 0:a}function Kt(t){t&&(t.__c&&(t.__c.__e=!0),t.__k&&t.__k.some(Kt))}function zt(t,e,o){for(var n=0;n<o.length;n++)Tt(o[n],o[++n],o[++n]);G.__c&&G.__c(e,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(r){r.call(i)})}catch(r){G.__e(r,i.__v)}})}function Qt(t){return typeof t!="object"||t==null||t.__b>0?t:Xe(t)?t.map(Qt):t.constructor!==void 0?null:ye({},t)}function Do(t,e,o,n,i,r,s,a,c){var d,p,f,l,g,I,m,u=o.props||ze,v=e.props,b=e.type;if(b=="svg"?i="http://www.w3.org/2000/svg":b=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),r!=null){for(d=0;d<r.length;d++)if((g=r[d])&&"setAttribute"in g==!!b&&(b?g.localName==b:g.nodeType==3)){t=g,r[d]=null;break}}if(t==null){if(b==null)return document.createTextNode(v);t=document.createElementNS(i,b,v.is&&v),a&&(G.__m&&G.__m(e,r),a=!1),r=null}if(b==null)u===v||a&&t.data==v||(t.data=v);else{if(r=b=="textarea"&&v.defaultValue!=null?null:r&&Je.call(t.childNodes),!a&&r!=null)for(u={},d=0;d<t.attributes.length;d++)u[(g=t.attributes[d]).name]=g.value;for(d in u)g=u[d],d=="dangerouslySetInnerHTML"?f=g:d=="children"||d in v||d=="value"&&"defaultValue"in v||d=="checked"&&"defaultChecked"in v||Ge(t,d,null,g,i);for(d in v)g=v[d],d=="children"?l=g:d=="dangerouslySetInnerHTML"?p=g:d=="value"?I=g:d=="checked"?m=g:a&&typeof g!="function"||u[d]===g||Ge(t,d,g,u[d],i);if(p)a||f&&(p.__html==f.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),e.__k=[];else if(f&&(t.innerHTML=""),qt(e.type=="template"?t.content:t,Xe(l)?l:[l],e,o,n,b=="foreignObject"?"http://www.w3.org/1999/xhtml":i,r,s,r?r[0]:o.__k&&Se(o,0),a,c),r!=null)for(d=r.length;d--;)It(r[d]);a&&b!="textarea"||(d="value",b=="progress"&&I==null?t.removeAttribute("value"):I!=null&&(I!==t[d]||b=="progress"&&!I||b=="option"&&I!=u[d])&&Ge(t,d,I,u[d],i),d="checked",m!=null&&m!=t[d]&&Ge(t,d,m,u[d],i))}return t}function Tt(t,e,o){try{if(typeof t=="function"){var n=typeof t.__u=="function";n&&t.__u(),n&&e==null||(t.__u=t(e))}else t.current=e}catch(i){G.__e(i,o)}}function Zt(t,e,o){var n,i;if(G.unmount&&G.unmount(t),(n=t.ref)&&(n.current&&n.current!=t.__e||Tt(n,null,e)),(n=t.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(r){G.__e(r,e)}n.base=n.__P=n.__n=null}if(n=t.__k)for(i=0;i<n.length;i++)n[i]&&Zt(n[i],e,o||typeof t.type!="function");o||It(t.__e),t.__c=t.__=t.__e=void 0}function Po(t,e,o){return this.constructor(t,o)}function Jt(t,e,o){var n,i,r,s;e==document&&(e=document.documentElement),G.__&&G.__(t,e),i=(n=typeof o=="function")?null:o&&o.__k||e.__k,r=[],s=[],Et(e,t=(!n&&o||e).__k=Y(et,null,[t]),i||ze,ze,e.namespaceURI,!n&&o?[o]:i?null:e.firstChild?Je.call(e.childNodes):null,r,!n&&o?o:i?i.__e:e.firstChild,n,s),zt(r,t,s),t.props.children=null}function Xt(t){function e(o){var n,i;return this.getChildContext||(n=new Set,(i={})[e.__c]=this,this.getChildContext=function(){return i},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(r){this.props.value!=r.value&&n.forEach(function(s){s.__e=!0,vt(s)})},this.sub=function(r){n.add(r);var s=r.componentWillUnmount;r.componentWillUnmount=function(){n&&n.delete(r),s&&s.call(r)}}),o.children}return e.__c="__cC"+Wt++,e.__=t,e.Provider=e.__l=(e.Consumer=function(o,n){return o.children(n)}).contextType=e,e}Je=Qe.slice,G={__e:function(t,e,o,n){for(var i,r,s;e=e.__;)if((i=e.__c)&&!i.__)try{if((r=i.constructor)&&r.getDerivedStateFromError!=null&&(i.setState(r.getDerivedStateFromError(t)),s=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(t,n||{}),s=i.__d),s)return i.__E=i}catch(a){t=a}throw t}},jt=0,So=function(t){return t!=null&&t.constructor===void 0},Ke.prototype.setState=function(t,e){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=ye({},this.state),typeof t=="function"&&(t=t(ye({},o),this.props)),t&&ye(o,t),t!=null&&this.__v&&(e&&this._sb.push(e),vt(this))},Ke.prototype.forceUpdate=function(t){this.__v&&(this.__e=!0,t&&this.__h.push(t),vt(this))},Ke.prototype.render=et,Ae=[],Bt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ht=function(t,e){return t.__v.__b-e.__v.__b},Ze.__r=0,ft=Math.random().toString(8),qe="__d"+ft,Le="__a"+ft,Vt=/(PointerCapture)$|Capture$/i,yt=0,gt=Ut(!1),bt=Ut(!0),Wt=0;var Re,J,At,en,Fe=0,ln=[],te=G,tn=te.__b,nn=te.__r,on=te.diffed,rn=te.__c,sn=te.unmount,an=te.__;function nt(t,e){te.__h&&te.__h(J,t,Fe||e),Fe=0;var o=J.__H||(J.__H={__:[],__h:[]});return t>=o.__.length&&o.__.push({}),o.__[t]}function y(t){return Fe=1,No(mn,t)}function No(t,e,o){var n=nt(Re++,2);if(n.t=t,!n.__c&&(n.__=[o?o(e):mn(void 0,e),function(a){var c=n.__N?n.__N[0]:n.__[0],d=n.t(c,a);c!==d&&(n.__N=[d,n.__[1]],n.__c.setState({}))}],n.__c=J,!J.__f)){var i=function(a,c,d){if(!n.__c.__H)return!0;var p=!1,f=n.__c.props!==a;if(n.__c.__H.__.some(function(g){if(g.__N){p=!0;var I=g.__[0];g.__=g.__N,g.__N=void 0,I!==g.__[0]&&(f=!0)}}),r){var l=r.call(this,a,c,d);return p?l||f:l}return!p||f};J.__f=!0;var r=J.shouldComponentUpdate,s=J.componentWillUpdate;J.componentWillUpdate=function(a,c,d){if(this.__e){var p=r;r=void 0,i(a,c,d),r=p}s&&s.call(this,a,c,d)},J.shouldComponentUpdate=i}return n.__N||n.__}function F(t,e){var o=nt(Re++,3);!te.__s&&pn(o.__H,e)&&(o.__=t,o.u=e,J.__H.__h.push(o))}function ue(t){return Fe=5,dn(function(){return{current:t}},[])}function dn(t,e){var o=nt(Re++,7);return pn(o.__H,e)&&(o.__=t(),o.__H=e,o.__h=t),o.__}function Me(t,e){return Fe=8,dn(function(){return t},e)}function un(t){var e=J.context[t.__c],o=nt(Re++,9);return o.c=t,e?(o.__==null&&(o.__=!0,e.sub(J)),e.props.value):t.__}function ko(){for(var t;t=ln.shift();){var e=t.__H;if(t.__P&&e)try{e.__h.some(tt),e.__h.some(St),e.__h=[]}catch(o){e.__h=[],te.__e(o,t.__v)}}}te.__b=function(t){J=null,tn&&tn(t)},te.__=function(t,e){t&&e.__k&&e.__k.__m&&(t.__m=e.__k.__m),an&&an(t,e)},te.__r=function(t){nn&&nn(t),Re=0;var e=(J=t.__c).__H;e&&(At===J?(e.__h=[],J.__h=[],e.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(e.__h.some(tt),e.__h.some(St),e.__h=[],Re=0)),At=J},te.diffed=function(t){on&&on(t);var e=t.__c;e&&e.__H&&(e.__H.__h.length&&(ln.push(e)!==1&&en===te.requestAnimationFrame||((en=te.requestAnimationFrame)||Oo)(ko)),e.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),At=J=null},te.__c=function(t,e){e.some(function(o){try{o.__h.some(tt),o.__h=o.__h.filter(function(n){return!n.__||St(n)})}catch(n){e.some(function(i){i.__h&&(i.__h=[])}),e=[],te.__e(n,o.__v)}}),rn&&rn(t,e)},te.unmount=function(t){sn&&sn(t);var e,o=t.__c;o&&o.__H&&(o.__H.__.some(function(n){try{tt(n)}catch(i){e=i}}),o.__H=void 0,e&&te.__e(e,o.__v))};var cn=typeof requestAnimationFrame=="function";function Oo(t){var e,o=function(){clearTimeout(n),cn&&cancelAnimationFrame(e),setTimeout(t)},n=setTimeout(o,35);cn&&(e=requestAnimationFrame(o))}function tt(t){var e=J,o=t.__c;typeof o=="function"&&(t.__c=void 0,o()),J=e}function St(t){var e=J;t.__c=t.__(),J=e}function pn(t,e){return!t||t.length!==e.length||e.some(function(o,n){return o!==t[n]})}function mn(t,e){return typeof e=="function"?e(t):e}var hn=function(t,e,o,n){var i;e[0]=0;for(var r=1;r<e.length;r++){var s=e[r++],a=e[r]?(e[0]|=s?1:2,o[e[r++]]):e[++r];s===3?n[0]=a:s===4?n[1]=Object.assign(n[1]||{},a):s===5?(n[1]=n[1]||{})[e[++r]]=a:s===6?n[1][e[++r]]+=a+"":s?(i=t.apply(a,hn(t,a,o,["",null])),n.push(i),a[0]?e[0]|=2:(e[r-2]=0,e[r]=i)):n.push(a)}return n},$n=new Map;function z(t){var e=$n.get(this);return e||(e=new Map,$n.set(this,e)),(e=hn(this,e.get(t)||(e.set(t,e=(function(o){for(var n,i,r=1,s="",a="",c=[0],d=function(l){r===1&&(l||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,l,s):r===3&&(l||s)?(c.push(3,l,s),r=2):r===2&&s==="..."&&l?c.push(4,l,0):r===2&&s&&!l?c.push(5,0,!0,s):r>=5&&((s||!l&&r===5)&&(c.push(r,0,s,i),r=6),l&&(c.push(r,l,0,i),r=6)),s=""},p=0;p<o.length;p++){p&&(r===1&&d(),d(p));for(var f=0;f<o[p].length;f++)n=o[p][f],r===1?n==="<"?(d(),c=[c],r=3):s+=n:r===4?s==="--"&&n===">"?(r=1,s=""):s=n+s[0]:a?n===a?a="":s+=n:n==='"'||n==="'"?a=n:n===">"?(d(),r=1):r&&(n==="="?(r=5,i=s,s=""):n==="/"&&(r<5||o[p][f+1]===">")?(d(),r===3&&(c=c[0]),r=c,(c=c[0]).push(2,0,r),r=0):n===" "||n==="	"||n===`
`||n==="\r"?(d(),r=2):s+=n),r===3&&s==="!--"&&(r=4,c=c[0])}return d(),c})(t)),e),arguments,[])).length>1?e:e[0]}var xo={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navMyOrganisation:"\u672C\u673A\u6784",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CONTEST-CALL":"\u5927\u8D5B\u516C\u544A","CONTEST-WINDOW":"\u5927\u8D5B\u65F6\u95F4\u7A97\u53E3","CONTEST-REVIEW":"\u5927\u8D5B\u8BC4\u5BA1","CONTEST-PLEDGE":"\u8BA4\u6350","CONTEST-MATCHING":"\u914D\u6350\u89C4\u5219","CONTEST-GRANT":"\u5927\u8D5B\u8D44\u52A9","CONTEST-STATE":"\u5F53\u524D\u5927\u8D5B\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",reasonLabel:"\u7406\u7531",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E",supplementTitle:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",headroom:"\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684 {percent}%\uFF08\u653F\u5E9C\u91C7\u8D2D\u6CD5\u7B2C\u56DB\u5341\u4E5D\u6761\uFF09\uFF1B\u5DF2\u8865\u5145 {used}\uFF0C\u5C1A\u53EF\u8865\u5145 {left}\u3002",headroomLeft:"\u81F3\u591A {left}",supplementAmount:"\u8865\u5145\u5408\u540C\u91D1\u989D\uFF08\u5143\uFF09",supplementDescription:"\u8865\u5145\u5185\u5BB9",sameSubject:"\u8865\u5145\u5408\u540C\u4E0E\u539F\u5408\u540C\u6807\u7684\u76F8\u540C\uFF0C\u5176\u4ED6\u6761\u6B3E\u4E0D\u53D8",supplementPayment:"\u8865\u5145\u5408\u540C\u7684\u4ED8\u6B3E\u8282\u70B9",supplementPayTitle:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u540D\u79F0",supplementPayDue:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u65E5\u671F",supplementFollows:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u6240\u5BF9\u5E94\u7684\u9A8C\u6536",supplementSubmit:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",supplementRecorded:"\u8865\u5145\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",correctIntro:"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF1A\u66F4\u6B63\u53E6\u4F5C\u8BB0\u5F55\uFF0C\u5199\u660E\u7406\u7531\uFF0C\u539F\u8BB0\u5F55\u4FDD\u7559\u3002",correctPaymentTitle:"\u66F4\u6B63\u4ED8\u6B3E\u8BB0\u5F55",correctWhichPayment:"\u8981\u66F4\u6B63\u7684\u4ED8\u6B3E",correctAmount:"\u66F4\u6B63\u540E\u7684\u91D1\u989D\uFF08\u5143\uFF09",correctReason:"\u66F4\u6B63\u7406\u7531",correctSubmit:"\u8BB0\u5F55\u66F4\u6B63",paymentCorrected:"\u4ED8\u6B3E\u8BB0\u5F55\u5DF2\u66F4\u6B63\u3002",correctAcceptanceTitle:"\u66F4\u6B63\u9A8C\u6536\u7ED3\u8BBA",currentResult:"\u73B0\u8BB0\u5F55\u7684\u7ED3\u8BBA\uFF1A{result}",correctedResult:"\u66F4\u6B63\u540E\u7684\u7ED3\u8BBA",acceptanceCorrected:"\u9A8C\u6536\u7ED3\u8BBA\u5DF2\u66F4\u6B63\u3002",suspendTitle:"\u4E2D\u6B62\u5408\u540C",suspendIntro:"\u4E2D\u6B62\u671F\u95F4\u4E0D\u518D\u9A8C\u6536\uFF0C\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",suspend:"\u4E2D\u6B62\u5408\u540C",suspended:"\u5408\u540C\u5DF2\u4E2D\u6B62\u3002",resumeTitle:"\u6062\u590D\u5C65\u884C",resume:"\u6062\u590D\u5C65\u884C",resumed:"\u5408\u540C\u5DF2\u6062\u590D\u5C65\u884C\u3002",terminateTitle:"\u89E3\u9664\u5408\u540C",terminateIntro:"\u89E3\u9664\u540E\u5408\u540C\u4E0D\u518D\u5C65\u884C\uFF0C\u4E0D\u53EF\u64A4\u56DE\uFF1B\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",terminate:"\u89E3\u9664\u5408\u540C",terminated:"\u5408\u540C\u5DF2\u89E3\u9664\u3002"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784",thirdPartySearch:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u540D\u79F0\uFF08\u90E8\u5206\u5373\u53EF\uFF09",thirdPartyNone:"\u6CA1\u6709\u540D\u79F0\u76F8\u7B26\u3001\u767B\u8BB0\u72B6\u6001\u6B63\u5E38\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",thirdPartyPick:"\u8BF7\u5148\u6309\u540D\u79F0\u67E5\u627E\u5E76\u9009\u62E9\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u3002",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E",nav:"\u7EE9\u6548\u8BC4\u4EF7",mineTitle:"\u6211\u7684\u7EE9\u6548\u8BC4\u4EF7",opened:"\u5F00\u59CB\u65F6\u95F4"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7",idInvalid:"\u8BF7\u7C98\u8D34\u5B8C\u6574\u7684\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7\uFF08UUID\uFF09\u3002"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",amendTitle:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amendIntro:"\u6295\u6807\u622A\u6B62\u524D\u53EF\u66F4\u6B63\u91C7\u8D2D\u9700\u6C42\u548C\u65F6\u95F4\uFF1B\u622A\u6B62\u65F6\u95F4\u53EA\u80FD\u5EF6\u540E\u3002\u6240\u4F5C\u66F4\u6B63\u4E0E\u7406\u7531\u4E00\u5E76\u516C\u5F00\u3002",amendDeadlineHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\uFF1B\u53EA\u80FD\u5EF6\u540E\u3002\u5B9E\u8D28\u6027\u66F4\u6B63\u987B\u81EA\u66F4\u6B63\u4E4B\u65E5\u8D77\u91CD\u65B0\u6EE1\u8DB3\u7B49\u6807\u671F\u3002",substantive:"\u5B9E\u8D28\u6027\u66F4\u6B63\uFF08\u5F71\u54CD\u6295\u6807\u6587\u4EF6\u7F16\u5236\uFF09",substantiveHint:"\u66F4\u6B63\u8D44\u683C\u8981\u6C42\u6216\u8BC4\u5206\u529E\u6CD5\u603B\u662F\u5B9E\u8D28\u6027\u7684\u3002",amendReason:"\u66F4\u6B63\u7406\u7531",amend:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amended:"\u66F4\u6B63\u516C\u544A\u5DF2\u53D1\u5E03\u3002",cancelTitle:"\u7EC8\u6B62\u91C7\u8D2D",cancelIntro:"\u4E2D\u6807\u516C\u544A\u53D1\u5E03\u524D\u53EF\u7EC8\u6B62\u91C7\u8D2D\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF1B\u7EC8\u6B62\u540E\u4E0D\u53EF\u6062\u590D\u3002",cancel:"\u7EC8\u6B62\u91C7\u8D2D",cancelled:"\u91C7\u8D2D\u5DF2\u7EC8\u6B62\u3002",excludeTitle:"\u4E2D\u6807\u5019\u9009\u4EBA\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C",excludeIntro:"\u6392\u540D\u6700\u9AD8\u7684\u6295\u6807\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C\u540E\uFF0C\u7531\u6392\u540D\u5176\u6B21\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u9012\u8865\uFF1B\u65E0\u4EBA\u9012\u8865\u65F6\u91C7\u8D2D\u5931\u8D25\uFF08\u5E9F\u6807\uFF09\u3002",rankedBid:"\u6392\u540D\u6295\u6807",rankedOption:"\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09",candidateMark:"\uFF08\u4E2D\u6807\u5019\u9009\u4EBA\uFF09",excludeWhat:"\u60C5\u5F62",excludeKinds:{DECLINE:"\u6295\u6807\u4EBA\u653E\u5F03\u4E2D\u6807",DISQUALIFY:"\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},excludeSubmit:"\u8BB0\u5F55",declined:"\u5DF2\u8BB0\u5F55\u653E\u5F03\u4E2D\u6807\u3002",disqualified:"\u5DF2\u53D6\u6D88\u8BE5\u6295\u6807\u7684\u4E2D\u6807\u8D44\u683C\u3002",exclusions:{DECLINED:"\u5DF2\u653E\u5F03\u4E2D\u6807",DISQUALIFIED:"\u5DF2\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},exclusionReason:"\uFF1A{reason}",complaintTitle:"\u6295\u8BC9",complaintAbout:"\u8D28\u7591\u201C{grounds}\u201D",complaintReference:"\u6295\u8BC9\u7F16\u53F7\uFF08\u8D22\u653F\u90E8\u95E8\u53D7\u7406\uFF09",complaintHint:"\u8D28\u7591\u4EBA\u5411\u8D22\u653F\u90E8\u95E8\u6295\u8BC9\u540E\uFF0C\u8BB0\u5F55\u5176\u53D7\u7406\u7F16\u53F7\u3002",recordComplaint:"\u8BB0\u5F55\u6295\u8BC9",complaintRecorded:"\u6295\u8BC9\u5DF2\u8BB0\u5F55\u3002",complaints:"\u6295\u8BC9\uFF1A{refs}",challengeTitle:"\u63D0\u51FA\u8D28\u7591",challengeIntro:"\u5BF9\u4E2D\u6807\u7ED3\u679C\u6709\u5F02\u8BAE\u7684\u6295\u6807\u4EBA\u53EF\u5728\u8D28\u7591\u671F\u5185\uFF08\u81F3 {deadline}\uFF09\u63D0\u51FA\u8D28\u7591\uFF0C\u5199\u660E\u8D28\u7591\u4E8B\u9879\u548C\u7406\u7531\u3002",grounds:"\u8D28\u7591\u4E8B\u9879\u53CA\u7406\u7531",challengeSubmit:"\u63D0\u51FA\u8D28\u7591",challengeFiled:"\u8D28\u7591\u5DF2\u63D0\u51FA\u3002",documents:"\u6295\u6807\u6587\u4EF6\uFF08\u9644\u4EF6\uFF09",commitmentAndDocuments:"\u627F\u8BFA\u503C\u4E0E\u6295\u6807\u6587\u4EF6\u6458\u8981",documentsHint:"\u53EA\u767B\u8BB0\u6BCF\u4E2A\u6587\u4EF6\u7684\u540D\u79F0\u548C SHA-256 \u6458\u8981\uFF0C\u6587\u4EF6\u672C\u8EAB\u4E0D\u4E0A\u4F20\uFF1B\u5F00\u6807\u540E\u53EF\u636E\u6B64\u6838\u5BF9\u6240\u4EA4\u6587\u4EF6\u3002",hashing:"\u6B63\u5728\u8BA1\u7B97\u6587\u4EF6\u6458\u8981\u2026",removeDocument:"\u5220\u9664\u9644\u4EF6 {name}",documentUnreadable:"\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{message}",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"},contest:{nav:"\u516C\u76CA\u9879\u76EE\u5927\u8D5B",listTitle:"\u516C\u76CA\u9879\u76EE\u5927\u8D5B",listIntro:"\u6C11\u653F\u90E8\u95E8\u4E3E\u529E\u7684\u516C\u76CA\u9879\u76EE\u5927\u8D5B\uFF1A\u5F81\u96C6\u3001\u8BC4\u5BA1\u3001\u914D\u6350\u548C\u8D44\u52A9\u5168\u90E8\u516C\u5F00\uFF0C\u6BCF\u4E00\u7B14\u8BA4\u6350\u3001\u914D\u6350\u548C\u8D44\u52A9\u90FD\u6709\u8BB0\u5F55\u3002",allTitle:"\u5168\u90E8\u5927\u8D5B",filters:"\u7B5B\u9009\u5927\u8D5B",anyStatus:"\u5168\u90E8\u72B6\u6001",none:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u5927\u8D5B\u3002",count:"\u5171 {count} \u573A\u5927\u8D5B",statuses:{OPEN:"\u5F81\u96C6\u4E2D",REVIEWED:"\u5DF2\u8BC4\u5BA1",RANKED:"\u5DF2\u6392\u540D",MATCHED:"\u5DF2\u914D\u6350",AWARDED:"\u5DF2\u8D44\u52A9",CANCELLED:"\u5DF2\u7EC8\u6B62"},submissionStatuses:{SUBMITTED:"\u5DF2\u63D0\u4EA4",WITHDRAWN:"\u5DF2\u64A4\u56DE",SHORTLISTED:"\u5165\u56F4",NOT_SHORTLISTED:"\u672A\u5165\u56F4",GRANTED:"\u83B7\u8D44\u52A9",LIBRARY:"\u5165\u5E93"},kinds:{PROPORTIONAL_WITH_CAP:"\u6309\u8BA4\u6350\u6BD4\u4F8B\u914D\u6350\uFF08\u8BBE\u4E0A\u9650\uFF09",INCENTIVE_TIERS:"\u6FC0\u52B1\u91D1\u5206\u6863\uFF08\u6DF1\u5733\u6807\u51C6\uFF09"},outcomes:{FULL:"\u8DB3\u989D\u914D\u6350",POOL_REMAINDER:"\u914D\u6350\u6C60\u4F59\u989D",POOL_SHARED:"\u4E0E\u540C\u5206\u9879\u76EE\u5E73\u5206\u4F59\u989D",POOL_EXHAUSTED:"\u914D\u6350\u6C60\u5DF2\u7528\u5B8C",NO_TIER:"\u540D\u6B21\u4E0D\u5728\u5956\u52B1\u6863\u5185",NOTHING_RAISED:"\u672A\u7B79\u5F97\u5584\u6B3E"},donorKinds:{INDIVIDUAL:"\u4E2A\u4EBA",ENTERPRISE:"\u4F01\u4E1A",FOUNDATION:"\u57FA\u91D1\u4F1A",OTHER:"\u5176\u4ED6"},title:"\u5927\u8D5B\u540D\u79F0",bureau:"\u4E3B\u529E\u5355\u4F4D",pool:"\u914D\u6350\u6C60",granted:"\u5DF2\u8D44\u52A9",left:"\u914D\u6350\u6C60\u4F59\u989D",matchedNotGranted:"\u5DF2\u914D\u6350\u5F85\u8D44\u52A9",submissionsOpen:"\u9879\u76EE\u5F81\u96C6\u5F00\u59CB",submissionsClose:"\u9879\u76EE\u5F81\u96C6\u622A\u6B62",pledgesOpen:"\u8BA4\u6350\u5F00\u59CB",pledgesClose:"\u8BA4\u6350\u622A\u6B62",submissionsWindow:"\u9879\u76EE\u5F81\u96C6\u671F",pledgesWindow:"\u8BA4\u6350\u671F",toEnterTitle:"\u53EF\u53C2\u52A0\u7684\u5927\u8D5B",noneToEnter:"\u76EE\u524D\u6CA1\u6709\u6B63\u5728\u5F81\u96C6\u9879\u76EE\u7684\u5927\u8D5B\u3002",mayEnter:"\u80FD\u5426\u53C2\u8D5B",eligible:"\u53EF\u4EE5\u53C2\u8D5B",ineligible:"\u4E0D\u80FD\u53C2\u8D5B",mineTitle:"\u672C\u673A\u6784\u7684\u53C2\u8D5B\u9879\u76EE",noneMine:"\u672C\u673A\u6784\u5C1A\u672A\u63D0\u4EA4\u53C2\u8D5B\u9879\u76EE\u3002",project:"\u9879\u76EE",finalRank:"\u6700\u7EC8\u540D\u6B21",raised:"\u7B79\u5F97\u5584\u6B3E",matched:"\u914D\u6350",spent:"\u5DF2\u62E8\u4ED8",donors:"\u6350\u8D60\u4EBA\u6570",requested:"\u7533\u8BF7\u8D44\u52A9\u91D1\u989D",openTitle:"\u53D1\u5E03\u5927\u8D5B\u516C\u544A",openIntro:"\u4EE5\u672C\u5355\u4F4D\u540D\u4E49\u5728\u8F96\u533A {jurisdiction} \u53D1\u5E03\u516C\u76CA\u9879\u76EE\u5927\u8D5B\uFF1B\u65F6\u95F4\u5747\u4E3A\u5317\u4EAC\u65F6\u95F4\uFF0C\u914D\u6350\u6C60\u6309\u5143\u586B\u5199\u3002",open:"\u53D1\u5E03\u516C\u544A",opened:"\u5927\u8D5B\u516C\u544A\u5DF2\u53D1\u5E03\u3002",matchingPolicy:"\u914D\u6350\u89C4\u5219",proportionalHint:"\u6309\u7B79\u5F97\u5584\u6B3E\u7684\u4E00\u5B9A\u6BD4\u4F8B\u914D\u6350\uFF0C\u6BCF\u4E2A\u9879\u76EE\u4E0D\u8D85\u8FC7\u4E0A\u9650\uFF0C\u6309\u6700\u7EC8\u540D\u6B21\u4F9D\u6B21\u914D\u6350\u76F4\u81F3\u914D\u6350\u6C60\u7528\u5B8C\u3002",tiersHint:"\u6309\u53D1\u5E03\u65F6\u65BD\u884C\u7684\u653F\u7B56\uFF1A\u7B79\u6B3E\u989D\u6807\u51C6\u5316 80%\u3001\u6350\u8D60\u4EBA\u6570\u6807\u51C6\u5316 20%\uFF0C\u4E3B\u9898\u52A0\u5206\uFF0C\u6309\u540D\u6B21\u5206\u6863\u5956\u52B1\u3002",percent:"\u914D\u6350\u6BD4\u4F8B\uFF08%\uFF09",cap:"\u6BCF\u4E2A\u9879\u76EE\u914D\u6350\u4E0A\u9650\uFF08\u5143\uFF09",scoring:"\u8BC4\u5BA1\u6807\u51C6",scoringHint:"\u8BC4\u5BA1\u56E2\u6309\u4EE5\u4E0B\u56E0\u7D20\u8BC4\u5206\uFF0C\u5206\u503C\u5408\u8BA1 100 \u5206\uFF1B\u5927\u8D5B\u4E0D\u8BBE\u4EF7\u683C\u5206\u3002",defaultPlan:"\u9879\u76EE\u65B9\u6848",defaultTeam:"\u56E2\u961F\u80FD\u529B",bonusTheme:"\u52A0\u5206\u4E3B\u9898",bonusThemeHint:"\u53EF\u4E0D\u586B\uFF1B\u6FC0\u52B1\u91D1\u89C4\u5219\u4E0B\uFF0C\u7B26\u5408\u4E3B\u9898\u7684\u9879\u76EE\u52A0\u5206\u3002",shortlistSize:"\u5165\u56F4\u9879\u76EE\u6570",terms:"\u5927\u8D5B\u516C\u544A",policyVersion:"\u914D\u6350\u89C4\u5219\u7248\u672C",weights:"\u6700\u7EC8\u5F97\u5206\u6784\u6210",weightsText:"\u8BC4\u5BA1\u56E2 {panel}%\uFF0C\u5927\u4F17\u8BC4\u5BA1 {public}%",proportionalText:"\u7B79\u5F97\u5584\u6B3E\u7684 {percent}%\uFF0C\u6BCF\u4E2A\u9879\u76EE\u4E0D\u8D85\u8FC7 {cap}",tiersText:"\u7B79\u6B3E\u989D {raised}% + \u6350\u8D60\u4EBA\u6570 {donors}% + \u4E3B\u9898\u52A0\u5206 {bonus} \u5206\uFF1B{tiers}",tierText:"\u7B2C {from}\u2013{to} \u540D {amount}",poolChart:"\u914D\u6350\u6C60\u4F7F\u7528\u60C5\u51B5",poolDescribe:"\u914D\u6350\u6C60 {pool}\uFF1A\u5DF2\u8D44\u52A9 {granted}\uFF0C\u5DF2\u914D\u6350\u5F85\u8D44\u52A9 {pending}\uFF0C\u4F59\u989D {left}\u3002",moneyChart:"\u5404\u5165\u56F4\u9879\u76EE\u7684\u7B79\u6B3E\u3001\u914D\u6350\u4E0E\u8D44\u52A9",moneyDescribe:"{title}\uFF1A\u7B79\u5F97 {raised}\uFF0C\u914D\u6350 {matched}\uFF0C\u8D44\u52A9 {granted}",ranking:"\u6700\u7EC8\u6392\u540D",shortlist:"\u5165\u56F4\u9879\u76EE\uFF08\u8BC4\u5BA1\u56E2\u6392\u540D\uFF09",rankColumn:"\u540D\u6B21",panelScore:"\u8BC4\u5BA1\u56E2\u5F97\u5206",publicScore:"\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",finalScore:"\u6700\u7EC8\u5F97\u5206",submissions:"\u53C2\u8D5B\u9879\u76EE",noSubmissions:"\u5C1A\u65E0\u53C2\u8D5B\u9879\u76EE\u3002",submittedAt:"\u63D0\u4EA4\u65F6\u95F4",panelRank:"\u8BC4\u5BA1\u56E2\u540D\u6B21\uFF08\u5F97\u5206\uFF09",notFound:"\u6CA1\u6709\u8FD9\u573A\u5927\u8D5B\u3002",cancelledText:"\u5927\u8D5B\u5DF2\u7EC8\u6B62\uFF1A{reason}",entrantTitle:"\u672C\u673A\u6784\u53C2\u8D5B",yourProject:"\u672C\u673A\u6784\u7684\u9879\u76EE\u201C{title}\u201D\uFF1A{status}",submitTitle:"\u63D0\u4EA4\u53C2\u8D5B\u9879\u76EE",submitIntro:"\u9879\u76EE\u5F81\u96C6\u4E8E {close}\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u622A\u6B62\uFF1B\u53C2\u8D5B\u7EC4\u7EC7\u987B\u767B\u8BB0\u6EE1\u4E00\u5E74\u4E14\u8FD1\u5E74\u65E0\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u8BB0\u5F55\u3002",projectTitle:"\u9879\u76EE\u540D\u79F0",summary:"\u9879\u76EE\u7B80\u4ECB",theme:"\u9879\u76EE\u4E3B\u9898",themeHint:"\u672C\u5C4A\u52A0\u5206\u4E3B\u9898\uFF1A{theme}",submit:"\u63D0\u4EA4\u9879\u76EE",submitted:"\u53C2\u8D5B\u9879\u76EE\u5DF2\u63D0\u4EA4\u3002",notTaking:"\u672C\u5C4A\u5927\u8D5B\u5DF2\u4E0D\u518D\u5F81\u96C6\u9879\u76EE\u3002",withdrawTitle:"\u64A4\u56DE\u9879\u76EE\u201C{title}\u201D",withdrawIntro:"\u64A4\u56DE\u540E\u9879\u76EE\u4E0D\u518D\u53C2\u52A0\u8BC4\u5BA1\u3001\u8BA4\u6350\u4E0E\u914D\u6350\uFF0C\u7406\u7531\u516C\u5F00\u3002",withdraw:"\u64A4\u56DE\u9879\u76EE",withdrawn:"\u9879\u76EE\u5DF2\u64A4\u56DE\u3002",bureauActions:"\u4E3B\u529E\u5355\u4F4D\u64CD\u4F5C",jury:"\u8BC4\u5BA1\u56E2",juryAfterClose:"\u9879\u76EE\u5F81\u96C6\u4E8E {close} \u622A\u6B62\uFF0C\u622A\u6B62\u540E\u7EC4\u5EFA\u8BC4\u5BA1\u56E2\u3002",juryWaiting:"\u8FD8\u6709 {count} \u4F4D\u8BC4\u5BA1\u5C1A\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\uFF1B\u8BC4\u5BA1\u5728\u201C\u8BC4\u5BA1\u59D4\u5458\u4F1A\u201D\u9875\u9762\u8BC4\u5206\u3002",constitute:"\u4ECE\u4E13\u5BB6\u5E93\u62BD\u53D6\u5E76\u7EC4\u5EFA\u8BC4\u5BA1\u56E2",juryConstituted:"\u8BC4\u5BA1\u56E2\u5DF2\u7EC4\u5EFA\uFF0C\u4E13\u5BB6\u5DF2\u62BD\u53D6\u3002",reviewIntro:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF1A\u8BB0\u5F55\u8BC4\u5BA1\u7ED3\u8BBA\u540E\uFF0C\u6392\u540D\u524D {size} \u7684\u9879\u76EE\u5165\u56F4\u3002",recordReview:"\u8BB0\u5F55\u8BC4\u5BA1\u7ED3\u8BBA\u5E76\u786E\u5B9A\u5165\u56F4\u9879\u76EE",reviewed:"\u8BC4\u5BA1\u7ED3\u8BBA\u5DF2\u8BB0\u5F55\uFF0C\u5165\u56F4\u9879\u76EE\u5DF2\u786E\u5B9A\u3002",publicTitle:"\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",publicIntro:"\u5F55\u5165\u5927\u4F17\u8BC4\u5BA1\u5BF9\u5165\u56F4\u9879\u76EE\u7684\u8BC4\u5206\uFF080\u2013100 \u5206\uFF09\uFF1B\u6392\u540D\u524D\u53EF\u91CD\u65B0\u5F55\u5165\u3002",publicScoreOf:"\u201C{title}\u201D\u7684\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",scoreInvalid:"\u8BF7\u586B 0 \u5230 100 \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",recordPublic:"\u767B\u8BB0\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206",publicScored:"\u5927\u4F17\u8BC4\u5BA1\u5F97\u5206\u5DF2\u767B\u8BB0\u3002",rankTitle:"\u6700\u7EC8\u6392\u540D",rankIntro:"\u6700\u7EC8\u5F97\u5206 = \u8BC4\u5BA1\u56E2\u5F97\u5206 \xD7 {panel}% + \u5927\u4F17\u8BC4\u5BA1\u5F97\u5206 \xD7 {public}%\u3002",rankButton:"\u786E\u5B9A\u6700\u7EC8\u6392\u540D",ranked:"\u6700\u7EC8\u6392\u540D\u5DF2\u786E\u5B9A\u3002",pledgeTitle:"\u767B\u8BB0\u8BA4\u6350",pledgeIntro:"\u6309\u52DF\u6350\u5E73\u53F0\u62A5\u9001\u767B\u8BB0\u5165\u56F4\u9879\u76EE\u7684\u8BA4\u6350\uFF0C\u8BA4\u6350\u671F {from} \u81F3 {to}\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\uFF1B\u6350\u8D60\u4EBA\u7F16\u53F7\u4EC5\u7528\u4E8E\u7EDF\u8BA1\u4EBA\u6570\uFF0C\u4E0D\u516C\u5F00\u3002",donorKind:"\u6350\u8D60\u4EBA\u7C7B\u578B",donor:"\u6350\u8D60\u4EBA\u7F16\u53F7\uFF08\u5E73\u53F0\uFF09",donorHint:"\u52DF\u6350\u5E73\u53F0\u7684\u6350\u8D60\u4EBA\u7F16\u53F7\uFF0C\u7528\u4E8E\u7EDF\u8BA1\u4E0D\u540C\u6350\u8D60\u4EBA\u7684\u4EBA\u6570\uFF0C\u4E0D\u516C\u5F00\u3002",amount:"\u8BA4\u6350\u91D1\u989D",recordPledge:"\u767B\u8BB0\u8BA4\u6350",pledged:"\u8BA4\u6350\u5DF2\u767B\u8BB0\u3002",matchTitle:"\u8BA1\u7B97\u914D\u6350",matchIntro:"\u8BA4\u6350\u671F\u4E8E {close}\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u7ED3\u675F\u540E\uFF0C\u6309\u5927\u8D5B\u516C\u544A\u7684\u914D\u6350\u89C4\u5219\u8BA1\u7B97\u914D\u6350\u3002",computeMatching:"\u8BA1\u7B97\u914D\u6350",matchedDone:"\u914D\u6350\u5DF2\u8BA1\u7B97\u3002",grantsTitle:"\u53D1\u653E\u8D44\u52A9",grantsIntro:"\u6BCF\u4E2A\u9879\u76EE\u7684\u8D44\u52A9\u4E0D\u8D85\u8FC7\u5176\u914D\u6350\uFF0C\u5408\u8BA1\u4E0D\u8D85\u8FC7\u914D\u6350\u6C60\uFF1B\u672A\u83B7\u8D44\u52A9\u7684\u5165\u56F4\u9879\u76EE\u5165\u5E93\u3002",grantOf:"\u201C{title}\u201D\u7684\u8D44\u52A9\u91D1\u989D\uFF08\u914D\u6350 {matched}\uFF09",noMatches:"\u6CA1\u6709\u83B7\u5F97\u914D\u6350\u7684\u9879\u76EE\u3002",award:"\u53D1\u653E\u8D44\u52A9",awarded:"\u8D44\u52A9\u5DF2\u53D1\u653E\u3002",contractsTitle:"\u8D44\u52A9\u5408\u540C",contractsIntro:"\u6BCF\u9879\u8D44\u52A9\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\uFF1A\u83B7\u8D44\u52A9\u7684\u7EC4\u7EC7\u4E3A\u627F\u63A5\u65B9\uFF0C\u8D44\u52A9\u91D1\u989D\u4E3A\u5408\u540C\u91D1\u989D\u3002",signFor:"\u4E3A\u201C{title}\u201D\u7B7E\u8BA2\u8D44\u52A9\u5408\u540C\uFF08{amount}\uFF09",signTitle:"\u7B7E\u8BA2\u8D44\u52A9\u5408\u540C",signIntro:"\u627F\u63A5\u65B9\u4E0E\u5408\u540C\u91D1\u989D\u7531\u8D44\u52A9\u786E\u5B9A\uFF1B\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u8D44\u52A9\u91D1\u989D\u3002",fromContest:"\u6765\u81EA\u516C\u76CA\u9879\u76EE\u5927\u8D5B\u7684\u8D44\u52A9",grantMethod:"\u516C\u76CA\u9879\u76EE\u5927\u8D5B\u8D44\u52A9",cancelTitle:"\u7EC8\u6B62\u5927\u8D5B",cancelIntro:"\u8D44\u52A9\u53D1\u653E\u524D\u53EF\u7EC8\u6B62\u5927\u8D5B\uFF0C\u7406\u7531\u516C\u5F00\u3002",cancel:"\u7EC8\u6B62\u5927\u8D5B",cancelled:"\u5927\u8D5B\u5DF2\u7EC8\u6B62\u3002",reviewedSubject:"\u8BC4\u5BA1\u9879\u76EE",noContract:"\u672A\u7B7E\u5408\u540C"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navMyOrganisation:"My organisation",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CONTEST-CALL":"contest call","CONTEST-WINDOW":"contest windows","CONTEST-REVIEW":"contest review","CONTEST-PLEDGE":"pledges","CONTEST-MATCHING":"matching policy","CONTEST-GRANT":"contest grants","CONTEST-STATE":"not allowed in the contest\u2019s current state","CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",reasonLabel:"Reason",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received",supplementTitle:"Sign a supplementary contract",headroom:"Supplements together may add at most {percent}% of the original amount (Government Procurement Law, art. 49); {used} added so far, {left} left.",headroomLeft:"At most {left}",supplementAmount:"Supplement amount (yuan)",supplementDescription:"What it adds",sameSubject:"Same subject as the contract, its other terms unchanged",supplementPayment:"The supplement's payment milestone",supplementPayTitle:"Supplement payment name",supplementPayDue:"Supplement payment date",supplementFollows:"Supplement payment after the acceptance of",supplementSubmit:"Sign the supplement",supplementRecorded:"Supplementary contract signed.",correctIntro:"A record is never changed: a correction is a new record with its reason, and the old one stays.",correctPaymentTitle:"Correct a payment",correctWhichPayment:"Payment to correct",correctAmount:"Corrected amount (yuan)",correctReason:"Reason for the correction",correctSubmit:"Record the correction",paymentCorrected:"Payment corrected.",correctAcceptanceTitle:"Correct an acceptance result",currentResult:"Recorded now: {result}",correctedResult:"Corrected result",acceptanceCorrected:"Acceptance result corrected.",suspendTitle:"Suspend the contract",suspendIntro:"While suspended nothing is accepted; what was accepted is still paid.",suspend:"Suspend",suspended:"Contract suspended.",resumeTitle:"Resume the contract",resume:"Resume",resumed:"Contract resumed.",terminateTitle:"Terminate the contract",terminateIntro:"A terminated contract is not performed any further, and this cannot be undone; what was accepted is still paid.",terminate:"Terminate",terminated:"Contract terminated."},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third-party evaluator",thirdPartySearch:"Third party\u2019s name (part of it)",thirdPartyNone:"No active organisation has such a name.",thirdPartyPick:"Find the third party by its name and pick it first.",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility",nav:"Evaluations",mineTitle:"My performance evaluations",opened:"Opened"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id",idInvalid:"Paste the whole procurement id (a UUID)."},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",amendTitle:"Publish an amendment",amendIntro:"Until the bid deadline the description and the times may be amended; the deadline may only move later. The amendment is published with its reason.",amendDeadlineHint:"Beijing time; later only. A substantive amendment needs the full bidding period again from today.",substantive:"Substantive (changes how bids are prepared)",substantiveHint:"A change of requirements or scoring always is.",amendReason:"Reason for the amendment",amend:"Publish the amendment",amended:"Amendment published.",cancelTitle:"Cancel the procurement",cancelIntro:"Before the award a procurement may be cancelled, with the reason; this cannot be undone.",cancel:"Cancel the procurement",cancelled:"Procurement cancelled.",excludeTitle:"A ranked bidder declines, or is disqualified",excludeIntro:"When the top-ranked bid declines or is disqualified, the next valid bid in rank takes its place; with none left the procurement fails.",rankedBid:"Ranked bid",rankedOption:"No. {rank} {name} ({price})",candidateMark:" (candidate)",excludeWhat:"What happened",excludeKinds:{DECLINE:"The bidder declines the award",DISQUALIFY:"Disqualify the bid"},excludeSubmit:"Record",declined:"Declined award recorded.",disqualified:"Bid disqualified.",exclusions:{DECLINED:"Declined the award",DISQUALIFIED:"Disqualified"},exclusionReason:": {reason}",complaintTitle:"Complaints",complaintAbout:"Challenge \u201C{grounds}\u201D",complaintReference:"Complaint reference (finance department)",complaintHint:"When the challenger complains to the finance department, record its reference.",recordComplaint:"Record the complaint",complaintRecorded:"Complaint recorded.",complaints:"Complaints: {refs}",challengeTitle:"Challenge the award",challengeIntro:"A bidder who disputes the award may challenge it until {deadline}, stating what and why.",grounds:"What is challenged, and why",challengeSubmit:"File the challenge",challengeFiled:"Challenge filed.",documents:"Bid documents",commitmentAndDocuments:"Commitment and document digests",documentsHint:"Only each file\u2019s name and SHA-256 digest are recorded, the file is not uploaded; after the opening the files handed in are checked against them.",hashing:"Computing the files\u2019 digests\u2026",removeDocument:"Remove {name}",documentUnreadable:"The file could not be read: {message}",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"},contest:{nav:"Project contests",listTitle:"Public-welfare project contests",listIntro:"Contests run by civil-affairs bureaus: the call, the review, the matching and the grants are public, and every pledge, match and grant is on record.",allTitle:"All contests",filters:"Filter contests",anyStatus:"Any status",none:"No contest matches.",count:"{count} contest(s)",statuses:{OPEN:"Taking submissions",REVIEWED:"Reviewed",RANKED:"Ranked",MATCHED:"Matched",AWARDED:"Granted",CANCELLED:"Cancelled"},submissionStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn",SHORTLISTED:"Shortlisted",NOT_SHORTLISTED:"Not shortlisted",GRANTED:"Granted",LIBRARY:"In the project library"},kinds:{PROPORTIONAL_WITH_CAP:"A share of the money raised, capped",INCENTIVE_TIERS:"Incentive tiers (Shenzhen)"},outcomes:{FULL:"Matched in full",POOL_REMAINDER:"What the pool had left",POOL_SHARED:"Pool remainder shared with ties",POOL_EXHAUSTED:"Pool spent on better ranks",NO_TIER:"Rank in no prize band",NOTHING_RAISED:"Raised nothing"},donorKinds:{INDIVIDUAL:"Individual",ENTERPRISE:"Enterprise",FOUNDATION:"Foundation",OTHER:"Other"},title:"Contest",bureau:"Run by",pool:"Matching pool",granted:"Granted",left:"Left in the pool",matchedNotGranted:"Matched, not yet granted",submissionsOpen:"Submissions open",submissionsClose:"Submissions close",pledgesOpen:"Pledges open",pledgesClose:"Pledges close",submissionsWindow:"Submissions",pledgesWindow:"Pledges",toEnterTitle:"Contests you may enter",noneToEnter:"No contest is taking submissions now.",mayEnter:"May enter",eligible:"May enter",ineligible:"May not enter",mineTitle:"Our submissions",noneMine:"Your organisation has submitted no project yet.",project:"Project",finalRank:"Final rank",raised:"Raised",matched:"Matched",spent:"Paid out",donors:"Donors",requested:"Grant requested",openTitle:"Open a contest call",openIntro:"A contest of your unit in jurisdiction {jurisdiction}; times are China time, the pool in yuan.",open:"Open the call",opened:"The call is open.",matchingPolicy:"Matching policy",proportionalHint:"A share of the money each project raised, at most the cap, in final-ranking order until the pool is spent.",tiersHint:"The policy in force at the opening: 80 % standardised amount raised, 20 % standardised donors, theme points, prizes by rank band.",percent:"Share matched (%)",cap:"Most matched per project (yuan)",scoring:"Scoring",scoringHint:"The jury scores these criteria, adding up to 100 points; a contest has no price score.",defaultPlan:"Project plan",defaultTeam:"Team",bonusTheme:"Bonus theme",bonusThemeHint:"Optional; under incentive tiers, projects of the theme earn points.",shortlistSize:"Finalists",terms:"The call",policyVersion:"Policy version",weights:"Final score",weightsText:"jury {panel} %, public jury {public} %",proportionalText:"{percent} % of the money raised, at most {cap} per project",tiersText:"amount raised {raised} % + donors {donors} % + theme {bonus} points; {tiers}",tierText:"ranks {from}\u2013{to} {amount}",poolChart:"The matching pool",poolDescribe:"Pool {pool}: granted {granted}, matched not yet granted {pending}, left {left}.",moneyChart:"Raised, matched and granted per finalist",moneyDescribe:"{title}: raised {raised}, matched {matched}, granted {granted}",ranking:"Final ranking",shortlist:"Finalists (jury ranking)",rankColumn:"Rank",panelScore:"Jury score",publicScore:"Public score",finalScore:"Final score",submissions:"Projects submitted",noSubmissions:"No project submitted yet.",submittedAt:"Submitted",panelRank:"Jury rank (score)",notFound:"No such contest.",cancelledText:"The contest was cancelled: {reason}",entrantTitle:"Your organisation",yourProject:"Your project \u201C{title}\u201D: {status}",submitTitle:"Submit a project",submitIntro:"Submissions close at {close} (China time); entrants must have been registered a year with no serious violation in recent years.",projectTitle:"Project title",summary:"Summary",theme:"Theme",themeHint:"This call\u2019s bonus theme: {theme}",submit:"Submit the project",submitted:"Your project is submitted.",notTaking:"This contest no longer takes projects.",withdrawTitle:"Withdraw \u201C{title}\u201D",withdrawIntro:"A withdrawn project leaves the review, the pledges and the matching; the reason is published.",withdraw:"Withdraw the project",withdrawn:"The project is withdrawn.",bureauActions:"The bureau\u2019s actions",jury:"Jury",juryAfterClose:"Submissions close at {close}; the jury is constituted after.",juryWaiting:"{count} juror(s) have not submitted their sheets yet; jurors score in the committee screen.",constitute:"Draw and constitute the jury",juryConstituted:"The jury is constituted and its experts drawn.",reviewIntro:"The jury has concluded: recording its conclusion shortlists the best {size}.",recordReview:"Record the review and shortlist",reviewed:"The review is recorded and the finalists shortlisted.",publicTitle:"Public jury scores",publicIntro:"The public jury\u2019s scores of the finalists (0\u2013100); they may be entered again until the ranking.",publicScoreOf:"Public score of \u201C{title}\u201D",scoreInvalid:"Enter a score from 0 to 100, at most two decimals",recordPublic:"Record the public scores",publicScored:"The public scores are recorded.",rankTitle:"Final ranking",rankIntro:"Final score = jury score \xD7 {panel} % + public score \xD7 {public} %.",rankButton:"Rank the finalists",ranked:"The finalists are ranked.",pledgeTitle:"Record a pledge",pledgeIntro:"Pledges to finalists as the fundraising platform reports them, from {from} to {to} (China time); the donor reference only counts donors and is not shown.",donorKind:"Donor kind",donor:"Donor reference (platform)",donorHint:"The platform\u2019s reference of the donor: counts distinct donors, never shown.",amount:"Amount pledged",recordPledge:"Record the pledge",pledged:"The pledge is recorded.",matchTitle:"Matching",matchIntro:"After the pledges close at {close} (China time), the matching is computed under the call\u2019s policy.",computeMatching:"Compute the matching",matchedDone:"The matching is computed.",grantsTitle:"Grants",grantsIntro:"Each grant at most the project\u2019s match, together within the pool; the other finalists enter the project library.",grantOf:"Grant to \u201C{title}\u201D (matched {matched})",noMatches:"No project was matched.",award:"Award the grants",awarded:"The grants are awarded.",contractsTitle:"Grant contracts",contractsIntro:"One contract per grant: the granted organisation as supplier, the grant as amount.",signFor:"Sign the grant contract of \u201C{title}\u201D ({amount})",signTitle:"Sign a grant contract",signIntro:"The supplier and the amount are the grant\u2019s; the payment milestones add up to the grant.",fromContest:"Granted in a project contest",grantMethod:"Project contest grant",cancelTitle:"Cancel the contest",cancelIntro:"A contest may be cancelled before its grants; the reason is published.",cancel:"Cancel the contest",cancelled:"The contest is cancelled.",reviewedSubject:"Under review",noContract:"no contract yet"}}};function Ue(t,e,o={}){let n=e.split(".").reduce((r,s)=>r?.[s],xo[t]);return(typeof n=="string"?n:e).replace(/\{(\w+)\}/g,(r,s)=>(o[s]??`{${s}}`).toString())}function fn(t){return t==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}var _t="civic-ledger.token",gn="civic-ledger.lang";function ot(t){let e=String(t).trim().split(".");if(e.length!==3)return null;try{let o=e[1].replace(/-/g,"+").replace(/_/g,"/"),n=o+"=".repeat((4-o.length%4)%4),i=Uint8Array.from(atob(n),s=>s.charCodeAt(0)),r=JSON.parse(new TextDecoder().decode(i));return r&&typeof r.role=="string"&&typeof r.exp=="number"?r:null}catch{return null}}var _e={token(){return sessionStorage.getItem(_t)},save(t){sessionStorage.setItem(_t,t.trim())},clear(){sessionStorage.removeItem(_t)}},je={get(){return localStorage.getItem(gn)==="en"?"en":"zh"},set(t){localStorage.setItem(gn,t)}};function we(){let t=crypto.getRandomValues(new Uint8Array(16));t[6]=t[6]&15|64,t[8]=t[8]&63|128;let e=Array.from(t,o=>o.toString(16).padStart(2,"0")).join("");return`${e.slice(0,8)}-${e.slice(8,12)}-${e.slice(12,16)}-${e.slice(16,20)}-${e.slice(20)}`}var j=class extends Error{constructor(e,o={},n=200){super(e),this.code=o.code??"INTERNAL",this.rule=o.rule??null,this.field=o.field??null,this.extensions=o,this.status=n}},bn=()=>{};function vn(t){bn=t}async function x(t,e,{lang:o,token:n=_e.token()}={}){let i={"content-type":"application/json","accept-language":fn(o)};n&&(i.authorization=`Bearer ${n}`);let r;try{r=await fetch("/graphql",{method:"POST",headers:i,body:JSON.stringify({query:t,variables:e})})}catch(c){throw new j(c.message,{code:"NETWORK"},0)}let s;try{s=await r.json()}catch{throw new j(`HTTP ${r.status}`,{code:"NETWORK"},r.status)}let a=s.errors?.[0];if(a){let c=new j(a.message,a.extensions??{},r.status);throw r.status===401&&bn(c),c}return s.data}var yn="Asia/Shanghai";function it(t){return String(t??"").replace(/[\uFF01-\uFF5E]/g,e=>String.fromCharCode(e.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function ce(t){return it(t).replace(/\s+/g,"").toUpperCase()}function N(t){return String(t??"").trim()}function De(t){return it(t).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function P(t){if(t==null||t==="")return"";let e=String(t),o=e.startsWith("-"),[n,i=""]=(o?e.slice(1):e).split("."),r=n.replace(/\B(?=(\d{3})+(?!\d))/g,","),s=(i+"00").slice(0,Math.max(2,i.length));return`${o?"-":""}\xA5${r}.${s}`}function In(t){return t==="en"?"en-GB":"zh-CN"}function k(t,e){if(!t)return"";let o=new Date(t);return Number.isNaN(o.getTime())?String(t):new Intl.DateTimeFormat(In(e),{timeZone:yn,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(o)}function K(t,e){if(!t)return"";let o=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!o)return String(t);let n=new Date(Date.UTC(+o[1],+o[2]-1,+o[3]));return new Intl.DateTimeFormat(In(e),{timeZone:"UTC",year:"numeric",month:e==="en"?"short":"long",day:"numeric"}).format(n)}function Pe(t=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:yn}).format(t)}var q=z.bind(Y),Lo=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,Fo=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,Mo=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,Uo=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,jo=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,Bo=10,Ho=1e3,Tn=/^organisation-[0-9a-fA-F-]{36}$/;function Vo(t,e){let o=t("audit.fields."+e);return o==="audit.fields."+e?e:o}var Wo=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function En(t,e,o,n){return n==null?t("audit.empty"):o==="status"?t("statuses."+n):o==="kind"?t("kinds."+n):o==="registeredFunds"?P(n):Wo.test(n)?k(n,e):n}function Go({t,lang:e,ErrorText:o,onOpen:n}){let[i,r]=y(""),[s,a]=y(null),[c,d]=y(null),[p,f]=y(!1),l=async g=>{g.preventDefault();let I=N(i);if(!I||p)return;if(Tn.test(I))return n(I);f(!0),d(null);let m=ce(I),u=/^[0-9A-Z]{18}$/.test(m)?{creditCode:m}:{nameContains:I};try{a((await x(Lo,{filter:u},{lang:e})).organisations.nodes)}catch(v){d(v),a(null)}finally{f(!1)}};return q`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${t("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${l}>
      <div class="field">
        <label for="audit-query">${t("audit.query")}</label>
        <input id="audit-query" value=${i} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${g=>r(g.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${t("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${p}>${t("search")}</button>
    </form>
    <${o} error=${c} />
    ${s&&s.length===0?q`<p class="empty" role="status">${t("noResults")}</p>`:null}
    ${s&&s.length>0?q`<ul class="found" aria-label=${t("audit.found")}>
          ${s.map(g=>q`<li>
              <button type="button" class="link" onClick=${()=>n("organisation-"+g.id)}>${g.name}</button>
              ${" "}<code>${g.creditCode}</code> ${t("statuses."+g.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function qo({t,lang:e,changes:o}){return o.length===0?q`<span class="empty">${t("audit.noChange")}</span>`:q`<ul class="changes">
    ${o.map(n=>q`<li>
        <span class="field-name">${Vo(t,n.field)}</span>: <del>${En(t,e,n.field,n.old)}</del>
        <span aria-label=${t("audit.becomes")}> → </span><ins>${En(t,e,n.field,n.new)}</ins>
      </li>`)}
  </ul>`}function Yo({t,lang:e,ErrorText:o,stream:n,entries:i}){let[r,s]=y(i.length-1),[a,c]=y(null),[d,p]=y(null),f=n.slice(13),l=i[Math.min(r,i.length-1)]?.recordedAt;F(()=>{if(!l)return;let I=!0;return p(null),x(Mo,{id:f,at:l},{lang:e}).then(m=>I&&c(m.organisationAsOf),m=>I&&p(m)),()=>{I=!1}},[f,l,e]);let g=l?k(l,e):"";return q`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${t("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${t("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${i.length-1} step="1" value=${r}
        aria-valuetext=${t("audit.sliderValue",{version:i[r]?.version,when:g})}
        onInput=${I=>s(Number(I.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${t("audit.sliderValue",{version:i[r]?.version,when:g})}</p>
    </div>
    <${o} error=${d} />
    ${a?q`<dl class="facts as-of">
          <div><dt>${t("name")}</dt><dd>${a.name}</dd></div>
          <div><dt>${t("state")}</dt><dd>${t("statuses."+a.status)}</dd></div>
          <div><dt>${t("creditCode")}</dt><dd><code>${a.creditCode}</code></dd></div>
          <div><dt>${t("audit.fields.domicile")}</dt><dd>${a.domicile}</dd></div>
          <div><dt>${t("audit.fields.registeredFunds")}</dt><dd>${P(a.registeredFunds)}</dd></div>
          <div><dt>${t("version")}</dt><dd>${a.version}</dd></div>
        </dl>`:null}
  </section>`}function Ko({t,lang:e,ErrorText:o,stream:n}){let[i,r]=y([]),[s,a]=y(null),[c,d]=y(!1),[p,f]=y(null),l=async(u,v)=>{d(!0),a(null);try{let b=(await x(Fo,{s:n,from:u},{lang:e})).recordTimeline;r([...v,b])}catch(b){a(b)}finally{d(!1)}};F(()=>{r([]),f(null),l(0,[])},[n,e]);let g=async()=>{f({busy:!0});try{let u=(await x(jo,{s:n},{lang:e})).verifyStream;f({result:u})}catch(u){f({error:u})}},I=i.flatMap(u=>u.entries),m=i[i.length-1];return q`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${t("audit.timeline")} <code>${n}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${p?.busy} onClick=${g}>${t("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${p?.result?q`<${An} t=${t} failure=${p.result.firstFailure} ok=${t("audit.recordOk",{count:p.result.eventsChecked})} />`:null}
      </div>
      <${o} error=${p?.error} />
    </div>
    <${o} error=${s} />
    ${I.length>0?q`<${Yo} key=${n+I.length} t=${t} lang=${e} ErrorText=${o} stream=${n} entries=${I} />`:null}
    ${I.length>0?q`<table class="timeline">
          <caption>${t("audit.events",{count:m.totalCount})}</caption>
          <thead><tr><th scope="col">${t("version")}</th><th scope="col">${t("audit.when")}</th><th scope="col">${t("audit.who")}</th><th scope="col">${t("audit.what")}</th><th scope="col">${t("audit.reason")}</th><th scope="col">${t("audit.changes")}</th></tr></thead>
          <tbody>
            ${I.map(u=>q`<tr>
                <td>${u.version}</td>
                <td>${k(u.recordedAt,e)}</td>
                <td>${u.actor??t("audit.ledgerItself")}${u.role?q` <span class="role">(${t("roles."+u.role)})</span>`:null}</td>
                <td>${t("audit.kinds."+u.kind)==="audit.kinds."+u.kind?u.kind:t("audit.kinds."+u.kind)}</td>
                <td>${u.reason??""}</td>
                <td><${qo} t=${t} lang=${e} changes=${u.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:c?q`<p role="status">${t("loading")}</p>`:null}
    ${m?.nextVersion!=null&&i.length<Bo?q`<button type="button" disabled=${c} onClick=${()=>l(m.nextVersion,i)}>${t("audit.more")}</button>`:null}
  </section>`}function An({t,failure:e,ok:o}){return e?q`<p class="error verify-broken">
    ${t("audit.broken",{stream:e.stream,version:e.version,position:e.position})}
    <br /><span class="rule">${e.reason}</span>
  </p>`:q`<p class="notice verify-ok">${o}</p>`}function zo({t,lang:e,ErrorText:o}){let[n,i]=y(null),[r,s]=y(null),[a,c]=y(!1),d=ue(!1),p=async()=>{if(d.current)return;d.current=!0,c(!0),s(null);let f=0,l=0;try{let g=!1;for(let I=0;I<Ho&&!g;I++){let m=(await x(Uo,{after:f},{lang:e})).verifyLedger;if(l+=m.eventsChecked,f=m.lastPosition,g=m.done||m.firstFailure!=null,i({checked:l,at:f,head:m.head,failure:m.firstFailure,done:g}),!g&&m.eventsChecked===0)break}if(!g)throw new j(t("audit.stalled",{position:f}),{code:"INTERNAL"})}catch(g){s(g)}finally{d.current=!1,c(!1)}};return q`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${t("audit.verify")}</h2>
    <p>${t("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${p} disabled=${a}>${t("audit.verifyButton")}</button>
    </div>
    ${n?q`<div class="field">
          <label for="audit-verify-progress">${t("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(n.head,1)} value=${n.at}>${n.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${n&&!n.done?q`<p>${t("audit.verifying",{checked:n.checked,head:n.head})}</p>`:null}
      ${n?.done?q`<${An} t=${t} failure=${n.failure} ok=${t("audit.ledgerOk",{count:n.checked})} />`:null}
    </div>
    <${o} error=${r} />
  </section>`}function Qo({t,ErrorText:e}){let[o,n]=y(null),[i,r]=y(!1),s=async()=>{if(!i){r(!0),n(null);try{let a=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${_e.token()}`}});if(!a.ok){let l=(await a.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(l?.message??`HTTP ${a.status}`),{code:l?.extensions?.code??"NETWORK"})}let c=/filename="([^"]+)"/.exec(a.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",d=URL.createObjectURL(await a.blob()),p=document.createElement("a");p.href=d,p.download=c,document.body.append(p),p.click(),p.remove(),setTimeout(()=>URL.revokeObjectURL(d),6e4)}catch(a){n(a)}finally{r(!1)}}};return q`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${t("audit.export")}</h2>
    <p>${t("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${i} onClick=${s}>${t("audit.exportButton")}</button>
    <${e} error=${o} />
  </section>`}function Sn({t,lang:e,ErrorText:o,params:n,extra:i=null}){let[r,s]=y(n.get("stream")),a=c=>{s(c),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(c))};return q`<main id="main" class="audit">
    <h1>${t("audit.title")}</h1>
    <${Go} t=${t} lang=${e} ErrorText=${o} onOpen=${a} />
    ${r&&Tn.test(r)?q`<${Ko} key=${r} t=${t} lang=${e} ErrorText=${o} stream=${r} />`:null}
    ${i}
    <${zo} t=${t} lang=${e} ErrorText=${o} />
    <${Qo} t=${t} ErrorText=${o} />
  </main>`}var Ie=z.bind(Y);function Q(t){let e=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(De(t));if(!e)return null;let o=Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2));return Number.isSafeInteger(o)?o:null}function H(t,{untilRemount:e=!1}={}){let o=ue(!1),n=ue(null),[i,r]=y(!1),[s,a]=y(null);return{run:async(d,p,f)=>{if(o.current)return;o.current=!0,r(!0),a(null),n.current??=we();let l=!1;try{let g=await x(d,{i:{...p,commandId:n.current}},{lang:t});n.current=null,l=!0,await f(g)}catch(g){g.code!=="NETWORK"&&(n.current=null),a(g)}finally{l&&e||(o.current=!1),r(!1)}},busy:i,error:s,setError:a}}function le(t,e,o={}){if(!t)return null;let n=String(t.field??"").split(".")[0];return n&&Object.hasOwn(e,n)?e[n]:t.rule&&o[t.rule]||null}function V({ui:t,id:e,label:o,value:n,onInput:i,error:r,hint:s,rows:a,className:c="",...d}){let{ErrorText:p}=t,f=[s?e+"-hint":null,r?e+"-error":null].filter(Boolean).join(" ")||void 0,l={id:e,value:n,"aria-invalid":r?"true":void 0,"aria-describedby":f,onInput:g=>i(g.currentTarget.value),...d};return Ie`<div class=${"field "+c+(r?" invalid":"")}>
    <label for=${e}>${o}</label>
    ${a?Ie`<textarea rows=${a} ...${l}></textarea>`:Ie`<input ...${l} />`}
    ${s?Ie`<p class="hint" id=${e+"-hint"}>${s}</p>`:null}
    ${r?Ie`<${p} error=${r} id=${e+"-error"} />`:null}
  </div>`}function pe({ui:t,id:e,label:o,mutation:n,input:i,onDone:r,className:s}){let{lang:a,ErrorText:c}=t,d=H(a);return Ie`<div class="action">
    <button type="button" id=${e} class=${s} disabled=${d.busy} onClick=${()=>d.run(n,i,r)}>${o}</button>
    <${c} error=${d.error} id=${e+"-error"} />
  </div>`}function he({ui:t,id:e,title:o,intro:n,reasonLabel:i,submitLabel:r,mutation:s,input:a,reasonKey:c="reason",onDone:d,danger:p=!1,untilRemount:f=!1}){let{t:l,lang:g,ErrorText:I}=t,[m,u]=y(""),v=H(g,{untilRemount:f}),b=E=>{E.preventDefault(),v.run(s,{...a,[c]:N(m)},d)},$=le(v.error,{[c]:"reason"})==="reason";return Ie`<form class=${"reason-form"+(p?" danger":"")} id=${e} onSubmit=${b} novalidate aria-labelledby=${e+"-heading"}>
    <h3 id=${e+"-heading"}>${o}</h3>
    ${n?Ie`<p>${n}</p>`:null}
    <${V} ui=${t} id=${e+"-reason"} label=${i??l("reasonLabel")} rows="2" value=${m} onInput=${u} error=${$?v.error:null} />
    <div class="action">
      <button type="submit" id=${e+"-submit"} class=${p?"danger":void 0} disabled=${v.busy}>${v.busy?l("submitting"):r}</button>
      ${v.error&&!$?Ie`<${I} error=${v.error} id=${e+"-error"} />`:null}
    </div>
  </form>`}var Zo=new Uint32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),ge=(t,e)=>t>>>e|t<<32-e;function Jo(t){let e=new Uint32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),o=t.length,n=new Uint8Array((o+8>>6)+1<<6);n.set(t),n[o]=128;let i=new DataView(n.buffer);i.setUint32(n.length-8,Math.floor(o/536870912)),i.setUint32(n.length-4,o<<3>>>0);let r=new Uint32Array(64);for(let s=0;s<n.length;s+=64){for(let m=0;m<16;m++)r[m]=i.getUint32(s+m*4);for(let m=16;m<64;m++){let u=ge(r[m-15],7)^ge(r[m-15],18)^r[m-15]>>>3,v=ge(r[m-2],17)^ge(r[m-2],19)^r[m-2]>>>10;r[m]=r[m-16]+u+r[m-7]+v>>>0}let[a,c,d,p,f,l,g,I]=e;for(let m=0;m<64;m++){let u=I+(ge(f,6)^ge(f,11)^ge(f,25))+(f&l^~f&g)+Zo[m]+r[m]>>>0,v=(ge(a,2)^ge(a,13)^ge(a,22))+(a&c^a&d^c&d)>>>0;I=g,g=l,l=f,f=p+u>>>0,p=d,d=c,c=a,a=u+v>>>0}e[0]+=a,e[1]+=c,e[2]+=d,e[3]+=p,e[4]+=f,e[5]+=l,e[6]+=g,e[7]+=I}return Array.from(e,s=>s.toString(16).padStart(8,"0")).join("")}async function _n(t){let e=new Uint8Array(await t.arrayBuffer());if(globalThis.isSecureContext&&globalThis.crypto?.subtle){let o=new Uint8Array(await crypto.subtle.digest("SHA-256",e));return Array.from(o,n=>n.toString(16).padStart(2,"0")).join("")}return Jo(e)}var W=z.bind(Y),Xo=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,rt="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",Rn=`query MyBids { myBids(first: 100) { nodes { ${rt} } } }`,ei=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${rt} } }`,ti=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${rt} } }`,ni=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${rt} } }`,oi="mutation Challenge($i: ChallengeAwardInput!) { challengeAward(input: $i) { version } }";function wn({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y(null);return F(()=>{let d=!0;return x(Xo,{after:null},{lang:o}).then(p=>d&&s(p.eligibleProcurements.nodes),p=>d&&c(p)),()=>{d=!1}},[o]),W`<main id="main">
    <h1>${e("proc.eligibleTitle")}</h1>
    <p>${e("proc.eligibleIntro")}</p>
    <${n} error=${a} />
    ${r==null&&!a?W`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?W`<p class="empty">${e("proc.boardEmpty")}</p>`:null}
    ${r&&r.length>0?W`<table class="board eligible">
          <caption>${e("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.title")}</th><th scope="col">${e("proc.item")}</th><th scope="col">${e("proc.budget")}</th><th scope="col">${e("proc.bidDeadline")}</th><th scope="col">${e("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${r.map(d=>W`<tr class=${d.eligible?"eligible":"ineligible"}>
                <td><${i} href=${"/app/procurements/"+d.procurement.id}>${d.procurement.title}<//></td>
                <td><code>${d.procurement.item.code}</code> ${d.procurement.item.nameZh}</td>
                <td class="money">${P(d.procurement.budget)}</td>
                <td>${k(d.procurement.bidDeadline,o)}</td>
                <td>
                  ${d.eligible?W`<strong class="badge ok">${e("proc.eligible")}</strong>`:W`<span class="badge no">${e("proc.ineligible")}</span>
                        <ul class="reasons">${d.reasons.map(p=>W`<li>${p.message} <code class="rule">${p.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function ii(t,e){if(t.length===0)return{};let o=t.map((r,s)=>`$p${s}: UUID!`).join(", "),n=t.map((r,s)=>`p${s}: procurement(id: $p${s}) { id title }`).join(" "),i=await x(`query Titles(${o}) { ${n} }`,Object.fromEntries(t.map((r,s)=>["p"+s,r])),{lang:e});return Object.fromEntries(Object.values(i).filter(Boolean).map(r=>[r.id,r.title]))}function Dn({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y({}),[d,p]=y(null);return F(()=>{let f=!0;return x(Rn,{},{lang:o}).then(async l=>{if(!f)return;s(l.myBids.nodes);let g=[...new Set(l.myBids.nodes.map(m=>m.procurementId))].slice(0,100),I=await ii(g,o);f&&c(I)}).catch(l=>f&&p(l)),()=>{f=!1}},[o]),W`<main id="main">
    <h1>${e("proc.myBidsTitle")}</h1>
    <${n} error=${d} />
    ${r==null&&!d?W`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?W`<p class="empty">${e("proc.noBids")}</p>`:null}
    ${r&&r.length>0?W`<table class="board my-bids">
          <caption>${e("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${e("proc.procurement")}</th><th scope="col">${e("state")}</th><th scope="col">${e("proc.sealedAt")}</th><th scope="col">${e("proc.replacements")}</th><th scope="col">${e("proc.commitment")}</th></tr></thead>
          <tbody>
            ${r.map(f=>W`<tr>
                <td><${i} href=${"/app/procurements/"+f.procurementId}>${a[f.procurementId]??e("proc.openProcurement")}<//></td>
                <td>${e("proc.bidStatuses."+f.status)}</td>
                <td>${k(f.sealedAt,o)}</td>
                <td>${f.replacements}</td>
                <td><code class="hash">${f.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function Cn({ui:t,prefix:e,command:o,submitLabel:n,onSend:i}){let{t:r,ErrorText:s}=t,[a,c]=y(""),[d,p]=y(""),[f,l]=y([]),[g,I]=y(!1),[m,u]=y(null),v=A=>{A.preventDefault();let _=Q(a);if(_==null)return u(new j(r("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));u(null),i(_,N(d),f)},b=async A=>{let _=[...A.currentTarget.files];A.currentTarget.value="",I(!0);try{let O=[];for(let S of _)O.push({name:S.name,sha256:await _n(S)});l(S=>[...S,...O.filter(L=>!S.some(ne=>ne.name===L.name&&ne.sha256===L.sha256))])}catch(O){u(new j(r("proc.documentUnreadable",{message:O.message}),{code:"VALIDATION",field:"documents"}))}finally{I(!1)}},$=m??o.error,E=$&&($.field==="priceFen"||$.field==="price"),h=$&&$.field==="technicalProposal",T=$&&String($.field??"").startsWith("documents");return W`<form class="bid" onSubmit=${v} novalidate>
    <div class=${"field"+(E?" invalid":"")}>
      <label for=${e+"-price"}>${r("proc.price")}</label>
      <input id=${e+"-price"} inputmode="decimal" value=${a} aria-describedby=${e+"-price-hint"+(E?" "+e+"-price-error":"")}
        aria-invalid=${E?"true":void 0} onInput=${A=>c(A.currentTarget.value)} />
      <p class="hint" id=${e+"-price-hint"}>${r("proc.priceHint")}</p>
      ${E?W`<${s} error=${$} id=${e+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(h?" invalid":"")}>
      <label for=${e+"-proposal"}>${r("proc.proposal")}</label>
      <textarea id=${e+"-proposal"} rows="3" value=${d} aria-invalid=${h?"true":void 0}
        aria-describedby=${h?e+"-proposal-error":void 0} onInput=${A=>p(A.currentTarget.value)}></textarea>
      ${h?W`<${s} error=${$} id=${e+"-proposal-error"} />`:null}
    </div>
    <div class=${"field documents"+(T?" invalid":"")}>
      <label for=${e+"-documents"}>${r("proc.documents")}</label>
      <input id=${e+"-documents"} type="file" multiple aria-describedby=${e+"-documents-hint"+(T?" "+e+"-documents-error":"")}
        aria-invalid=${T?"true":void 0} onChange=${b} />
      <p class="hint" id=${e+"-documents-hint"}>${r("proc.documentsHint")}</p>
      ${g?W`<p role="status">${r("proc.hashing")}</p>`:null}
      ${f.length>0?W`<ul class="documents" id=${e+"-document-list"}>${f.map((A,_)=>W`<li><span class="name">${A.name}</span> <code class="hash">${A.sha256}</code>
              <button type="button" class="link" aria-label=${r("proc.removeDocument",{name:A.name})} onClick=${()=>l(O=>O.filter((S,L)=>L!==_))}>${r("con.remove")}</button></li>`)}</ul>`:null}
      ${T?W`<${s} error=${$} id=${e+"-documents-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${e+"-send"} disabled=${o.busy||g}>${n}</button>
      ${$&&!E&&!h&&!T?W`<${s} error=${$} id=${e+"-error"} />`:null}
    </div>
  </form>`}function Pn({ui:t,procurement:e,onChanged:o}){let{t:n,lang:i,ErrorText:r}=t,[s,a]=y(null),[c,d]=y(null),[p,f]=y(null),[l,g]=y(0),I=H(i),m=H(i),u=H(i);F(()=>{let T=!0;return x(Rn,{},{lang:i}).then(A=>T&&a(A.myBids.nodes.filter(_=>_.procurementId===e.id)),A=>T&&d(A)),()=>{T=!1}},[i,e.id,l]);let v=T=>()=>{f(n(T)),g(A=>A+1),o()},b=s?.find(T=>T.status==="SUBMITTED"),$=e.status==="PUBLISHED",E=t.claims?.organisation,h=e.status==="AWARDED"&&e.award&&e.award.organisationId!==E&&e.openedBids.some(T=>T.organisationId===E);return W`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${n("proc.myBid")}</h2>
    ${p?W`<p class="notice" role="status">${p}</p>`:null}
    <${r} error=${c} />
    ${b?W`<dl class="facts">
            <div><dt>${n("state")}</dt><dd id="my-bid-status">${n("proc.bidStatuses."+b.status)}</dd></div>
            <div><dt>${n("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${b.commitment}</code></dd></div>
            <div><dt>${n("proc.sealedAt")}</dt><dd>${k(b.sealedAt,i)}</dd></div>
            <div><dt>${n("proc.replacements")}</dt><dd>${b.replacements}</dd></div>
          </dl>
          <p class="hint">${n("proc.sealedNote")}</p>
          ${$?W`<h3>${n("proc.replaceBid")}</h3>
                <${Cn} ui=${t} prefix="replace" command=${m} submitLabel=${n("proc.replaceBid")}
                  onSend=${(T,A,_)=>m.run(ti,{bidId:b.id,priceFen:T,technicalProposal:A,documents:_,expectedVersion:b.version},v("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${u.busy}
                    onClick=${()=>u.run(ni,{bidId:b.id,expectedVersion:b.version},v("proc.bidWithdrawn"))}>${n("proc.withdrawBid")}</button>
                  <${r} error=${u.error} id="withdraw-error" />
                </div>`:null}`:$?W`<${Cn} ui=${t} prefix="bid" command=${I} submitLabel=${n("proc.submitBid")}
            onSend=${(T,A,_)=>I.run(ei,{procurementId:e.id,priceFen:T,technicalProposal:A,documents:_},v("proc.bidSubmitted"))} />`:W`<p class="empty">${n("proc.notTakingBids")}</p>`}
    ${h?W`<${he} key=${"challenge"+l} ui=${t} id="challenge" title=${n("proc.challengeTitle")}
          intro=${n("proc.challengeIntro",{deadline:K(e.award.challengeDeadline,i)})} reasonLabel=${n("proc.grounds")} reasonKey="grounds"
          submitLabel=${n("proc.challengeSubmit")} mutation=${oi} input=${{procurementId:e.id,organisationId:E}} onDone=${v("proc.challengeFiled")} />`:null}
  </section>`}var be=z.bind(Y);function Ne({id:t,title:e,describe:o,parts:n,format:i=String}){let r=n.reduce((d,p)=>d+Math.max(0,p.value),0),s=600,a=0,c=n.map(d=>{let p=r>0?Math.max(0,d.value)/r*s:0,f=be`<rect class=${"part "+d.className} x=${a.toFixed(2)} y="0" width=${p.toFixed(2)} height="28" data-part=${d.key} data-value=${d.value} />`;return a+=p,f});return be`<figure class="chart split-bar" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${s} 28`} preserveAspectRatio="none" role="img" aria-label=${o} focusable="false">
      <rect class="track" x="0" y="0" width=${s} height="28" />
      ${c}
    </svg>
    <ul class="legend">
      ${n.map(d=>be`<li data-part=${d.key}><span class=${"swatch "+d.className} aria-hidden="true"></span>${d.label} ${i(d.value)}</li>`)}
    </ul>
  </figure>`}function Nn({id:t,title:e,describe:o,bars:n}){let i=Math.max(1,...n.map(d=>d.count)),r=64,s=110,a=18,c=r*n.length;return be`<figure class="chart count-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${c} ${a+s+36}`} role="img" aria-label=${o} focusable="false">
      ${n.map((d,p)=>{let f=d.count/i*s,l=p*r+10,g=a+s-f;return be`<g class=${"bar "+(d.className??"")} data-key=${d.key} data-count=${d.count}>
          <rect x=${l} y=${g.toFixed(2)} width=${r-20} height=${f.toFixed(2)} />
          <text class="count" x=${l+(r-20)/2} y=${(g-4).toFixed(2)} text-anchor="middle">${d.count}</text>
          <text class="label" x=${l+(r-20)/2} y=${a+s+16} text-anchor="middle">${d.label}</text>
          ${d.sublabel?be`<text class="label sub" x=${l+(r-20)/2} y=${a+s+32} text-anchor="middle">${d.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${c} y1=${a+s} y2=${a+s} />
    </svg>
  </figure>`}function st({id:t,title:e,describe:o,series:n,rows:i,format:r=String}){let s=Math.max(1,...i.flatMap(l=>l.values)),a=220,c=420,d=14,p=n.length*(d+2)+14,f=i.length*p+4;return be`<figure class="chart paired-bars" id=${t}>
    <figcaption>${e}</figcaption>
    <svg viewBox=${`0 0 ${a+c+140} ${f}`} role="img" aria-label=${o} focusable="false">
      ${i.map((l,g)=>{let I=g*p+4;return be`<g class="row" data-key=${l.key}>
          <text class="label" x=${a-8} y=${I+p/2-2} text-anchor="end">${l.label}</text>
          ${l.values.map((m,u)=>{let v=m/s*c,b=I+u*(d+2);return be`<rect class=${"bar "+n[u].className} x=${a} y=${b} width=${v.toFixed(2)} height=${d} data-series=${n[u].className} data-value=${m} />
              <text class="value" x=${a+v+4} y=${b+d-3}>${r(m)}</text>`})}
        </g>`})}
    </svg>
    <ul class="legend">${n.map(l=>be`<li><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label}</li>`)}</ul>
  </figure>`}var B=z.bind(Y),ri=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function Be(t){let e=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(De(t));return e?Number(e[1])*100+Number(((e[2]??"")+"00").slice(0,2)):null}var si=t=>(t/100).toFixed(2),ai="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",On=`committeeId procurementId subject { kind id } status version seats seed constitutedAt concludedAt allSubmitted
  members { ${ai} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,ci=`query MyCommittees { myCommittees(first: 100) { ${On} } }`,kn=`query Committee($id: UUID!) { committee(id: $id) { ${On} } }`,li=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,di="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",ui="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function pi(t,e){let o=[...new Map(t.map(s=>[s.subject.id,s.subject])).values()].slice(0,100);if(o.length===0)return{};let n=o.map((s,a)=>`$s${a}: UUID!`).join(", "),i=o.map((s,a)=>s.kind==="CONTEST"?`s${a}: contest(id: $s${a}) { id: contestId title }`:`s${a}: procurement(id: $s${a}) { id title }`).join(" "),r=await x(`query Titles(${n}) { ${i} }`,Object.fromEntries(o.map((s,a)=>["s"+a,s.id])),{lang:e});return Object.fromEntries(Object.values(r).filter(Boolean).map(s=>[s.id,s.title]))}var mi=`query JuryContest($id: UUID!) { contest(id: $id) { contestId title scoring { priceWeightPercent criteria { key name maxPoints } }
  submissions { submissionId organisationId organisationName requested status } } }`;async function $i(t,e){if(t.subject.kind==="CONTEST"){let n=(await x(mi,{id:t.subject.id},{lang:e})).contest;if(!n)return null;let i=n.submissions.filter(r=>r.status!=="WITHDRAWN").map(r=>({bidId:r.submissionId,organisationId:r.organisationId,organisationName:r.organisationName,price:r.requested,valid:!0}));return{id:n.contestId,title:n.title,href:"/app/contests/"+n.contestId,jury:!0,scoring:n.scoring,openedBids:i}}let o=(await x(li,{id:t.procurementId},{lang:e})).procurement;return o&&{...o,href:"/app/procurements/"+o.id,jury:!1}}function xn({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,Link:r}=t,[s,a]=y(null),[c,d]=y({}),[p,f]=y(null);return F(()=>{let l=!0;return x(ci,{},{lang:o}).then(async g=>{if(!l)return;a(g.myCommittees);let I=await pi(g.myCommittees,o);l&&d(I)}).catch(g=>l&&f(g)),()=>{l=!1}},[o]),B`<main id="main">
    <h1>${e("eval.myTitle")}</h1>
    <${i} error=${p} />
    ${s==null&&!p?B`<p role="status">${e("loading")}</p>`:null}
    ${s&&s.length===0?B`<p class="empty">${e("eval.none")}</p>`:null}
    ${s&&s.length>0?B`<table class="board my-committees">
          <caption>${e("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${e("contest.reviewedSubject")}</th><th scope="col">${e("state")}</th><th scope="col">${e("eval.mySeat")}</th><th scope="col">${e("eval.sheetsIn")}</th><th scope="col">${e("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${s.map(l=>{let g=l.members.find(m=>m.memberId===n.organisation),I=l.members.filter(m=>m.sitting);return B`<tr>
                <td><${r} href=${"/app/committees/"+l.committeeId}>${c[l.subject.id]??e("eval.openCommittee")}<//></td>
                <td>${e("eval.statuses."+l.status)}</td>
                <td>${g?e(g.sitting?g.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${I.filter(m=>m.submitted).length} / ${I.length}</td>
                <td>${k(l.constitutedAt,o)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function hi(t,e,o){if(!t||t.field!=="scores.criteria.points")return null;let n=e.find(r=>t.message.includes(r.bidId)),i=o.find(r=>t.message.includes(`'${r.name}'`)||t.message.includes(`\u201C${r.name}\u201D`));return n&&i?`${n.bidId}/${i.key}`:null}function fi({ui:t,committee:e,me:o,bids:n,criteria:i,jury:r,onDone:s}){let{t:a,lang:c,ErrorText:d}=t,[p,f]=y({}),[l,g]=y(null),I=H(c),m=b=>{b.preventDefault();let $=[];for(let E of n){let h={bidId:E.bidId,criteria:[]};for(let T of i){let A=Be(p[E.bidId+"/"+T.key]??"");if(A==null)return g({key:E.bidId+"/"+T.key,error:new j(a("eval.pointsInvalid",{max:T.maxPoints}),{code:"VALIDATION"})});h.criteria.push({key:T.key,pointsHundredths:A})}$.push(h)}g(null),I.run(ui,{committeeId:e.committeeId,memberId:o.memberId,scores:$},s)},u=hi(I.error,n,i),v=b=>l?.key===b?l.error:u===b?I.error:null;return B`<form class="sheet" onSubmit=${m} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a(r?"contest.requested":"proc.price")}</th>${i.map(b=>B`<th scope="col">${b.name} (${a("eval.max",{max:b.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${n.map((b,$)=>B`<tr>
            <th scope="row">${b.organisationName}</th>
            <td class="money">${P(b.price)}</td>
            ${i.map(E=>{let h=b.bidId+"/"+E.key,T=`score-${$}-${E.key}`,A=v(h);return B`<td class=${"field"+(A?" invalid":"")}>
                <label class="sr-only" for=${T}>${a("eval.scoreLabel",{name:b.organisationName,criterion:E.name})}</label>
                <input id=${T} inputmode="decimal" size="6" value=${p[h]??""} aria-invalid=${A?"true":void 0}
                  aria-describedby=${A?T+"-error":void 0} onInput=${_=>f({...p,[h]:_.currentTarget.value})} />
                ${A?B`<${d} error=${A} id=${T+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${I.busy}>${a("eval.submitSheet")}</button>
      ${I.error&&!u?B`<${d} error=${I.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function gi({ui:t,committee:e,me:o,bids:n,onDone:i}){let{t:r,lang:s,ErrorText:a}=t,[c,d]=y(n[0]?.organisationId??""),[p,f]=y("OTHER"),[l,g]=y(""),I=H(s),m=v=>{v.preventDefault(),I.run(di,{committeeId:e.committeeId,memberId:o.memberId,organisationId:c,kind:p,note:l.trim()},i)},u=I.error?.field==="note";return B`<form class="relation" onSubmit=${m} novalidate>
    <div class="field"><label for="relation-org">${r("eval.relatedBidder")}</label>
      <select id="relation-org" value=${c} onChange=${v=>d(v.currentTarget.value)}>
        ${n.map(v=>B`<option value=${v.organisationId}>${v.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${r("eval.relationKind")}</label>
      <select id="relation-kind" value=${p} onChange=${v=>f(v.currentTarget.value)}>
        ${ri.map(v=>B`<option value=${v}>${r("eval.kinds."+v)}</option>`)}
      </select></div>
    <div class=${"field"+(u?" invalid":"")}><label for="relation-note">${r("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${l} aria-invalid=${u?"true":void 0} aria-describedby=${u?"relation-note-error":void 0}
        onInput=${v=>g(v.currentTarget.value)}></textarea>
      ${u?B`<${a} error=${I.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${I.busy}>${r("eval.declare")}</button>
      ${I.error&&!u?B`<${a} error=${I.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function bi(t,e,o){let n=t?.find(i=>i.bidId===e)?.criteria.find(i=>i.key===o)?.pointsHundredths;return n==null?"":si(n)}function Ln({ui:t,id:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s}=t,[a,c]=y(void 0),[d,p]=y(null),[f,l]=y(null),[g,I]=y(null);F(()=>{let T=!0;return x(kn,{id:e},{lang:n}).then(async A=>{if(T&&(c(A.committee),A.committee)){let _=await $i(A.committee,n);T&&p(_)}}).catch(A=>T&&l(A)),()=>{T=!1}},[e,n]);let m=T=>async()=>{let A=await x(kn,{id:e},{lang:n});c(A.committee),I(o(T))};if(a===void 0&&!f)return B`<main id="main"><p role="status">${o("loading")}</p></main>`;if(!a)return B`<main id="main"><h1>${o("eval.committee")}</h1><${r} error=${f} />${f?null:B`<p class="empty">${o("eval.notFound")}</p>`}</main>`;let u=a.members.find(T=>T.memberId===i?.organisation),v=d?.openedBids.filter(T=>T.valid)??[],b=d?.scoring.criteria??[],$=T=>d?.openedBids.find(A=>A.organisationId===T)?.organisationName??T,E=a.members.filter(T=>T.sitting),h=a.status==="SCORING";return B`<main id="main">
    <h1>${o(d?.jury?"contest.jury":"eval.committee")}${d?B`：<${s} href=${d.href}>${d.title}<//>`:null}</h1>
    ${g?B`<p class="notice" role="status">${g}</p>`:null}
    <${r} error=${f} />
    <dl class="facts">
      <div><dt>${o("state")}</dt><dd id="committee-status">${o("eval.statuses."+a.status)}</dd></div>
      <div><dt>${o("eval.seats")}</dt><dd>${a.seats}</dd></div>
      <div><dt>${o("eval.sheetsIn")}</dt><dd id="sheets-in">${E.filter(T=>T.submitted).length} / ${E.length}</dd></div>
      <div><dt>${o("eval.constitutedAt")}</dt><dd>${k(a.constitutedAt,n)}</dd></div>
    </dl>

    ${u&&!u.sitting?B`<p class="notice" id="recused">${o("eval.youRecused")}</p>
          <ul class="reasons">${u.recusal.map(T=>B`<li>${$(T.organisationId)} — ${o("eval.kinds."+T.kind)}${T.note?"\uFF1A"+T.note:""}</li>`)}</ul>`:null}
    ${u&&u.sitting&&h&&!u.submitted&&d?B`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${o("eval.yourSheet")}</h2>
            <${fi} ui=${t} committee=${a} me=${u} bids=${v} criteria=${b} jury=${d.jury} onDone=${m("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${o("eval.declareTitle")}</h2>
            <p class="hint">${o("eval.declareHint")}</p>
            <${gi} ui=${t} committee=${a} me=${u} bids=${v} onDone=${m("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${o("eval.members")}</h2>
      ${a.allSubmitted?null:B`<p class="hint" id="sheets-hidden">${o("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${o("eval.members")}</caption>
        <thead><tr><th scope="col">${o("eval.member")}</th><th scope="col">${o("eval.role")}</th><th scope="col">${o("state")}</th><th scope="col">${o("eval.sheetDigest")}</th>
          ${b.map(T=>B`<th scope="col">${T.name}</th>`)}</tr></thead>
        <tbody>
          ${a.members.map(T=>B`<tr class=${T.memberId===u?.memberId?"me":""}>
              <td>${T.name}${T.memberId===u?.memberId?B` <strong>(${o("eval.you")})</strong>`:null}</td>
              <td>${o("eval.roles."+T.role)}</td>
              <td>${o(T.sitting?T.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${T.sheetDigest?B`<code class="hash">${T.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${b.map(A=>B`<td class="scores">${T.scores?v.map(_=>B`<span class="score">${_.organisationName}：${bi(T.scores,_.bidId,A.key)}</span> `):T.submitted?B`<span class="hidden">${o("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${a.report?B`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${o("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${a.report.ranking.map(T=>B`<li>${$(T.organisationId)} · ${P(T.price)} · ${o("eval.total",{total:T.total,price:T.priceScore,criteria:T.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${o("eval.sheetsDigest")} <code class="hash">${a.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var U=z.bind(Y),Ct="code nameZh nameEn weight",vi=`evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${Ct} children { ${Ct} children { ${Ct} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`,yi=`query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${vi} } }`,Ii=`query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`,Ei="query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }",Ti="query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }",Ai="mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }",Si="query ThirdParties($f: OrganisationFilterInput) { organisations(filter: $f, first: 20) { nodes { id name creditCode } } }",_i="mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }",Ci="mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }",at=t=>`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`;function Rt(t,e=null){return t.flatMap(o=>o.children?.length?Rt(o.children,o):[{leaf:o,group:e}])}function Ri(t,e){return t>=e.excellent*100?"EXCELLENT":t>=e.good*100?"GOOD":t>=e.fair*100?"FAIR":"POOR"}function He({t,grade:e,id:o}){return e?U`<strong class=${"grade grade-"+e.toLowerCase()} id=${o}>${t("perf.grades."+e)}</strong>`:null}function wi({ui:t,contract:e,value:o,onPick:n,error:i}){let{t:r,lang:s,ErrorText:a}=t,[c,d]=y(""),[p,f]=y(null),[l,g]=y(null),I=async()=>{g(null);try{let u=(await x(Si,{f:{nameContains:N(c),status:"ACTIVE"}},{lang:s})).organisations.nodes.filter(v=>v.id!==e.supplier);f(u),n(u[0]?.id??"")}catch(m){g(m)}};return U`<div class="third-party">
    <div class="field"><label for="evaluation-third-search">${r("perf.thirdPartySearch")}</label>
      <input id="evaluation-third-search" value=${c} onInput=${m=>d(m.currentTarget.value)}
        onKeyDown=${m=>m.key==="Enter"&&(m.preventDefault(),I())} /></div>
    <button type="button" class="secondary" id="evaluation-third-find" onClick=${I}>${r("search")}</button>
    <${a} error=${l} />
    ${p&&p.length===0?U`<p class="empty" role="status">${r("perf.thirdPartyNone")}</p>`:null}
    ${p&&p.length>0?U`<div class=${"field"+(i?" invalid":"")}><label for="evaluation-third">${r("perf.thirdParty")}</label>
          <select id="evaluation-third" value=${o} aria-invalid=${i?"true":void 0} aria-describedby=${i?"open-evaluation-error":void 0}
            onChange=${m=>n(m.currentTarget.value)}>
            ${p.map(m=>U`<option value=${m.id}>${m.name}（${m.creditCode}）</option>`)}
          </select></div>`:null}
  </div>`}function Fn({ui:t,contract:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,c=i?.role==="purchaser"&&i.organisation===e.purchaserUnit,d=i?.role==="ngo"&&i.organisation===e.supplier,p=e.status==="COMPLETED"||e.status==="TERMINATED",[f,l]=y(null),[g,I]=y(null),[m,u]=y(d?"SELF":"PURCHASER"),[v,b]=y(""),$=H(n);if(F(()=>{let h=!0,T={contractId:e.id,mine:c||d};return x(Ii,{f:T},{lang:n}).then(A=>h&&l(A.performanceEvaluations.nodes),A=>h&&I(A)),()=>{h=!1}},[e.id,e.version,n]),!p&&(f??[]).length===0)return null;let E=h=>{h.preventDefault();let T={contractId:e.id,evaluator:m};if(m==="THIRD_PARTY"){if(!v)return $.setError(new j(o("perf.thirdPartyPick"),{code:"VALIDATION",field:"evaluatorOrganisationId"}));T.evaluatorOrganisationId=v}$.run(Ai,T,A=>a("/app/evaluations/"+A.openPerformanceEvaluation.evaluationId))};return U`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${o("perf.title")}</h2>
    <${r} error=${g} />
    ${f&&f.length===0?U`<p class="empty">${o("perf.none")}</p>`:null}
    ${f&&f.length>0?U`<ul class="evaluations">${f.map(h=>U`<li><${s} href=${"/app/evaluations/"+h.evaluationId}>${o("perf.evaluators."+h.evaluator)}<//> · ${o("perf.statuses."+h.status)}
            ${h.grade?U` · ${o("perf.totalIs",{total:h.total})} <${He} t=${o} grade=${h.grade} />`:null}
            ${h.concludedAt?U` · ${k(h.concludedAt,n)}`:null}</li>`)}</ul>`:null}
    ${p&&(c||d)?U`<form class="open-evaluation" onSubmit=${E}>
          ${c?U`<div class="field"><label for="evaluation-kind">${o("perf.evaluator")}</label>
                <select id="evaluation-kind" value=${m} onChange=${h=>u(h.currentTarget.value)}>
                  ${["PURCHASER","THIRD_PARTY","SELF"].map(h=>U`<option value=${h}>${o("perf.evaluators."+h)}</option>`)}
                </select></div>
              ${m==="THIRD_PARTY"?U`<${wi} ui=${t} contract=${e} value=${v} onPick=${b}
                    error=${$.error?.rule==="PERF-EVALUATOR"?$.error:null} />`:null}`:null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${$.busy}>${o(d?"perf.openSelf":"perf.open")}</button>
            <${r} error=${$.error} id="open-evaluation-error" />
          </div>
        </form>`:null}
  </section>`}function Di(t,e){return!t||!String(t.field??"").startsWith("scores")?null:e.find(({leaf:o})=>new RegExp(`\\b${o.code}\\b`).test(t.message))?.leaf.code??null}function Pi({ui:t,e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=Rt(e.indicators),[a,c]=y(()=>Object.fromEntries(e.scores.map(h=>[h.indicator,at(h.pointsHundredths)]))),[d,p]=y(e.comment??""),[f,l]=y(null),g=H(i),I=H(i),m=s.map(({leaf:h})=>[h,N(a[h.code]??"")?Be(a[h.code]):void 0]),u=m.reduce((h,[,T])=>h+(T??0),0),v=m.filter(([,h])=>h===void 0).length,b=h=>{h.preventDefault();let T=[];for(let[A,_]of m){if(_===null||_>A.weight*100)return l({code:A.code,error:new j(n("perf.pointsInvalid",{max:A.weight}),{code:"VALIDATION",rule:"PERF-SCORE"})});_!==void 0&&T.push({indicator:A.code,pointsHundredths:_})}l(null),g.run(_i,{evaluationId:e.evaluationId,scores:T,comment:N(d),expectedVersion:e.version},()=>o(n("perf.scoresSaved")))},$=Di(g.error,s),E=h=>f?.code===h?f.error:$===h?g.error:null;return U`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${n("perf.scoreTitle")}</h2>
    <form onSubmit=${b} novalidate>
      <table class="indicators">
        <caption>${n("perf.indicators")}</caption>
        <thead><tr><th scope="col">${n("perf.group")}</th><th scope="col">${n("perf.indicator")}</th><th scope="col">${n("perf.maxPoints")}</th><th scope="col">${n("perf.points")}</th></tr></thead>
        <tbody>${s.map(({leaf:h,group:T})=>{let A="score-"+h.code,_=E(h.code),O=i==="en"?h.nameEn:h.nameZh;return U`<tr>
            <td>${T?`${i==="en"?T.nameEn:T.nameZh}\uFF08${T.weight}\uFF09`:"\u2014"}</td>
            <th scope="row">${O}</th>
            <td>${h.weight}</td>
            <td class=${"field"+(_?" invalid":"")}>
              <label class="sr-only" for=${A}>${n("perf.scoreLabel",{name:O,max:h.weight})}</label>
              <input id=${A} inputmode="decimal" size="6" value=${a[h.code]??""} aria-invalid=${_?"true":void 0}
                aria-describedby=${_?A+"-error":void 0} onInput=${S=>c({...a,[h.code]:S.currentTarget.value})} />
              ${_?U`<${r} error=${_} id=${A+"-error"} />`:null}
            </td>
          </tr>`})}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${v>0?n("perf.totalSoFar",{total:at(u),blank:v}):U`${n("perf.totalWouldBe",{total:at(u)})} <${He} t=${n} grade=${Ri(u,e.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${n("perf.comment")}</label>
        <textarea id="evaluation-comment" rows="3" value=${d} onInput=${h=>p(h.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${g.busy}>${n("perf.submitScores")}</button>
        ${g.error&&!$?U`<${r} error=${g.error} id="submit-scores-error" />`:null}
      </div>
    </form>
    ${e.submissions>0?U`<div class="action">
          <p class="hint">${n("perf.concludeHint")}</p>
          <button type="button" id="conclude-evaluation" disabled=${I.busy}
            onClick=${()=>I.run(Ci,{evaluationId:e.evaluationId,expectedVersion:e.version},()=>o(n("perf.concluded")))}>${n("perf.conclude")}</button>
          <${r} error=${I.error} id="conclude-evaluation-error" />
        </div>`:null}
  </section>`}function Ni(t,e){let o={SELF:"ngo",PURCHASER:"purchaser",THIRD_PARTY:"evaluator"}[e.evaluator];return!!t&&t.role===o&&!!t.organisation&&t.organisation===e.evaluatorOrganisationId}function Mn({ui:t,id:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s}=t,[a,c]=y(void 0),[d,p]=y(null),[f,l]=y(null),[g,I]=y(null),[m,u]=y(0);if(F(()=>{let $=!0;return x(yi,{id:e},{lang:n}).then(async E=>{if($&&(c(E.performanceEvaluation),E.performanceEvaluation?.contractId)){let h=await x(Ei,{id:E.performanceEvaluation.contractId},{lang:n});$&&p(h.contract)}}).catch(E=>$&&l(E)),()=>{$=!1}},[e,n,m]),f)return U`<main id="main"><${r} error=${f} /></main>`;if(a===void 0)return U`<main id="main"><p role="status">${o("loading")}</p></main>`;if(a===null)return U`<main id="main"><h1>${o("perf.notFound")}</h1></main>`;let v=Object.fromEntries(a.scores.map($=>[$.indicator,$.pointsHundredths])),b=Ni(i,a)&&a.status==="OPEN";return U`<main id="main" class="evaluation">
    <h1>${o("perf.pageTitle",{title:d?.title??"\u2026"})} <span class="status" id="evaluation-status">${o("perf.statuses."+a.status)}</span></h1>
    ${g?U`<p class="notice" role="status">${g}</p>`:null}
    <p>${o("perf.evaluators."+a.evaluator)} · ${o("perf.openedAt",{at:k(a.openedAt,n)})}
      ${d?U` · <${s} href=${"/app/contracts/"+d.id}>${o("perf.theContract")}<//>`:null}</p>
    ${a.status==="CONCLUDED"?U`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${o("perf.result")}</h2>
          <p id="evaluation-result">${o("perf.resultText",{total:a.total,at:k(a.concludedAt,n)})} <${He} t=${o} grade=${a.grade} id="evaluation-grade" /></p>
          ${a.comment?U`<p>${o("perf.comment")}：${a.comment}</p>`:null}
        </section>`:null}
    ${b?U`<${Pi} key=${a.version} ui=${t} e=${a} onDone=${$=>(I($),u(E=>E+1))} />`:U`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${o("perf.indicators")}</h2>
          <table class="indicators"><caption class="sr-only">${o("perf.indicators")}</caption>
            <thead><tr><th scope="col">${o("perf.group")}</th><th scope="col">${o("perf.indicator")}</th><th scope="col">${o("perf.maxPoints")}</th><th scope="col">${o("perf.points")}</th></tr></thead>
            <tbody>${Rt(a.indicators).map(({leaf:$,group:E})=>U`<tr>
                <td>${E?n==="en"?E.nameEn:E.nameZh:"\u2014"}</td>
                <th scope="row">${n==="en"?$.nameEn:$.nameZh}</th>
                <td>${$.weight}</td>
                <td>${v[$.code]!=null?at(v[$.code]):"\u2014"}</td>
              </tr>`)}</tbody></table>
        </section>`}
  </main>`}function Un({ui:t,organisationId:e}){let{t:o,lang:n,Link:i}=t,[r,s]=y(null);return F(()=>{let a=!0;return x(Ti,{id:e},{lang:n}).then(c=>a&&s(c.supplierGrades),()=>a&&s([])),()=>{a=!1}},[e,n]),!r||r.length===0?null:U`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${o("perf.gradesTitle")}</h2>
    <table class="grades"><caption class="sr-only">${o("perf.gradesTitle")}</caption>
      <thead><tr><th scope="col">${o("perf.concludedAt")}</th><th scope="col">${o("perf.evaluator")}</th><th scope="col">${o("perf.total")}</th><th scope="col">${o("perf.grade")}</th><th scope="col">${o("perf.contract")}</th></tr></thead>
      <tbody>${r.map(a=>U`<tr>
          <td>${k(a.concludedAt,n)}</td>
          <td>${o("perf.evaluators."+a.evaluator)}${a.countsForEligibility?null:U`<br /><span class="hint">${o("perf.notCounted")}</span>`}</td>
          <td>${a.score}</td>
          <td><${He} t=${o} grade=${a.grade} /></td>
          <td><${i} href=${"/app/contracts/"+a.contractId}>${o("perf.theContract")}<//></td>
        </tr>`)}</tbody></table>
  </section>`}var ki=`query MyEvaluations { performanceEvaluations(filter: {mine: true}, first: 100) {
  totalCount nodes { evaluationId contractId evaluator status total grade openedAt concludedAt }
} }`;async function Oi(t,e){if(t.length===0)return{};let o=t.map((r,s)=>`$c${s}: UUID!`).join(", "),n=t.map((r,s)=>`c${s}: contract(id: $c${s}) { id title }`).join(" "),i=await x(`query Titles(${o}) { ${n} }`,Object.fromEntries(t.map((r,s)=>["c"+s,r])),{lang:e});return Object.fromEntries(Object.values(i).filter(Boolean).map(r=>[r.id,r.title]))}function jn({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y({}),[d,p]=y(null);return F(()=>{let f=!0;return x(ki,{},{lang:o}).then(async l=>{if(!f)return;let g=l.performanceEvaluations.nodes;s(g);let I=await Oi([...new Set(g.map(m=>m.contractId))].slice(0,100),o);f&&c(I)}).catch(l=>f&&p(l)),()=>{f=!1}},[o]),U`<main id="main">
    <h1>${e("perf.mineTitle")}</h1>
    <${n} error=${d} />
    ${r==null&&!d?U`<p role="status">${e("loading")}</p>`:null}
    ${r&&r.length===0?U`<p class="empty">${e("perf.none")}</p>`:null}
    ${r&&r.length>0?U`<table class="board evaluations">
          <caption>${e("perf.mineTitle")}</caption>
          <thead><tr><th scope="col">${e("perf.contract")}</th><th scope="col">${e("perf.evaluator")}</th><th scope="col">${e("state")}</th><th scope="col">${e("perf.total")}</th><th scope="col">${e("perf.grade")}</th><th scope="col">${e("perf.opened")}</th></tr></thead>
          <tbody>${r.map(f=>U`<tr>
              <td><${i} href=${"/app/evaluations/"+f.evaluationId}>${a[f.contractId]??e("perf.theContract")}<//></td>
              <td>${e("perf.evaluators."+f.evaluator)}</td>
              <td>${e("perf.statuses."+f.status)}</td>
              <td>${f.total??"\u2014"}</td>
              <td><${He} t=${e} grade=${f.grade} /></td>
              <td>${k(f.openedAt,o)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}var w=z.bind(Y),xi=`id version status ocdsStatus procurement { id title } grant { contestId } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen supplementMaxPercent supplementHeadroom supplementHeadroomFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,Li=`query Contract($id: UUID!) { contract(id: $id) { ${xi} } }`,Fi="query Supplier($id: UUID!) { organisation(id: $id) { name } }",Vn="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",Mi=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${Vn} } } }`,Ui=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${Vn} } } }`,ji="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",Bi="mutation SignGrant($i: SignContractFromGrantInput!) { signContractFromGrant(input: $i) { id } }",Hi="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",Vi="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",Wi="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }",Gi="mutation Supplement($i: SupplementContractInput!) { supplementContract(input: $i) { version } }",qi="mutation Suspend($i: ContractReasonInput!) { suspendContract(input: $i) { version } }",Yi="mutation Resume($i: ContractReasonInput!) { resumeContract(input: $i) { version } }",Ki="mutation Terminate($i: ContractReasonInput!) { terminateContract(input: $i) { version } }",zi="mutation CorrectPayment($i: CorrectPaymentInput!) { correctPayment(input: $i) { version } }",Qi="mutation CorrectAcceptance($i: CorrectAcceptanceInput!) { correctAcceptance(input: $i) { version } }",Bn=100;function Zi(t){let e=t<0,o=Math.abs(t),n=`${Math.floor(o/100)}.${String(o%100).padStart(2,"0")}`;return e?"-"+n:n}var se=t=>P(Zi(t)),Wn=t=>se(t).replace("\xA5","");function Ji(t){let e=it(t).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(e)?Number(e):null}function Gn({t,status:e}){return e?w`<span class=${"status status-"+e.toLowerCase()} id="contract-status">${t("con.statuses."+e)}</span>`:null}function Hn(t){let e={};return t.map(o=>{let n=o.kind==="DELIVERY"?"D":"P";return e[n]=(e[n]??0)+1,{...o,id:n+e[n]}})}function ct({ui:t,p:e,grant:o,supplierName:n}){let{t:i,lang:r,ErrorText:s,navigate:a}=t,c=Q(e?e.award.price:o.amount)??0,d=e??o,[p,f]=y(d.serviceStart),[l,g]=y(d.serviceEnd),[I,m]=y([{kind:"DELIVERY",title:"",due:d.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:d.serviceEnd,amount:"",follows:"D1"}]),[u,v]=y(null),b=H(r),$=Hn(I),E=$.filter(M=>M.kind==="DELIVERY"),T=$.filter(M=>M.kind==="PAYMENT").map(M=>N(M.amount)?Q(M.amount):0),A=T.reduce((M,X)=>M+(X??0),0),_=T.some(M=>M==null),O=c-A,S=(M,X,ee)=>m(Z=>Z.map((oe,Ao)=>Ao===M?{...oe,[X]:ee}:oe)),L=M=>m(X=>[...X,{kind:M,title:"",due:l,amount:"",follows:M==="PAYMENT"?Hn(X).filter(ee=>ee.kind==="DELIVERY").pop()?.id??"":""}]),ne=M=>m(X=>X.filter((ee,Z)=>Z!==M)),ae=M=>{M.preventDefault();let X=$.findIndex(Z=>Z.kind==="PAYMENT"&&Q(Z.amount)==null);if(X>=0)return v(new j(i("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+X}));v(null);let ee={...e?{procurementId:e.id,supplier:e.award.organisationId,amountFen:c}:{contestId:o.contestId,submissionId:o.submissionId},serviceStart:p,serviceEnd:l,milestones:$.map(Z=>({id:Z.id,kind:Z.kind,title:N(Z.title),due:Z.due,...Z.kind==="PAYMENT"?{amountFen:Q(Z.amount),follows:Z.follows||null}:{}}))};b.run(e?ji:Bi,ee,Z=>a("/app/contracts/"+(e?Z.signContract:Z.signContractFromGrant).id+"?signed=1"))},de=u??b.error,mt=M=>de?.field==="milestone-"+M?de:null,$t=String(de?.field??""),Lt=$t.startsWith("milestone-"),ht=!!de&&!Lt&&($t.startsWith("milestones")||de.rule==="CON-PAYMENT"&&!$t),To=!!de&&!Lt&&!ht,xe;return _?xe=i("con.sumUnreadable"):O===0?xe=i("con.sumMatches",{sum:se(A)}):O>0?xe=i("con.sumShort",{sum:se(A),gap:se(O)}):xe=i("con.sumOver",{sum:se(A),gap:se(-O)}),w`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${i(e?"con.signTitle":"contest.signTitle")}</h2>
    <p>${i(e?"con.signIntro":"contest.signIntro")}</p>
    <form onSubmit=${ae} novalidate>
      <dl class="facts">
        <div><dt>${i("con.supplier")}</dt><dd id="sign-supplier">${n}</dd></div>
        <div><dt>${i("con.amount")}</dt><dd id="sign-amount">${se(c)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${i("proc.serviceStart")}</label>
          <input id="sign-start" type="date" value=${p} onInput=${M=>f(M.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${i("proc.serviceEnd")}</label>
          <input id="sign-end" type="date" value=${l} onInput=${M=>g(M.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(ht?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${i("con.milestones")}</legend>
        ${$.map((M,X)=>{let ee="ms-"+X,Z=mt(X);return w`<div class=${"milestone-row kind-"+M.kind.toLowerCase()} data-id=${M.id}>
            <div class="field id"><span class="label" id=${ee+"-id-label"}>${i("con.milestoneId")}</span><code id=${ee+"-id"}>${M.id}</code></div>
            <div class="field"><label for=${ee+"-kind"}>${i("con.kind")}</label>
              <select id=${ee+"-kind"} value=${M.kind} onChange=${oe=>S(X,"kind",oe.currentTarget.value)}>
                ${["DELIVERY","PAYMENT"].map(oe=>w`<option value=${oe}>${i("con.kinds."+oe)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${ee+"-title"}>${i("con.milestoneTitle",{id:M.id})}</label>
              <input id=${ee+"-title"} value=${M.title} onInput=${oe=>S(X,"title",oe.currentTarget.value)} /></div>
            <div class="field"><label for=${ee+"-due"}>${i("con.due",{id:M.id})}</label>
              <input id=${ee+"-due"} type="date" value=${M.due} onInput=${oe=>S(X,"due",oe.currentTarget.value)} /></div>
            ${M.kind==="PAYMENT"?w`<div class=${"field"+(Z?" invalid":"")}><label for=${ee+"-amount"}>${i("con.paymentAmount",{id:M.id})}</label>
                    <input id=${ee+"-amount"} inputmode="decimal" value=${M.amount} aria-invalid=${Z?"true":void 0}
                      aria-describedby=${Z?ee+"-amount-error":void 0} onInput=${oe=>S(X,"amount",oe.currentTarget.value)}
                      onBlur=${()=>Q(M.amount)!=null&&S(X,"amount",Wn(Q(M.amount)))} />
                    ${Z?w`<${s} error=${Z} id=${ee+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${ee+"-follows"}>${i("con.follows",{id:M.id})}</label>
                    <select id=${ee+"-follows"} value=${M.follows} onChange=${oe=>S(X,"follows",oe.currentTarget.value)}>
                      <option value="">${i("con.followsNone")}</option>
                      ${E.map(oe=>w`<option value=${oe.id}>${oe.id} ${oe.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>ne(X)} aria-label=${i("con.removeMilestone",{id:M.id})}>${i("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${I.length>=Bn} onClick=${()=>L("DELIVERY")}>${i("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" disabled=${I.length>=Bn} onClick=${()=>L("PAYMENT")}>${i("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(O===0&&!_?" ok":" off")} aria-live="polite">${xe}</p>
        ${ht?w`<${s} error=${de} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${b.busy}>${b.busy?i("submitting"):i("con.sign")}</button>
        ${To?w`<${s} error=${de} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function Xi({t,c:e}){let o=e.paidFen,n=Math.max(0,e.acceptedFen-e.paidFen),i=Math.max(0,e.totalFen-Math.max(e.acceptedFen,e.paidFen)),r=t("con.chartDescribe",{paid:se(o),owed:se(n),later:se(i),total:se(e.totalFen)});return w`<${Ne}
    id="paid-chart"
    title=${t("con.chartTitle")}
    describe=${r}
    format=${se}
    parts=${[{key:"paid",label:t("con.chartPaid"),value:o,className:"paid"},{key:"owed",label:t("con.chartOwed"),value:n,className:"owed"},{key:"later",label:t("con.chartLater"),value:i,className:"later"}]}
  />`}function er({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter(_=>_.kind==="DELIVERY"&&!_.accepted),[a,c]=y(s[0]?.id??""),[d,p]=y("true"),[f,l]=y(""),[g,I]=y(""),[m,u]=y(""),[v,b]=y(null),$=H(i);if(s.length===0)return null;let E=_=>{_.preventDefault();let O=Ji(f);if(O==null)return b(new j(n("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));b(null),$.run(Hi,{contractId:e.id,milestoneId:a,passed:d==="true",recipientsParticipating:O,recipientsNote:N(g),report:N(m),expectedVersion:e.version},()=>o(n(d==="true"?"con.acceptedPassed":"con.acceptedFailed")))},h=v??$.error,T=_=>h&&h.field===_,A=h&&!T("recipientsParticipating")&&!T("report");return w`<form class="accept" onSubmit=${E} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${n("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${n("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${a} onChange=${_=>c(_.currentTarget.value)}>
        ${s.map(_=>w`<option value=${_.id}>${_.id} ${_.title}（${K(_.due,i)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${n("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${d==="true"} onChange=${()=>p("true")} />
        <label for="accept-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${d==="false"} onChange=${()=>p("false")} />
        <label for="accept-failed">${n("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(T("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${n("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${f} aria-invalid=${T("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(T("recipientsParticipating")?" accept-recipients-error":"")} onInput=${_=>l(_.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${n("con.recipientsHint")}</p>
      ${T("recipientsParticipating")?w`<${r} error=${h} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${n("con.recipientsNote")}</label>
      <input id="accept-note" value=${g} onInput=${_=>I(_.currentTarget.value)} /></div>
    <div class=${"field"+(T("report")?" invalid":"")}><label for="accept-report">${n("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${m} aria-invalid=${T("report")?"true":void 0}
        aria-describedby=${T("report")?"accept-report-error":void 0} onInput=${_=>u(_.currentTarget.value)}></textarea>
      ${T("report")?w`<${r} error=${h} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${$.busy}>${n("con.acceptSubmit")}</button>
      ${A?w`<${r} error=${h} id="accept-error" />`:null}
    </div>
  </form>`}function tr({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter(A=>A.kind==="PAYMENT"&&A.paidFen<A.amountFen),[a,c]=y(s[0]?.id??""),[d,p]=y(""),[f,l]=y(""),[g,I]=y(null),m=H(i);if(s.length===0)return null;let u=s.find(A=>A.id===a)??s[0],v=A=>{A.preventDefault();let _=Q(d);if(_==null)return I(new j(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));I(null),m.run(Vi,{contractId:e.id,milestoneId:u.id,amountFen:_,reference:N(f),expectedVersion:e.version},()=>o(n("con.paymentRecorded")))},b=g??m.error,$=b&&(b.field==="amountFen"||b.field==="amount"),E=b&&b.field==="reference",h=b&&!$&&!E,T=e.milestones.find(A=>A.id===u.follows);return w`<form class="pay" onSubmit=${v} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${n("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${n("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${u.id} aria-describedby="pay-milestone-hint" onChange=${A=>c(A.currentTarget.value)}>
        ${s.map(A=>w`<option value=${A.id}>${A.id} ${A.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${n("con.payHint",{left:se(u.amountFen-u.paidFen),delivery:T?`${T.id} ${T.title}`:"\u2014",state:T?.accepted?n("con.deliveryAccepted"):n("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+($?" invalid":"")}><label for="pay-amount">${n("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${d} aria-invalid=${$?"true":void 0}
        aria-describedby=${$?"pay-amount-error":void 0} onInput=${A=>p(A.currentTarget.value)} />
      ${$?w`<${r} error=${b} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(E?" invalid":"")}><label for="pay-reference">${n("con.reference")}</label>
      <input id="pay-reference" value=${f} aria-invalid=${E?"true":void 0}
        aria-describedby=${E?"pay-reference-error":void 0} onInput=${A=>l(A.currentTarget.value)} />
      ${E?w`<${r} error=${b} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${m.busy}>${n("con.paySubmit")}</button>
      ${h?w`<${r} error=${b} id="pay-error" />`:null}
    </div>
  </form>`}function nr(t){let e=new Set(t.milestones.map(n=>n.id)),o=1;for(;e.has("S"+o);)o++;return"S"+o}function or({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter(ae=>ae.kind==="DELIVERY"),[a,c]=y(""),[d,p]=y(""),[f,l]=y(!1),[g,I]=y(""),[m,u]=y(e.serviceEnd),[v,b]=y(s.at(-1)?.id??""),[$,E]=y(null),[h,T]=y(null),A=H(i,{untilRemount:!0}),_=ae=>{ae.preventDefault();let de=Q(a);if(de==null)return E(new j(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));E(null),T({sameSubject:f});let mt=nr(e);A.run(Gi,{contractId:e.id,amountFen:de,sameSubject:f,description:N(d),milestones:[{id:mt,kind:"PAYMENT",title:N(g),due:m,amountFen:de,follows:v||null}],expectedVersion:e.version},()=>o(n("con.supplementRecorded")))},O=$??A.error,L=O&&!O.field&&O.rule==="CON-SUPPLEMENT"&&h&&!h.sameSubject?"sameSubject":le(O,{amountFen:"amount",amount:"amount",description:"description",milestones:"milestone"},{"CON-SUPPLEMENT":"amount"}),ne=n("con.headroom",{percent:e.supplementMaxPercent,used:P(e.supplemented),left:P(e.supplementHeadroom)});return w`<form class="supplement" onSubmit=${_} novalidate aria-labelledby="supplement-heading">
    <h3 id="supplement-heading">${n("con.supplementTitle")}</h3>
    <p id="supplement-headroom" class=${e.supplementHeadroomFen>0?"hint":"hint off"}>${ne}</p>
    <${V} ui=${t} id="supplement-amount" label=${n("con.supplementAmount")} inputmode="decimal" value=${a} onInput=${c}
      hint=${n("con.headroomLeft",{left:P(e.supplementHeadroom)})} error=${L==="amount"?O:null}
      onBlur=${()=>Q(a)!=null&&c(Wn(Q(a)))} />
    <${V} ui=${t} id="supplement-description" label=${n("con.supplementDescription")} rows="2" value=${d} onInput=${p} error=${L==="description"?O:null} />
    <div class=${"field checkbox"+(L==="sameSubject"?" invalid":"")}>
      <input type="checkbox" id="supplement-same" checked=${f} onChange=${ae=>l(ae.currentTarget.checked)}
        aria-invalid=${L==="sameSubject"?"true":void 0} aria-describedby=${L==="sameSubject"?"supplement-same-error":void 0} />
      <label for="supplement-same">${n("con.sameSubject")}</label>
      ${L==="sameSubject"?w`<${r} error=${O} id="supplement-same-error" />`:null}
    </div>
    <fieldset class=${"supplement-milestone"+(L==="milestone"?" invalid":"")}>
      <legend>${n("con.supplementPayment")}</legend>
      <${V} ui=${t} id="supplement-pay-title" label=${n("con.supplementPayTitle")} value=${g} onInput=${I} />
      <${V} ui=${t} id="supplement-pay-due" label=${n("con.supplementPayDue")} type="date" value=${m} onInput=${u} />
      <div class="field"><label for="supplement-follows">${n("con.supplementFollows")}</label>
        <select id="supplement-follows" value=${v} onChange=${ae=>b(ae.currentTarget.value)}>
          ${s.map(ae=>w`<option value=${ae.id}>${ae.id} ${ae.title}</option>`)}
        </select></div>
      ${L==="milestone"?w`<${r} error=${O} id="supplement-milestone-error" />`:null}
    </fieldset>
    <div class="action">
      <button type="submit" id="supplement-submit" disabled=${A.busy}>${A.busy?n("submitting"):n("con.supplementSubmit")}</button>
      ${O&&!L?w`<${r} error=${O} id="supplement-error" />`:null}
    </div>
  </form>`}function ir({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,[s,a]=y(e.payments[0]?.id??""),[c,d]=y(""),[p,f]=y(""),[l,g]=y(null),I=H(i,{untilRemount:!0});if(e.payments.length===0)return null;let m=b=>{b.preventDefault();let $=Q(c);if($==null)return g(new j(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));g(null),I.run(zi,{contractId:e.id,paymentId:s,amountFen:$,reason:N(p),expectedVersion:e.version},()=>o(n("con.paymentCorrected")))},u=l??I.error,v=le(u,{amountFen:"amount",amount:"amount",reason:"reason"},{"CON-PAYMENT":"amount"});return w`<form class="correct-payment" onSubmit=${m} novalidate aria-labelledby="correct-payment-heading">
    <h3 id="correct-payment-heading">${n("con.correctPaymentTitle")}</h3>
    <p class="hint">${n("con.correctIntro")}</p>
    <div class="field"><label for="correct-payment">${n("con.correctWhichPayment")}</label>
      <select id="correct-payment" value=${s} onChange=${b=>a(b.currentTarget.value)}>
        ${e.payments.map(b=>w`<option value=${b.id}>${k(b.paidAt,i)} ${b.milestoneId} ${P(b.amount)} ${b.reference}</option>`)}
      </select></div>
    <${V} ui=${t} id="correct-payment-amount" label=${n("con.correctAmount")} inputmode="decimal" value=${c} onInput=${d} error=${v==="amount"?u:null} />
    <${V} ui=${t} id="correct-payment-reason" label=${n("con.correctReason")} rows="2" value=${p} onInput=${f} error=${v==="reason"?u:null} />
    <div class="action">
      <button type="submit" id="correct-payment-submit" disabled=${I.busy}>${n("con.correctSubmit")}</button>
      ${u&&!v?w`<${r} error=${u} id="correct-payment-error" />`:null}
    </div>
  </form>`}function rr({ui:t,c:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.milestones.filter($=>$.kind==="DELIVERY"&&$.acceptances.length>0),[a,c]=y(s[0]?.id??""),d=s.find($=>$.id===a)??s[0],p=d?.acceptances.at(-1)?.passed,[f,l]=y(null),[g,I]=y(""),m=H(i,{untilRemount:!0});if(!d)return null;let u=f??!p,v=$=>{$.preventDefault(),m.run(Qi,{contractId:e.id,milestoneId:d.id,passed:u,reason:N(g),expectedVersion:e.version},()=>o(n("con.acceptanceCorrected")))},b=le(m.error,{reason:"reason",passed:"passed"});return w`<form class="correct-acceptance" onSubmit=${v} novalidate aria-labelledby="correct-acceptance-heading">
    <h3 id="correct-acceptance-heading">${n("con.correctAcceptanceTitle")}</h3>
    <div class="field"><label for="correct-acceptance-milestone">${n("con.deliveryMilestone")}</label>
      <select id="correct-acceptance-milestone" value=${d.id} aria-describedby="correct-acceptance-current" onChange=${$=>(c($.currentTarget.value),l(null))}>
        ${s.map($=>w`<option value=${$.id}>${$.id} ${$.title}</option>`)}
      </select>
      <p class="hint" id="correct-acceptance-current">${n("con.currentResult",{result:n(p?"con.passed":"con.failed")})}</p></div>
    <fieldset class=${"result"+(b==="passed"?" invalid":"")}>
      <legend>${n("con.correctedResult")}</legend>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-passed" checked=${u===!0} onChange=${()=>l(!0)} />
        <label for="correct-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-failed" checked=${u===!1} onChange=${()=>l(!1)} />
        <label for="correct-failed">${n("con.failed")}</label></div>
      ${b==="passed"?w`<${r} error=${m.error} id="correct-acceptance-passed-error" />`:null}
    </fieldset>
    <${V} ui=${t} id="correct-acceptance-reason" label=${n("con.correctReason")} rows="2" value=${g} onInput=${I} error=${b==="reason"?m.error:null} />
    <div class="action">
      <button type="submit" id="correct-acceptance-submit" disabled=${m.busy}>${n("con.correctSubmit")}</button>
      ${m.error&&!b?w`<${r} error=${m.error} id="correct-acceptance-error" />`:null}
    </div>
  </form>`}function sr({ui:t,c:e,onDone:o}){let{t:n}=t,i={contractId:e.id,expectedVersion:e.version};return w`<div class="course">
    ${e.status==="ACTIVE"?w`<${he} ui=${t} id="suspend" title=${n("con.suspendTitle")} intro=${n("con.suspendIntro")} submitLabel=${n("con.suspend")}
          untilRemount mutation=${qi} input=${i} onDone=${()=>o(n("con.suspended"))} />`:null}
    ${e.status==="SUSPENDED"?w`<${he} ui=${t} id="resume" title=${n("con.resumeTitle")} submitLabel=${n("con.resume")}
          untilRemount mutation=${Yi} input=${i} onDone=${()=>o(n("con.resumed"))} />`:null}
    <${he} ui=${t} id="terminate" title=${n("con.terminateTitle")} intro=${n("con.terminateIntro")} submitLabel=${n("con.terminate")} danger
      untilRemount mutation=${Ki} input=${i} onDone=${()=>o(n("con.terminated"))} />
  </div>`}function ar(t,e){return e.kind==="PAYMENT"?e.paidFen>=e.amountFen?t("con.paidInFull"):e.paidFen>0?t("con.partlyPaid"):t("con.ocds."+e.ocdsStatus):t("con.ocds."+e.ocdsStatus)}function qn({ui:t,id:e,flash:o}){let{t:n,lang:i,claims:r,ErrorText:s,Link:a}=t,[c,d]=y(void 0),[p,f]=y(null),[l,g]=y(null),[I,m]=y(o),[u,v]=y(0);if(F(()=>{let S=!0;return x(Li,{id:e},{lang:i}).then(async L=>{if(S&&(d(L.contract),L.contract?.supplier)){let ne=await x(Fi,{id:L.contract.supplier},{lang:i});S&&f(ne.organisation?.name??L.contract.supplier)}}).catch(L=>S&&g(L)),()=>{S=!1}},[e,i,u]),l)return w`<main id="main"><${s} error=${l} /></main>`;if(c===void 0)return w`<main id="main"><p role="status">${n("loading")}</p></main>`;if(c===null)return w`<main id="main"><h1>${n("con.notFound")}</h1></main>`;let b=r?.role==="purchaser"&&r.organisation===c.purchaserUnit,$=b&&(c.status==="ACTIVE"||c.status==="SUSPENDED"),E=S=>(m(S),v(L=>L+1)),h=(S,L,ne)=>w`<div><dt>${n(S)}</dt><dd id=${ne}>${L}</dd></div>`,T=Object.fromEntries(c.milestones.map(S=>[S.id,S])),A=c.milestones.flatMap(S=>S.acceptances.map((L,ne)=>({m:S,a:L,inForce:ne===S.acceptances.length-1}))),_=c.milestones.filter(S=>S.kind==="DELIVERY").every(S=>S.accepted),O=c.payments.length>0||c.milestones.some(S=>S.acceptances.length>0);return w`<main id="main" class="contract">
    <h1>${c.title} <${Gn} t=${n} status=${c.status} /></h1>
    ${I?w`<p class="notice" role="status">${I}</p>`:null}
    <p>${n("con.between",{purchaser:c.purchaser,supplier:p??"\u2026"})} · ${n("jurisdiction")} ${c.jurisdiction} ·${" "}
      ${c.procurement?w`<${a} href=${"/app/procurements/"+c.procurement.id}>${n("con.fromProcurement")}<//>`:w`<${a} href=${"/app/contests/"+c.grant.contestId} id="contract-contest-link">${n("contest.fromContest")}<//>`}</p>
    ${c.overdue.unpaidFen>0?w`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${n("con.overdueTitle",{unpaid:se(c.overdue.unpaidFen)})}</h2>
          <ul>${c.overdue.milestones.map(S=>w`<li>${S.milestoneId} ${S.title}：${n("con.overdueSince",{due:K(S.due,i),unpaid:P(S.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${n("con.money")}</h2>
      <dl class="facts money-facts">
        ${h("con.amount",P(c.amount),"contract-amount")}
        ${h("con.supplemented",P(c.supplemented),"contract-supplemented")}
        ${h("con.total",P(c.total),"contract-total")}
        ${h("con.accepted",P(c.accepted),"contract-accepted")}
        ${h("con.paid",P(c.paid),"contract-paid")}
        ${h("con.remaining",P(c.remaining),"contract-remaining")}
        ${h("con.overdue",c.overdue.unpaidFen>0?w`<strong class="badge overdue">${P(c.overdue.unpaid)}</strong>`:P(c.overdue.unpaid),"contract-overdue")}
      </dl>
      <${Xi} t=${n} c=${c} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${n("con.terms")}</h2>
      <dl class="facts">
        ${h("con.supplier",p??c.supplier,"contract-supplier")}
        ${h("proc.purchaser",c.purchaser)}
        ${c.item?h("proc.item",w`<code>${c.item.code}</code> ${c.item.nameZh}`):null}
        ${c.method?h("proc.method",n("proc.methods."+c.method)):h("proc.method",n("contest.grantMethod"))}
        ${h("proc.servicePeriod",`${K(c.serviceStart,i)} \u2013 ${K(c.serviceEnd,i)}`)}
        ${h("con.signedAt",k(c.signedAt,i)+" "+n("proc.chinaTime"))}
        ${c.endedAt?h("con.endedAt",k(c.endedAt,i)):null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${n("con.milestones")}</h2>
      <table class="milestones">
        <caption class="sr-only">${n("con.milestones")}</caption>
        <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.kind")}</th><th scope="col">${n("con.title")}</th><th scope="col">${n("con.dueShort")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.paid")}</th><th scope="col">${n("state")}</th></tr></thead>
        <tbody>${c.milestones.map(S=>w`<tr data-id=${S.id}>
            <td><code>${S.id}</code></td>
            <td>${n("con.kinds."+S.kind)}${S.supplementId?w` <span class="badge">${n("con.fromSupplement")}</span>`:null}</td>
            <td>${S.title}${S.follows?w`<br /><span class="hint">${n("con.followsText",{id:S.follows,title:T[S.follows]?.title??""})}</span>`:null}</td>
            <td>${K(S.due,i)}</td>
            <td class="money">${S.kind==="PAYMENT"?P(S.amount):""}</td>
            <td class="money">${S.kind==="PAYMENT"?P(S.paid):""}</td>
            <td>${ar(n,S)}</td>
          </tr>`)}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${n("con.acceptances")}</h2>
      ${A.length===0?w`<p class="empty">${n("con.noAcceptances")}</p>`:null}
      ${A.length>0?w`<table class="acceptances"><caption class="sr-only">${n("con.acceptances")}</caption>
            <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.result")}</th><th scope="col">${n("con.recipientsShort")}</th><th scope="col">${n("con.report")}</th><th scope="col">${n("con.acceptedAt")}</th><th scope="col">${n("con.paymentDue")}</th></tr></thead>
            <tbody>${A.map(({m:S,a:L,inForce:ne})=>w`<tr class=${ne?"":"superseded"}>
                <td><code>${S.id}</code> ${S.title}</td>
                <td>${L.passed?w`<strong class="badge ok">${n("con.passed")}</strong>`:w`<span class="badge no">${n("con.failed")}</span>`}${ne?null:w` <span class="hint">${n("con.superseded")}</span>`}</td>
                <td>${n("con.recipientsCount",{count:L.recipientsParticipating})}${L.recipientsNote?w`<br /><span class="hint">${L.recipientsNote}</span>`:null}</td>
                <td>${L.report}</td>
                <td>${k(L.acceptedAt,i)}</td>
                <td>${L.paymentDue?K(L.paymentDue,i):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${n("con.payments")}</h2>
      ${c.payments.length===0?w`<p class="empty">${n("con.noPayments")}</p>`:null}
      ${c.payments.length>0?w`<table class="payments"><caption class="sr-only">${n("con.payments")}</caption>
            <thead><tr><th scope="col">${n("con.paidAt")}</th><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.reference")}</th><th scope="col">${n("con.onTime")}</th></tr></thead>
            <tbody>${c.payments.map(S=>w`<tr class=${S.late?"overdue":""}>
                <td>${k(S.paidAt,i)}</td>
                <td><code>${S.milestoneId}</code> ${T[S.milestoneId]?.title??""}</td>
                <td class="money">${P(S.amount)}</td>
                <td>${S.reference}</td>
                <td>${S.late?w`<span class="badge overdue">${n("con.late")}</span>`:n("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${c.supplements.length>0?w`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${n("con.supplements")}</h2>
          <ul>${c.supplements.map(S=>w`<li>${k(S.supplementedAt,i)}：${P(S.amount)} · ${S.description}</li>`)}</ul>
        </section>`:null}
    ${c.corrections.length>0?w`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${n("con.corrections")}</h2>
          <ul>${c.corrections.map(S=>w`<li>${k(S.correctedAt,i)}：${S.what==="PAYMENT"?n("con.correctedPayment",{from:se(S.oldAmountFen),to:se(S.newAmountFen)}):n("con.correctedAcceptance",{id:S.milestoneId,from:n(S.oldPassed?"con.passed":"con.failed"),to:n(S.newPassed?"con.passed":"con.failed")})} · ${S.reason}</li>`)}</ul>
        </section>`:null}
    ${c.statusChanges.length>0?w`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${n("con.statusChanges")}</h2>
          <ul>${c.statusChanges.map(S=>w`<li>${k(S.at,i)}：${n("con.statuses."+S.status)}${S.reason?" \xB7 "+S.reason:""}</li>`)}</ul>
        </section>`:null}
    <${Fn} ui=${t} contract=${c} />
    ${$||b&&O?w`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${n("con.actions")}</h2>
          ${c.status==="ACTIVE"?w`<${er} key=${"a"+u} ui=${t} c=${c} onDone=${E} />`:null}
          ${$?w`<${tr} key=${"p"+u} ui=${t} c=${c} onDone=${E} />`:null}
          ${c.status==="ACTIVE"&&_?w`<${pe} ui=${t} id="complete" label=${n("con.complete")} mutation=${Wi} input=${{contractId:c.id,expectedVersion:c.version}} onDone=${()=>E(n("con.completed"))} />`:null}
          ${c.status==="ACTIVE"?w`<${or} key=${"s"+c.version} ui=${t} c=${c} onDone=${E} />`:null}
          <${ir} key=${"cp"+c.version} ui=${t} c=${c} onDone=${E} />
          <${rr} key=${"ca"+c.version} ui=${t} c=${c} onDone=${E} />
          ${$?w`<${sr} key=${"k"+c.version} ui=${t} c=${c} onDone=${E} />`:null}
        </section>`:null}
  </main>`}async function cr(t,e){if(t.length===0)return{};let o=t.map((r,s)=>`$o${s}: UUID!`).join(", "),n=t.map((r,s)=>`o${s}: organisation(id: $o${s}) { id name }`).join(" "),i=await x(`query Names(${o}) { ${n} }`,Object.fromEntries(t.map((r,s)=>["o"+s,r])),{lang:e});return Object.fromEntries(Object.values(i).filter(Boolean).map(r=>[r.id,r.name]))}function Yn({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,Link:r}=t,s=n?.role==="ngo",[a,c]=y(null),[d,p]=y({}),[f,l]=y(null);F(()=>{let m=!0;return x(s?Mi:Ui,{},{lang:o}).then(async u=>{if(!m)return;let v=(s?u.myContracts:u.contracts).nodes;if(c(v),!s){let b=await cr([...new Set(v.map($=>$.supplier))].slice(0,100),o);m&&p(b)}}).catch(u=>m&&l(u)),()=>{m=!1}},[o,s]);let g=(a??[]).flatMap(m=>m.payments.map(u=>({c:m,pm:u}))).sort((m,u)=>u.pm.paidAt.localeCompare(m.pm.paidAt)),I=e(s?"con.myTitle":"con.unitTitle");return w`<main id="main">
    <h1>${I}</h1>
    <p>${e(s?"con.myIntro":"con.unitIntro")}</p>
    <${i} error=${f} />
    ${a==null&&!f?w`<p role="status">${e("loading")}</p>`:null}
    ${a&&a.length===0?w`<p class="empty">${e("con.none")}</p>`:null}
    ${a&&a.length>0?w`<table class="board contracts">
          <caption>${I}</caption>
          <thead><tr><th scope="col">${e("con.title")}</th><th scope="col">${e(s?"proc.purchaser":"con.supplier")}</th><th scope="col">${e("con.total")}</th><th scope="col">${e("con.paid")}</th><th scope="col">${e("con.remaining")}</th><th scope="col">${e("con.overdue")}</th><th scope="col">${e("state")}</th></tr></thead>
          <tbody>${a.map(m=>w`<tr class=${m.overdue.unpaidFen>0?"overdue":""}>
              <td><${r} href=${"/app/contracts/"+m.id}>${m.title}<//></td>
              <td>${s?m.purchaser:d[m.supplier]??w`<code>${m.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${P(m.total)}</td>
              <td class="money">${P(m.paid)}</td>
              <td class="money">${P(m.remaining)}</td>
              <td class="money">${m.overdue.unpaidFen>0?w`<span class="badge overdue">${se(m.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${Gn} t=${e} status=${m.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
    ${s&&a&&a.length>0?w`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${e("con.received")}</h2>
          ${g.length===0?w`<p class="empty">${e("con.noPayments")}</p>`:null}
          ${g.length>0?w`<table class="payments received"><caption class="sr-only">${e("con.received")}</caption>
                <thead><tr><th scope="col">${e("con.paidAt")}</th><th scope="col">${e("con.title")}</th><th scope="col">${e("con.milestoneId")}</th><th scope="col">${e("con.amountShort")}</th><th scope="col">${e("con.reference")}</th><th scope="col">${e("con.onTime")}</th></tr></thead>
                <tbody>${g.map(({c:m,pm:u})=>w`<tr>
                    <td>${k(u.paidAt,o)}</td>
                    <td>${m.title}</td>
                    <td><code>${u.milestoneId}</code></td>
                    <td class="money">${P(u.amount)}</td>
                    <td>${u.reference}</td>
                    <td>${u.late?w`<span class="badge overdue">${e("con.late")}</span>`:e("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var D=z.bind(Y),lr=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],dr=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],zn="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",ur=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${zn} } }
}`,pr=`${zn} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects documents { name sha256 } }
  report { committeeId ranking { rank bidId organisationId price total } }
  excluded { bidId why reason } candidateBidId
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt complaints }
  ended { rule reason at }
  contract { id status }`,mr=`query One($id: UUID!) { procurement(id: $id) { ${pr} } }`,Kn=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,$r=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,hr=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,fr="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",gr="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",br="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",vr="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",yr="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",Ir="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",Er="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }",Tr="mutation Amend($i: AmendProcurementInput!) { amendProcurement(input: $i) { version } }",Ar="mutation Cancel($i: ProcurementReasonInput!) { cancelProcurement(input: $i) { version } }",Sr="mutation Decline($i: RankedBidReasonInput!) { declineAward(input: $i) { version } }",_r="mutation Disqualify($i: RankedBidReasonInput!) { disqualifyBid(input: $i) { version } }",Cr="mutation Complaint($i: RecordComplaintInput!) { recordComplaint(input: $i) { version } }";function Ee(t){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t)?`${t}:00+08:00`:t}function lt(t){let e=new Date(Pe()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function Ve(t,e){return t.openedBids.find(o=>o.organisationId===e)?.organisationName??e}function Qn({t,status:e}){return e?D`<span class=${"status status-"+e.toLowerCase()}>${t("proc.statuses."+e)}</span>`:null}function Zn({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,c=i?.role==="purchaser",[d,p]=y(e.get("jurisdiction")??i?.jurisdiction??""),[f,l]=y(e.get("status")??""),[g,I]=y(e.get("item")??""),m=c&&e.get("mine")==="1",[u,v]=y(null),[b,$]=y(null),E=e.toString();F(()=>{let T=e.get("jurisdiction")??i?.jurisdiction;if(!m&&!T)return v(null);let A=m?{mine:!0}:{jurisdiction:T};e.get("status")&&(A.status=e.get("status")),!m&&e.get("item")&&(A.item=e.get("item"));let _=!0;return $(null),x(ur,{f:A},{lang:n}).then(O=>_&&v(O.procurements),O=>_&&($(O),v(null))),()=>{_=!1}},[E,n,m]);let h=T=>{T.preventDefault();let A=new URLSearchParams;N(d)&&A.set("jurisdiction",N(d)),f&&A.set("status",f),N(g)&&A.set("item",N(g).toUpperCase()),a("/app/procurements?"+A.toString())};return D`<main id="main">
    <h1>${o(m?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${o(m?"proc.mineIntro":"proc.boardIntro")}</p>
    ${c?D`<p class="actions">
          <${s} href="/app/procurements/new" class="button">${o("proc.draftTitle")}<//>
          ${" "}<${s} href=${m?"/app/procurements":"/app/procurements?mine=1"}>${o(m?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${m?null:D`<form class="search board-filter" role="search" onSubmit=${h} aria-label=${o("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${o("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${d} onInput=${T=>p(T.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${o("state")}</label>
            <select id="board-status" value=${f} onChange=${T=>l(T.currentTarget.value)}>
              <option value="">${o("proc.anyStatus")}</option>
              ${lr.map(T=>D`<option value=${T}>${o("proc.statuses."+T)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${o("proc.itemCode")}</label>
            <input id="board-item" value=${g} spellcheck=${!1} onInput=${T=>I(T.currentTarget.value)} /></div>
          <button type="submit">${o("search")}</button>
        </form>`}
    <${r} error=${b} />
    ${u&&u.nodes.length===0?D`<p class="empty" role="status">${o("proc.boardEmpty")}</p>`:null}
    ${u&&u.nodes.length>0?D`<table class="board">
          <caption>${o("proc.boardCount",{count:u.totalCount})}</caption>
          <thead><tr><th scope="col">${o("proc.title")}</th><th scope="col">${o("proc.purchaser")}</th><th scope="col">${o("proc.item")}</th><th scope="col">${o("proc.budget")}</th><th scope="col">${o("proc.bidDeadline")}</th><th scope="col">${o("state")}</th></tr></thead>
          <tbody>
            ${u.nodes.map(T=>D`<tr>
                <td><${s} href=${"/app/procurements/"+T.id}>${T.title}<//></td>
                <td>${T.purchaser}</td>
                <td><code>${T.item.code}</code> ${T.item.nameZh}</td>
                <td class="money">${P(T.budget)}</td>
                <td>${k(T.bidDeadline,n)}</td>
                <td><${Qn} t=${o} status=${T.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Dt(t,e){let o=[],n=null;for(let a=0;a<5;a++){let c=await x(hr,{j:t,after:n},{lang:e});if(!c.catalogue)return null;if(o.push(...c.catalogue.items.nodes),!c.catalogue.items.pageInfo.hasNextPage)break;n=c.catalogue.items.pageInfo.endCursor}let i=new Map;for(let a of o)i.set(a.parent??"",[...i.get(a.parent??"")??[],a]);let r=[],s=(a,c)=>{for(let d of(i.get(a)??[]).sort((p,f)=>p.code.localeCompare(f.code)))r.push({...d,depth:c}),c<10&&s(d.code,c+1)};return s("",0),r}function wt(t){let e=N(t).replace(/[\uFF10-\uFF19]/g,o=>String.fromCharCode(o.charCodeAt(0)-65248));return/^\d{1,4}$/.test(e)?Number(e):null}var Rr=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],wr={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function Dr(t){if(!t)return null;let e=t.field?.split(".")[0];return e==="budget"?"budgetFen":e==="bidSecurity"?"bidSecurityFen":e&&(Rr.includes(e)||e.startsWith("scoring"))?e.startsWith("scoring")?"scoring":e:wr[t.rule]??null}function Jn({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,navigate:r}=t,[s,a]=y(void 0),[c,d]=y(null),[p,f]=y(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:lt(60),serviceEnd:lt(330),bidDeadline:lt(21)+"T17:00",openingAt:lt(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:e("proc.defaultPlan"),points:"40"},{name:e("proc.defaultTeam"),points:"30"}]})),[l,g]=y(null),I=H(o);F(()=>{let A=!0;return Dt(n.jurisdiction,o).then(_=>A&&a(_),_=>A&&d(_)),()=>{A=!1}},[n.jurisdiction,o]);let m=(A,_)=>f(O=>({...O,[A]:_})),u=(A,_,O)=>f(S=>({...S,criteria:S.criteria.map((L,ne)=>ne===A?{...L,[_]:O}:L)})),v=A=>{A.preventDefault();let _=Q(p.budget),O=Q(p.bidSecurity||"0");if(_==null)return g(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(O==null)return g(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([p.minRating,p.minYears].some(L=>N(L)&&wt(L)==null))return g(new j(e("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));g(null);let S={purchaser:N(p.purchaser),title:N(p.title),description:N(p.description),item:p.item,method:p.method,budgetFen:_,bidSecurityFen:O,serviceStart:p.serviceStart,serviceEnd:p.serviceEnd,requirements:{kinds:p.kinds,minRating:wt(p.minRating),minYearsRegistered:wt(p.minYears)},scoring:{priceWeightPercent:Number(p.priceWeight)||0,criteria:p.criteria.filter(L=>N(L.name)).map((L,ne)=>({key:"c"+(ne+1),name:N(L.name),maxPoints:Number(L.points)||0}))},bidDeadline:Ee(p.bidDeadline),openingAt:Ee(p.openingAt)};I.run(fr,S,L=>r("/app/procurements/"+L.draftProcurement.id+"?drafted=1"))},b=l??I.error,$=Dr(b),E=A=>({id:"draft-"+A,"aria-invalid":$===A?"true":void 0,"aria-describedby":$===A?"draft-"+A+"-error":void 0}),h=A=>$===A?D`<${i} error=${b} id=${"draft-"+A+"-error"} />`:null,T=(A,_,O={})=>D`<div class=${"field"+($===A?" invalid":"")}>
    <label for=${"draft-"+A}>${e(_)}</label>
    <input ...${E(A)} value=${p[O.key??A]} type=${O.type??"text"} inputmode=${O.inputmode}
      onInput=${S=>m(O.key??A,S.currentTarget.value)} />
    ${O.hint?D`<p class="hint">${e(O.hint)}</p>`:null}
    ${h(A)}
  </div>`;return D`<main id="main">
    <h1>${e("proc.draftTitle")}</h1>
    <p>${e("proc.draftIntro",{jurisdiction:n.jurisdiction})}</p>
    <${i} error=${c} />
    ${s===null?D`<p class="error" role="alert">${e("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${v} novalidate>
      ${T("purchaser","proc.purchaser")}
      ${T("title","proc.title")}
      <div class=${"field"+($==="description"?" invalid":"")}>
        <label for="draft-description">${e("proc.description")}</label>
        <textarea ...${E("description")} rows="3" value=${p.description} onInput=${A=>m("description",A.currentTarget.value)}></textarea>
        ${h("description")}
      </div>
      <div class=${"field"+($==="item"?" invalid":"")}>
        <label for="draft-item">${e("proc.item")}</label>
        <select ...${E("item")} value=${p.item} onChange=${A=>m("item",A.currentTarget.value)}>
          <option value="">${e("proc.pickItem")}</option>
          ${(s??[]).map(A=>D`<option value=${A.code} disabled=${A.status!=="ACTIVE"}>
              ${"\u3000".repeat(A.depth)}${A.code} ${o==="en"&&A.nameEn?A.nameEn:A.nameZh}${A.status!=="ACTIVE"?" "+e("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${e("proc.itemHint")}</p>
        ${h("item")}
      </div>
      <div class="field">
        <label for="draft-method">${e("proc.method")}</label>
        <select id="draft-method" value=${p.method} onChange=${A=>m("method",A.currentTarget.value)}>
          ${dr.map(A=>D`<option value=${A}>${e("proc.methods."+A)}</option>`)}
        </select>
      </div>
      ${T("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${T("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${T("serviceStart","proc.serviceStart",{type:"date"})}
      ${T("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${T("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${T("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+($==="requirements"?" invalid":"")}>
        <legend>${e("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(A=>D`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+A} checked=${p.kinds.includes(A)}
            onChange=${_=>m("kinds",_.currentTarget.checked?[...p.kinds,A]:p.kinds.filter(O=>O!==A))} />
            <label for=${"draft-kind-"+A}>${e("kinds."+A)}</label></div>`)}
        <p class="hint">${e("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${e("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${p.minRating} aria-describedby=${"draft-limits-hint"+($==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${$==="requirements"?"true":void 0} onInput=${A=>m("minRating",A.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${e("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${p.minYears} aria-describedby=${"draft-limits-hint"+($==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${$==="requirements"?"true":void 0} onInput=${A=>m("minYears",A.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${e("proc.limitsHint")}</p>
        ${h("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+($==="scoring"?" invalid":"")}>
        <legend>${e("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${e("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${p.priceWeight} onInput=${A=>m("priceWeight",A.currentTarget.value)}
            aria-invalid=${$==="scoring"?"true":void 0} aria-describedby=${$==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${p.criteria.map((A,_)=>D`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+_}>${e("proc.criterion",{n:_+1})}</label>
              <input id=${"draft-criterion-"+_} value=${A.name} onInput=${O=>u(_,"name",O.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+_}>${e("proc.maxPoints")}</label>
              <input id=${"draft-points-"+_} inputmode="numeric" value=${A.points} onInput=${O=>u(_,"points",O.currentTarget.value)} /></div>
          </div>`)}
        ${h("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${I.busy}>${I.busy?e("submitting"):e("proc.saveDraft")}</button>
        ${b&&!$?D`<${i} error=${b} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function ke(t){let e=Date.parse(t);return Number.isNaN(e)?"":new Date(e+8*36e5).toISOString().slice(0,16)}function Pr({ui:t,p:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,[s,a]=y(e.description),[c,d]=y(ke(e.bidDeadline)),[p,f]=y(ke(e.openingAt)),[l,g]=y(!1),[I,m]=y(""),u=H(i,{untilRemount:!0}),v=h=>{h.preventDefault();let T={procurementId:e.id,substantive:l,reason:N(I),expectedVersion:e.version};N(s)!==e.description&&(T.description=N(s)),c!==ke(e.bidDeadline)&&(T.bidDeadline=Ee(c)),p!==ke(e.openingAt)&&(T.openingAt=Ee(p)),u.run(Tr,T,()=>o(n("proc.amended")))},b=u.error,$=le(b,{description:"description",bidDeadline:"bidDeadline",openingAt:"openingAt",reason:"reason"},{"PROC-PERIOD":"bidDeadline"}),E=h=>$===h?b:null;return D`<form class="amend" onSubmit=${v} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">${n("proc.amendTitle")}</h3>
    <p>${n("proc.amendIntro")}</p>
    <${V} ui=${t} id="amend-description" label=${n("proc.description")} rows="3" value=${s} onInput=${a} error=${E("description")} />
    <${V} ui=${t} id="amend-deadline" label=${n("proc.bidDeadline")} type="datetime-local" value=${c} onInput=${d} hint=${n("proc.amendDeadlineHint")} error=${E("bidDeadline")} />
    <${V} ui=${t} id="amend-opening" label=${n("proc.openingAt")} type="datetime-local" value=${p} onInput=${f} hint=${n("proc.chinaTimeHint")} error=${E("openingAt")} />
    <div class="field checkbox"><input type="checkbox" id="amend-substantive" checked=${l} onChange=${h=>g(h.currentTarget.checked)} aria-describedby="amend-substantive-hint" />
      <label for="amend-substantive">${n("proc.substantive")}</label>
      <p class="hint" id="amend-substantive-hint">${n("proc.substantiveHint")}</p></div>
    <${V} ui=${t} id="amend-reason" label=${n("proc.amendReason")} rows="2" value=${I} onInput=${m} error=${E("reason")} />
    <div class="action">
      <button type="submit" id="amend-submit" disabled=${u.busy}>${u.busy?n("submitting"):n("proc.amend")}</button>
      ${b&&!$?D`<${r} error=${b} id="amend-error" />`:null}
    </div>
  </form>`}function Nr({ui:t,p:e,onDone:o}){let{t:n,lang:i,ErrorText:r}=t,s=e.report.ranking.filter(v=>!e.excluded.some(b=>b.bidId===v.bidId)),[a,c]=y(e.candidateBidId??s[0]?.bidId??""),[d,p]=y("DECLINE"),[f,l]=y(""),g=H(i,{untilRemount:!0});if(s.length===0)return null;let I=v=>{v.preventDefault(),g.run(d==="DECLINE"?Sr:_r,{procurementId:e.id,bidId:a,reason:N(f),expectedVersion:e.version},()=>o(n(d==="DECLINE"?"proc.declined":"proc.disqualified")))},m=g.error,u=le(m,{bidId:"bid",reason:"reason"},{"AWARD-RANK":"bid"});return D`<form class="exclude" onSubmit=${I} novalidate aria-labelledby="exclude-heading">
    <h3 id="exclude-heading">${n("proc.excludeTitle")}</h3>
    <p>${n("proc.excludeIntro")}</p>
    <div class=${"field"+(u==="bid"?" invalid":"")}><label for="exclude-bid">${n("proc.rankedBid")}</label>
      <select id="exclude-bid" value=${a} aria-invalid=${u==="bid"?"true":void 0} aria-describedby=${u==="bid"?"exclude-bid-error":void 0} onChange=${v=>c(v.currentTarget.value)}>
        ${s.map(v=>D`<option value=${v.bidId}>${n("proc.rankedOption",{rank:v.rank,name:Ve(e,v.organisationId),price:P(v.price)})}${v.bidId===e.candidateBidId?n("proc.candidateMark"):""}</option>`)}
      </select>
      ${u==="bid"?D`<${r} error=${m} id="exclude-bid-error" />`:null}</div>
    <fieldset class="result">
      <legend>${n("proc.excludeWhat")}</legend>
      ${["DECLINE","DISQUALIFY"].map(v=>D`<div class="field checkbox"><input type="radio" name="exclude-what" id=${"exclude-"+v.toLowerCase()} checked=${d===v} onChange=${()=>p(v)} />
          <label for=${"exclude-"+v.toLowerCase()}>${n("proc.excludeKinds."+v)}</label></div>`)}
    </fieldset>
    <${V} ui=${t} id="exclude-reason" label=${n("reasonLabel")} rows="2" value=${f} onInput=${l} error=${u==="reason"?m:null} />
    <div class="action">
      <button type="submit" id="exclude-submit" disabled=${g.busy}>${g.busy?n("submitting"):n("proc.excludeSubmit")}</button>
      ${m&&!u?D`<${r} error=${m} id="exclude-error" />`:null}
    </div>
  </form>`}function kr({ui:t,p:e,challenge:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y(""),d=H(r,{untilRemount:!0}),p="complaint-"+o.challengeId,f=g=>{g.preventDefault(),d.run(Cr,{procurementId:e.id,challengeId:o.challengeId,reference:N(a),expectedVersion:e.version},()=>n(i("proc.complaintRecorded")))},l=le(d.error,{reference:"reference"})==="reference";return D`<form class="complaint" onSubmit=${f} novalidate>
    <${V} ui=${t} id=${p+"-reference"} label=${i("proc.complaintReference")} value=${a} onInput=${c}
      hint=${i("proc.complaintHint")} error=${l?d.error:null} />
    <div class="action">
      <button type="submit" class="secondary" disabled=${d.busy}>${i("proc.recordComplaint")}</button>
      ${d.error&&!l?D`<${s} error=${d.error} id=${p+"-error"} />`:null}
    </div>
  </form>`}function Or({ui:t,p:e,challenge:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y("DISMISSED"),[d,p]=y(""),f=H(r),l="answer-"+o.challengeId;return D`<form class="answer" onSubmit=${I=>{I.preventDefault(),f.run(Er,{procurementId:e.id,challengeId:o.challengeId,decision:a,reply:N(d),expectedVersion:e.version},n)}}>
    <div class="field"><label for=${l+"-decision"}>${i("proc.decision")}</label>
      <select id=${l+"-decision"} value=${a} onChange=${I=>c(I.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(I=>D`<option value=${I}>${i("proc.decisions."+I)}</option>`)}
      </select></div>
    <div class="field"><label for=${l+"-reply"}>${i("proc.reply")}</label>
      <textarea id=${l+"-reply"} rows="2" value=${d} onInput=${I=>p(I.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${f.busy}>${i("proc.answer")}</button>
      <${s} error=${f.error} id=${l+"-error"} />
    </div>
  </form>`}function xr({ui:t,p:e,generation:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y([]),[d,p]=y("5"),[f,l]=y(null),g=H(r);F(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(e.status))return;let u=!0;return x($r,{id:e.id},{lang:r}).then(v=>u&&c(v.procurementCommittees),v=>u&&l(v)),()=>{u=!1}},[e.id,o,r]);let I={procurementId:e.id,expectedVersion:e.version},m=u=>()=>n(i(u));return D`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${i("proc.purchaserActions")}</h2>
    <${s} error=${f} />
    ${e.status==="DRAFT"?D`<p>${i("proc.publishIntro")}</p>
          <${pe} ui=${t} id="publish" label=${i("proc.publish")} mutation=${gr} input=${I} onDone=${m("proc.published")} />`:null}
    ${e.status==="PUBLISHED"||e.status==="BIDDING_CLOSED"?D`<p>${i("proc.openIntro",{at:k(e.openingAt,r)})}</p>
          <${pe} ui=${t} id="open-bids" label=${i("proc.openBids")} mutation=${br} input=${I} onDone=${m("proc.opened")} />`:null}
    ${e.status==="PUBLISHED"?D`<${Pr} key=${"amend"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.status==="OPENED"||a.length>0?D`<h3>${i("proc.committees")}</h3>
          ${a.length===0?D`<p class="empty">${i("proc.noCommittee")}</p>`:null}
          ${a.length>0?D`<table class="committees"><caption>${i("proc.committees")}</caption>
                <thead><tr><th scope="col">${i("state")}</th><th scope="col">${i("proc.seats")}</th><th scope="col">${i("proc.submitted")}</th><th scope="col">${i("proc.constitutedAt")}</th></tr></thead>
                <tbody>${a.map(u=>D`<tr><td>${i("proc.committeeStatuses."+u.status)}</td><td>${u.sitting} / ${u.seats}</td><td>${u.submitted} / ${u.sitting}</td><td>${k(u.constitutedAt,r)}</td></tr>`)}</tbody></table>`:null}
          ${a.filter(u=>u.status==="SCORING").map(u=>u.submitted<u.sitting?D`<p class="hint" id="committee-waiting">${i("proc.waitingSheets",{count:u.sitting-u.submitted})}</p>`:D`<${pe} ui=${t} id="conclude" label=${i("proc.conclude")} mutation=${yr}
                    input=${{committeeId:u.committeeId,expectedVersion:u.version}} onDone=${m("proc.concluded")} />`)}
          ${e.status==="OPENED"&&!a.some(u=>u.status==="SCORING")?D`<form class="constitute" onSubmit=${u=>{u.preventDefault(),g.run(vr,{procurementId:e.id,experts:Number(d)||0,representatives:[]},m("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${i("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${d} onInput=${u=>p(u.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${g.busy}>${i("proc.constitute")}</button>
                  <${s} error=${g.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${e.status==="EVALUATED"&&e.report?D`<h3>${i("proc.award")}</h3>
          <p>${i("proc.awardIntro")}</p>
          ${e.report.ranking.map(u=>D`<${pe} ui=${t} id=${"award-"+u.rank} label=${i("proc.awardTo",{rank:u.rank,name:Ve(e,u.organisationId),price:P(u.price)})}
              mutation=${Ir} input=${{...I,bidId:u.bidId}} onDone=${m("proc.awarded")} />`)}`:null}
    ${(e.status==="EVALUATED"||e.status==="AWARDED")&&e.report?D`<${Nr} key=${"exclude"+e.version} ui=${t} p=${e} onDone=${n} />`:null}
    ${e.challenges.filter(u=>!u.decision).map(u=>D`<h3>${i("proc.answerChallenge",{due:K(u.replyDue,r)})}</h3>
          <p>${u.grounds}</p>
          <${Or} ui=${t} p=${e} challenge=${u} onDone=${m("proc.answered")} />`)}
    ${e.challenges.length>0&&e.status!=="DRAFT"&&e.status!=="PUBLISHED"?D`<h3>${i("proc.complaintTitle")}</h3>
          ${e.challenges.map(u=>D`<p>${i("proc.complaintAbout",{grounds:u.grounds})}</p>
              <${kr} key=${u.challengeId+e.version} ui=${t} p=${e} challenge=${u} onDone=${n} />`)}`:null}
    ${["DRAFT","PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED"].includes(e.status)?D`<${he} key=${"cancel"+e.version} ui=${t} id="cancel" title=${i("proc.cancelTitle")} intro=${i("proc.cancelIntro")} submitLabel=${i("proc.cancel")} danger
          untilRemount mutation=${Ar} input=${I} onDone=${m("proc.cancelled")} />`:null}
  </section>`}function Xn({ui:t,id:e,flash:o}){let{t:n,lang:i,claims:r,ErrorText:s}=t,[a,c]=y(void 0),[d,p]=y(null),[f,l]=y(null),[g,I]=y(o),[m,u]=y(0);F(()=>{let E=!0;return x(mr,{id:e},{lang:i}).then(async h=>{if(!E)return;c(h.procurement);let A=h.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(h.procurement.status)?(await x(Kn,{id:e},{lang:i})).sealedBids:null;E&&p(A)}).catch(h=>E&&l(h)),()=>{E=!1}},[e,i,m]);let v=a?.status==="PUBLISHED";if(F(()=>{if(!v)return;let E=setInterval(()=>{x(Kn,{id:e},{lang:i}).then(p,()=>{})},3e4);return()=>clearInterval(E)},[v,e,i]),f)return D`<main id="main"><${s} error=${f} /></main>`;if(a===void 0)return D`<main id="main"><p role="status">${n("loading")}</p></main>`;if(a===null)return D`<main id="main"><h1>${n("proc.notFound")}</h1></main>`;let b=r?.role==="purchaser"&&r.organisation===a.purchaserUnit,$=(E,h,T)=>D`<div><dt>${n(E)}</dt><dd id=${T}>${h}</dd></div>`;return D`<main id="main" class="procurement">
    <h1>${a.title}</h1>
    ${g?D`<p class="notice" role="status">${g}</p>`:null}
    <p><${Qn} t=${n} status=${a.status} /> ${a.purchaser} · ${n("jurisdiction")} ${a.jurisdiction}
      ${r?.role==="auditor"||r?.role==="admin"?D` · <${t.Link} href=${"/app/audit/purchases/"+a.id} id="purchase-audit-link">${n("paudit.open")}<//>`:null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${n("proc.terms")}</h2>
      <p>${a.description}</p>
      <dl class="facts">
        ${$("proc.item",D`<code>${a.item.code}</code> ${a.item.nameZh}`)}
        ${$("proc.method",n("proc.methods."+a.method))}
        ${$("proc.budget",P(a.budget),"proc-budget")}
        ${$("proc.bidSecurity",P(a.bidSecurity))}
        ${$("proc.servicePeriod",`${K(a.serviceStart,i)} \u2013 ${K(a.serviceEnd,i)}`)}
        ${$("proc.bidDeadline",k(a.bidDeadline,i)+" "+n("proc.chinaTime"),"proc-deadline")}
        ${$("proc.openingAt",k(a.openingAt,i)+" "+n("proc.chinaTime"),"proc-opening")}
        ${a.publishedAt?$("proc.publishedAt",k(a.publishedAt,i)):null}
        ${$("proc.eligibility",a.requirements.kinds.length?a.requirements.kinds.map(E=>n("kinds."+E)).join("\u3001"):n("proc.anyKind"))}
        ${a.requirements.minRating!=null?$("proc.minRating",`${a.requirements.minRating}A`):null}
        ${a.requirements.minYearsRegistered!=null?$("proc.minYears",String(a.requirements.minYearsRegistered)):null}
        ${$("proc.scoring",[n("proc.priceWeightShort",{n:a.scoring.priceWeightPercent}),...a.scoring.criteria.map(E=>`${E.name} ${E.maxPoints}`)].join("\uFF1B"))}
        ${a.amendments?$("proc.amendments",String(a.amendments)):null}
      </dl>
    </section>
    ${d?D`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${n("proc.sealedBids")}</h2>
          <p id="sealed-count">${n("proc.sealedCount",{count:d.totalCount})}</p>
          <p class="hint">${n("proc.sealedIntro")}</p>
          ${d.nodes.length>0?D`<table class="sealed"><caption>${n("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${n("proc.sealedAt")}</th><th scope="col">${n("proc.commitment")}</th></tr></thead>
                <tbody>${d.nodes.map(E=>D`<tr><td>${k(E.sealedAt,i)}</td><td><code class="hash">${E.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${a.openedAt?D`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${n("proc.opening",{at:k(a.openedAt,i)})}</h2>
          ${a.openedBids.length===0?D`<p class="empty">${n("proc.noBids")}</p>`:null}
          ${a.openedBids.length>0?D`<table class="opened"><caption>${n("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${n("organisation")}</th><th scope="col">${n("proc.price")}</th><th scope="col">${n("proc.valid")}</th><th scope="col">${n("proc.commitmentAndDocuments")}</th></tr></thead>
                <tbody>${a.openedBids.map(E=>D`<tr><td>${E.organisationName}</td><td class="money">${P(E.price)}</td>
                    <td>${E.valid?n("proc.validYes"):D`${n("proc.validNo")}: ${E.defects.join("\uFF1B")}`}</td><td><code class="hash">${E.commitment}</code>${E.documents.length?D`<ul class="documents">${E.documents.map(h=>D`<li><span class="name">${h.name}</span> <code class="hash">${h.sha256}</code></li>`)}</ul>`:null}</td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${a.report?D`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n("proc.ranking")}</h2>
          <ol class="ranking">${a.report.ranking.map(E=>{let h=a.excluded.find(T=>T.bidId===E.bidId);return D`<li class=${h?"excluded":""}>${Ve(a,E.organisationId)} · ${P(E.price)} · ${n("proc.total",{total:E.total})}${h?D` · <span class="badge no">${n("proc.exclusions."+h.why)}</span>${n("proc.exclusionReason",{reason:h.reason})}`:null}</li>`})}</ol>
        </section>`:null}
    ${a.award?D`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${n("proc.awardNotice")}</h2>
          <p id="award-notice">${n("proc.awardText",{organisation:Ve(a,a.award.organisationId),price:P(a.award.price),at:k(a.award.noticedAt,i),deadline:K(a.award.challengeDeadline,i)})}</p>
          ${a.contract?D`<p><${t.Link} href=${"/app/contracts/"+a.contract.id} id="contract-link">${n("con.contractLink",{status:n("con.statuses."+a.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${b&&a.status==="AWARDED"&&a.award&&!a.contract?D`<${ct} ui=${t} p=${a} supplierName=${Ve(a,a.award.organisationId)} />`:null}
    ${a.challenges.length>0?D`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${n("proc.challenges")}</h2>
          <ul>${a.challenges.map(E=>D`<li>${k(E.filedAt,i)}: ${E.grounds} — ${E.decision?`${n("proc.decisions."+E.decision)}\uFF1A${E.reply??""}`:n("proc.unanswered",{due:K(E.replyDue,i)})}${E.complaints.length?D`<br /><span class="complaints">${n("proc.complaints",{refs:E.complaints.join("\u3001")})}</span>`:null}</li>`)}</ul>
        </section>`:null}
    ${a.ended?D`<p class="notice">${n("proc.ended",{reason:a.ended.reason,at:k(a.ended.at,i)})}${a.ended.rule?` (${a.ended.rule})`:""}</p>`:null}
    ${b?D`<${xr} ui=${t} p=${a} generation=${m} onDone=${E=>(I(E),u(h=>h+1))} />`:null}
    ${r?.role==="ngo"?D`<${Pn} ui=${t} procurement=${a} onChanged=${()=>u(E=>E+1)} />`:null}
  </main>`}var ie=z.bind(Y),Pt=t=>P(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`),Lr=`query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`,Fr="query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }",Mr=`query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`,Ur="query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }",jr="query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }",Br=10,Hr=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,eo=t=>t.split("-")[0],Vr=120;function to(t,e,o){return o==null?t("audit.empty"):Hr.test(o)?k(o,e):o.length<=Vr?o:ie`<details class="long"><summary>${o.slice(0,60)}…</summary><code>${o}</code></details>`}function Wr(t){let e=/^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(t);return e&&e[2]!=="999999"?`${e[1]}.${String(Number(e[2])+1).padStart(6,"0")}${e[3]}`:new Date(new Date(t).getTime()+1).toISOString()}function Gr(t,e){let o=URL.createObjectURL(new Blob([JSON.stringify(t,null,2)+`
`],{type:"application/json"})),n=document.createElement("a");n.href=o,n.download=e,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(o),6e4)}function qr({ui:t,id:e}){let{t:o,lang:n,ErrorText:i}=t,[r,s]=y(null),[a,c]=y(null),d=async p=>{if(!a){c(p),s(null);try{let f=await x(p==="releases"?Ur:jr,{id:e},{lang:n}),l=p==="releases"?f.ocdsReleasePackage:f.ocdsRecordPackage;if(l==null)throw Object.assign(new Error(o("paudit.ocdsNone")),{code:"NOT_FOUND"});Gr(l,`ocds-${p==="releases"?"release":"record"}-package-${e}.json`)}catch(f){s(f)}finally{c(null)}}};return ie`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${o("paudit.ocds")}</h2>
    <p>${o("paudit.ocdsIntro")}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!a} onClick=${()=>d("releases")}>${o("paudit.ocdsReleases")}</button>
      ${" "}<button type="button" id="ocds-records" disabled=${!!a} onClick=${()=>d("records")}>${o("paudit.ocdsRecords")}</button>
    </p>
    <${i} error=${r} id="ocds-error" />
  </section>`}function Yr({ui:t,contractId:e,entries:o}){let{t:n,lang:i,ErrorText:r}=t,s=o.filter(u=>u.stream==="contract-"+e),[a,c]=y(null),d=a??Math.max(0,s.length-1),[p,f]=y(null),[l,g]=y(null),I=s[d]?.recordedAt;if(F(()=>{if(!I)return;let u=!0;return x(Mr,{id:e,at:Wr(I)},{lang:i}).then(v=>u&&(f(v.contractAsOf),g(null)),v=>u&&g(v)),()=>{u=!1}},[e,I,i]),s.length===0)return null;let m=s[d];return ie`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${n("paudit.asOf")}</h2>
    <div class="field">
      <label for="asof-contract">${n("paudit.asOfPick")}</label>
      <input id="asof-contract" type="range" min="0" max=${s.length-1} step="1" value=${d}
        aria-valuetext=${`${m.version} \xB7 ${m.kind} \xB7 ${k(m.recordedAt,i)}`} onInput=${u=>c(Number(u.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${n("paudit.asOfAt",{version:m.version,kind:m.kind,at:k(m.recordedAt,i)})}</p>
    </div>
    <${r} error=${l} />
    ${p?ie`<dl class="facts" id="asof-contract-facts">
            <div><dt>${n("state")}</dt><dd id="asof-status">${n("con.statuses."+p.status)}</dd></div>
            <div><dt>${n("con.total")}</dt><dd>${P(p.total)}</dd></div>
            <div><dt>${n("con.accepted")}</dt><dd>${P(p.accepted)}</dd></div>
            <div><dt>${n("con.paid")}</dt><dd id="asof-paid">${P(p.paid)}</dd></div>
            <div><dt>${n("con.remaining")}</dt><dd>${P(p.remaining)}</dd></div>
            <div><dt>${n("con.milestones")}</dt><dd>${p.milestones.map(u=>`${u.id} ${u.kind==="DELIVERY"?n(u.accepted?"con.ocds.met":"con.ocds.scheduled"):`${Pt(u.paidFen)} / ${Pt(u.amountFen)}`}`).join(n("listSeparator"))}</dd></div>
          </dl>
          <${Ne}
            id="asof-chart"
            title=${n("con.chartTitle")}
            describe=${n("paudit.asOfChart",{paid:P(p.paid),remaining:P(p.remaining)})}
            format=${Pt}
            parts=${[{key:"paid",label:n("con.chartPaid"),value:p.paidFen,className:"paid"},{key:"remaining",label:n("con.remaining"),value:p.remainingFen,className:"later"}]}
          />`:null}
  </section>`}function no({ui:t,id:e}){let{t:o,lang:n,ErrorText:i,Link:r}=t,[s,a]=y(void 0),[c,d]=y([]),[p,f]=y([]),[l,g]=y(null),[I,m]=y(0),[u,v]=y(null),b=async $=>{let h=(await x(Lr,{id:e,after:$},{lang:n})).purchaseTimeline;h&&(f(h.streams),d(T=>$==null?h.entries:[...T,...h.entries]),g(h.nextPosition),m(T=>$==null?1:T+1))};return F(()=>{let $=!0;return x(Fr,{id:e},{lang:n}).then(async E=>{$&&(a(E.procurement),E.procurement&&await b(null))}).catch(E=>$&&v(E)),()=>{$=!1}},[e,n]),u?ie`<main id="main"><${i} error=${u} /></main>`:s===void 0?ie`<main id="main"><p role="status">${o("loading")}</p></main>`:s===null?ie`<main id="main"><h1>${o("proc.notFound")}</h1></main>`:ie`<main id="main" class="audit purchase-audit">
    <h1>${o("paudit.title",{title:s.title})}</h1>
    <p>${o("paudit.intro",{streams:p.length})} <${r} href=${"/app/procurements/"+s.id}>${o("paudit.procurementPage")}<//>
      ${s.contract?ie` · <${r} href=${"/app/contracts/"+s.contract.id}>${o("perf.theContract")}<//>`:null}</p>
    ${s.contract?ie`<${Yr} ui=${t} contractId=${s.contract.id} entries=${c} />`:null}
    <${qr} ui=${t} id=${s.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${o("paudit.timeline")}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${o("paudit.timeline")}</caption>
        <thead><tr><th scope="col">${o("audit.when")}</th><th scope="col">${o("paudit.record")}</th><th scope="col">${o("audit.what")}</th><th scope="col">${o("audit.who")}</th><th scope="col">${o("audit.reason")}</th><th scope="col">${o("audit.changes")}</th></tr></thead>
        <tbody>${c.map($=>ie`<tr data-stream=${eo($.stream)} data-position=${$.position}>
            <td>${k($.recordedAt,n)}</td>
            <td>${o("paudit.categories."+eo($.stream))} <span class="hint">v${$.version}</span></td>
            <td><code>${$.kind}</code>${$.correctsVersion!=null?ie`<br /><span class="badge today">${o("paudit.corrects",{version:$.correctsVersion})}</span>`:null}</td>
            <td>${$.actor??o("audit.ledgerItself")}${$.role?ie` <span class="hint">(${o("roles."+$.role)})</span>`:null}</td>
            <td>${$.reason??""}</td>
            <td><ul class="changes">${$.changes.map(E=>ie`<li><code>${E.field}</code>: ${to(o,n,E.old)} → ${to(o,n,E.new)}</li>`)}
              ${$.omittedChanges>0?ie`<li class="hint">${o("paudit.omitted",{count:$.omittedChanges})}</li>`:null}</ul></td>
          </tr>`)}</tbody>
      </table>
      ${l!=null&&I<Br?ie`<button type="button" id="timeline-more" onClick=${()=>b(l).catch(v)}>${o("audit.more")}</button>`:null}
    </section>
  </main>`}function oo({ui:t}){let{t:e,navigate:o}=t,[n,i]=y(""),[r,s]=y(!1),a=c=>{c.preventDefault();let d=n.trim().toLowerCase();if(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(d))return s(!0);o("/app/audit/purchases/"+d)};return ie`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${e("paudit.navHint")}</h2>
    <form class="search" onSubmit=${a}>
      <div class=${"field"+(r?" invalid":"")}><label for="purchase-id">${e("paudit.procurementId")}</label>
        <input id="purchase-id" spellcheck=${!1} value=${n} aria-invalid=${r?"true":void 0}
          aria-describedby=${r?"purchase-id-error":void 0} onInput=${c=>(i(c.currentTarget.value),s(!1))} />
        ${r?ie`<p class="error" id="purchase-id-error" role="alert">${e("paudit.idInvalid")}</p>`:null}</div>
      <button type="submit" id="purchase-open">${e("paudit.open")}</button>
    </form>
  </section>`}var Oe=z.bind(Y),Kr=`query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`,Nt=t=>P(`${Math.floor(t/100)}.${String(t%100).padStart(2,"0")}`);function io({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,navigate:s}=t,a=i?.role==="auditor"||i?.role==="admin",c=e.get("jurisdiction")??(a?"":i?.jurisdiction??""),[d,p]=y(c),[f,l]=y(null),[g,I]=y({}),[m,u]=y(null);F(()=>{let h=!0;return u(null),x(Kr,{j:c||null,after:null},{lang:n}).then(async T=>{if(!h)return;l(T);let A=T.spending.jurisdiction;if(A){let _=await Dt(A,n).catch(()=>null);h&&_&&I(Object.fromEntries(_.map(O=>[O.code,n==="en"?O.nameEn:O.nameZh])))}}).catch(T=>h&&(u(T),l(null))),()=>{h=!1}},[c,n]);let v=h=>{h.preventDefault(),s("/app/statistics"+(N(d)?"?jurisdiction="+encodeURIComponent(N(d)):""))},b=f?.spending.groups??[],$=h=>g[h]?`${h} ${g[h]}`:h,E=f?.purchaseStatistics;return Oe`<main id="main" class="statistics">
    <h1>${o("stats.title")}</h1>
    <p>${o("stats.intro")}</p>
    <form class="search" onSubmit=${v} aria-label=${o("stats.title")}>
      <div class="field"><label for="stats-jurisdiction">${o(a?"stats.jurisdiction":"jurisdiction")}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${d} readonly=${!a} onInput=${h=>p(h.currentTarget.value)} /></div>
      ${a?Oe`<button type="submit">${o("stats.show")}</button>`:null}
    </form>
    <${r} error=${m} />
    ${f&&b.length===0?Oe`<p class="empty">${o("stats.none")}</p>`:null}
    ${b.length>0?Oe`<${st}
            id="spending-chart"
            title=${o("stats.chartTitle")}
            describe=${o("stats.chartDescribe",{items:b.map(h=>`${$(h.key)} ${Nt(h.contractedFen)} / ${Nt(h.paidFen)}`).join(o("listSeparator"))})}
            series=${[{label:o("stats.contracted"),className:"contracted"},{label:o("stats.paid"),className:"paid"}]}
            rows=${b.map(h=>({key:h.key,label:$(h.key),values:[h.contractedFen,h.paidFen]}))}
            format=${Nt}
          />
          <table class="spending">
            <caption>${o("stats.chartTitle")}</caption>
            <thead><tr><th scope="col">${o("stats.item")}</th><th scope="col">${o("stats.awarded")}</th><th scope="col">${o("stats.awards")}</th><th scope="col">${o("stats.contracted")}</th><th scope="col">${o("stats.contracts")}</th><th scope="col">${o("stats.paid")}</th></tr></thead>
            <tbody>${b.map(h=>Oe`<tr data-key=${h.key}>
                <th scope="row">${$(h.key)}</th>
                <td class="money">${P(h.awarded)}</td><td>${h.awards}</td>
                <td class="money">${P(h.contracted)}</td><td>${h.contracts}</td>
                <td class="money">${P(h.paid)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    ${E?Oe`<dl class="facts" id="purchase-statistics">
          <div><dt>${o("stats.published")}</dt><dd>${E.published}</dd></div>
          <div><dt>${o("stats.opened")}</dt><dd>${E.opened}</dd></div>
          <div><dt>${o("stats.fewBids")}</dt><dd>${o("stats.fewBidsShare",{count:E.fewerThanThreeValidBids,share:E.shareFewerThanThreeValidBids==null?"\u2014":`${Math.round(E.shareFewerThanThreeValidBids*1e3)/10}%`})}</dd></div>
          <div><dt>${o("stats.awarded")}</dt><dd>${P(E.awarded)}（${E.awards}）</dd></div>
          <div><dt>${o("stats.averageDays")}</dt><dd>${E.averageDaysToAward==null?"\u2014":o("stats.days",{days:Math.round(E.averageDaysToAward*10)/10})}</dd></div>
          <div><dt>${o("stats.grades")}</dt><dd>${E.grades.length?E.grades.map(h=>`${o("perf.grades."+h.grade)} ${h.evaluations}`).join(o("listSeparator")):"\u2014"}</dd></div>
        </dl>`:null}
  </main>`}var R=z.bind(Y),zr=["OPEN","REVIEWED","RANKED","MATCHED","AWARDED","CANCELLED"],Qr=["INDIVIDUAL","ENTERPRISE","FOUNDATION","OTHER"],kt=`contestId version status title bureau bureauUnit jurisdiction pool granted
  submissionsOpenAt submissionsCloseAt pledgesOpenAt pledgesCloseAt`,Zr=`submissionId organisationId organisationName title summary theme requested status submittedAt
  panelRank panelScoreHundredths publicScoreHundredths finalRank finalScoreHundredths raised donors
  matchingRank incentiveScoreHundredths matchClaim matched matchOutcome granted
  contract { id status paid }`,Jr=`${kt} panelWeightPercent shortlistSize bonusTheme committeeId sheetsDigest cancelReason
  matching { kind version percent cap raisedWeightPercent donorsWeightPercent themeBonusPoints tiers { fromRank toRank amount } }
  scoring { criteria { key name maxPoints } }
  submissions { ${Zr} }
  ranking { submissionId }`,Xr=`query Contests($f: ContestListFilter) { contests(filter: $f, first: 100) { totalCount nodes { ${kt} } } }`,ro=`query Contest($id: UUID!) { contest(id: $id) { ${Jr} } }`,es=`query ToEnter { contestsToEnter { eligible reasons { code message } contest { ${kt} } } }`,ts="query Mine($o: UUID!) { contestSubmissionsOf(organisationId: $o) { submissionId contestId title status raised matched granted finalRank } }",ns="query Juries($id: UUID!) { contestCommittees(contestId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt } }",os="mutation OpenCall($i: OpenContestCallInput!) { openContestCall(input: $i) { contestId } }",is="mutation Submit($i: SubmitContestProjectInput!) { submitContestProject(input: $i) { version } }",rs="mutation Withdraw($i: WithdrawContestProjectInput!) { withdrawContestProject(input: $i) { version } }",ss="mutation Jury($i: ConstituteJuryInput!) { constituteJury(input: $i) { committeeId } }",as="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",cs="mutation Review($i: RecordContestReviewInput!) { recordContestReview(input: $i) { version } }",ls="mutation Pledge($i: RecordContestPledgeInput!) { recordContestPledge(input: $i) { version } }",ds="mutation PublicScores($i: RecordContestPublicScoresInput!) { recordContestPublicScores(input: $i) { version } }",us="mutation Rank($i: ContestActionInput!) { rankContest(input: $i) { version } }",ps="mutation Match($i: ContestActionInput!) { computeContestMatching(input: $i) { version } }",ms="mutation Grants($i: AwardContestGrantsInput!) { awardContestGrants(input: $i) { version } }",$s="mutation Cancel($i: CancelContestInput!) { cancelContest(input: $i) { version } }",fe=t=>t==null?0:Q(String(t))??0,Te=t=>P((t/100).toFixed(2)),We=t=>t==null?"":(t/100).toFixed(2);function ao({t,status:e}){return e?R`<span class=${"status status-"+e.toLowerCase()}>${t("contest.statuses."+e)}</span>`:null}function hs(t){let e=t.ranking.map(o=>t.submissions.find(n=>n.submissionId===o.submissionId)).filter(Boolean);return e.length>0?e:t.submissions.filter(o=>o.status==="SHORTLISTED").sort((o,n)=>o.panelRank-n.panelRank)}function co({ui:t,params:e}){let{t:o,lang:n,claims:i,ErrorText:r,Link:s,navigate:a}=t,[c,d]=y(e.get("jurisdiction")??i?.jurisdiction??""),[p,f]=y(e.get("status")??""),[l,g]=y(null),[I,m]=y(null),u=e.toString();F(()=>{let b={},$=e.get("jurisdiction")??i?.jurisdiction;$&&(b.jurisdiction=$),e.get("status")&&(b.status=e.get("status"));let E=!0;return m(null),x(Xr,{f:b},{lang:n}).then(h=>E&&g(h.contests),h=>E&&(m(h),g(null))),()=>{E=!1}},[u,n]);let v=b=>{b.preventDefault();let $=new URLSearchParams;N(c)&&$.set("jurisdiction",N(c)),p&&$.set("status",p),a("/app/contests?"+$.toString())};return R`<main id="main">
    <h1>${o("contest.listTitle")}</h1>
    <p>${o("contest.listIntro")}</p>
    ${i?.role==="purchaser"?R`<p class="actions"><${s} href="/app/contests/new" class="button">${o("contest.openTitle")}<//></p>`:null}
    ${i?.role==="ngo"&&i.organisation?R`<${fs} ui=${t} /><${gs} ui=${t} />`:null}
    <h2 id="all-contests-heading">${o("contest.allTitle")}</h2>
    <form class="search board-filter" role="search" onSubmit=${v} aria-label=${o("contest.filters")}>
      <div class="field"><label for="contest-jurisdiction">${o("jurisdiction")}</label>
        <input id="contest-jurisdiction" inputmode="numeric" value=${c} onInput=${b=>d(b.currentTarget.value)} /></div>
      <div class="field"><label for="contest-status">${o("state")}</label>
        <select id="contest-status" value=${p} onChange=${b=>f(b.currentTarget.value)}>
          <option value="">${o("contest.anyStatus")}</option>
          ${zr.map(b=>R`<option value=${b}>${o("contest.statuses."+b)}</option>`)}
        </select></div>
      <button type="submit">${o("search")}</button>
    </form>
    <${r} error=${I} />
    ${l&&l.nodes.length===0?R`<p class="empty" role="status">${o("contest.none")}</p>`:null}
    ${l&&l.nodes.length>0?R`<table class="board contests">
          <caption>${o("contest.count",{count:l.totalCount})}</caption>
          <thead><tr><th scope="col">${o("contest.title")}</th><th scope="col">${o("contest.bureau")}</th><th scope="col">${o("contest.pool")}</th><th scope="col">${o("contest.granted")}</th>
            <th scope="col">${o("contest.submissionsClose")}</th><th scope="col">${o("contest.pledgesClose")}</th><th scope="col">${o("state")}</th></tr></thead>
          <tbody>${l.nodes.map(b=>R`<tr>
              <td><${s} href=${"/app/contests/"+b.contestId}>${b.title}<//></td>
              <td>${b.bureau}</td>
              <td class="money">${P(b.pool)}</td>
              <td class="money">${P(b.granted)}</td>
              <td>${k(b.submissionsCloseAt,n)}</td>
              <td>${k(b.pledgesCloseAt,n)}</td>
              <td><${ao} t=${o} status=${b.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}function fs({ui:t}){let{t:e,lang:o,ErrorText:n,Link:i}=t,[r,s]=y(null),[a,c]=y(null);return F(()=>{let d=!0;return x(es,{},{lang:o}).then(p=>d&&s(p.contestsToEnter),p=>d&&c(p)),()=>{d=!1}},[o]),R`<section aria-labelledby="to-enter-heading">
    <h2 id="to-enter-heading">${e("contest.toEnterTitle")}</h2>
    <${n} error=${a} />
    ${r&&r.length===0?R`<p class="empty">${e("contest.noneToEnter")}</p>`:null}
    ${r&&r.length>0?R`<table class="board to-enter">
          <caption class="sr-only">${e("contest.toEnterTitle")}</caption>
          <thead><tr><th scope="col">${e("contest.title")}</th><th scope="col">${e("contest.pool")}</th><th scope="col">${e("contest.submissionsClose")}</th><th scope="col">${e("contest.mayEnter")}</th></tr></thead>
          <tbody>${r.map(d=>R`<tr class=${d.eligible?"eligible":"ineligible"}>
              <td><${i} href=${"/app/contests/"+d.contest.contestId}>${d.contest.title}<//></td>
              <td class="money">${P(d.contest.pool)}</td>
              <td>${k(d.contest.submissionsCloseAt,o)}</td>
              <td>${d.eligible?R`<strong class="badge ok">${e("contest.eligible")}</strong>`:R`<span class="badge no">${e("contest.ineligible")}</span>
                    <ul class="reasons">${d.reasons.map(p=>R`<li>${p.message} <code class="rule">BID-ELIGIBLE</code></li>`)}</ul>`}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </section>`}function gs({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,Link:r}=t,[s,a]=y(null),[c,d]=y(null);return F(()=>{let p=!0;return x(ts,{o:n.organisation},{lang:o}).then(f=>p&&a(f.contestSubmissionsOf),f=>p&&d(f)),()=>{p=!1}},[o,n.organisation]),R`<section aria-labelledby="my-submissions-heading">
    <h2 id="my-submissions-heading">${e("contest.mineTitle")}</h2>
    <${i} error=${c} />
    ${s&&s.length===0?R`<p class="empty">${e("contest.noneMine")}</p>`:null}
    ${s&&s.length>0?R`<table class="board my-submissions">
          <caption class="sr-only">${e("contest.mineTitle")}</caption>
          <thead><tr><th scope="col">${e("contest.project")}</th><th scope="col">${e("state")}</th><th scope="col">${e("contest.finalRank")}</th>
            <th scope="col">${e("contest.raised")}</th><th scope="col">${e("contest.matched")}</th><th scope="col">${e("contest.granted")}</th></tr></thead>
          <tbody>${s.map(p=>R`<tr>
              <td><${r} href=${"/app/contests/"+p.contestId}>${p.title}<//></td>
              <td>${e("contest.submissionStatuses."+p.status)}</td>
              <td>${p.finalRank??""}</td>
              <td class="money">${P(p.raised)}</td>
              <td class="money">${P(p.matched)}</td>
              <td class="money">${P(p.granted)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </section>`}function dt(t){return ke(new Date(Date.now()+t*36e5).toISOString())}var bs={bureau:"bureau",title:"title",poolFen:"pool",pool:"pool",matching:"matching",scoring:"scoring",bonusTheme:"bonusTheme",shortlistSize:"shortlistSize",submissionsOpenAt:"submissionsOpenAt",submissionsCloseAt:"submissionsCloseAt",pledgesOpenAt:"pledgesOpenAt",pledgesCloseAt:"pledgesCloseAt"};function lo({ui:t}){let{t:e,lang:o,claims:n,ErrorText:i,navigate:r}=t,[s,a]=y(()=>({bureau:"",title:"",pool:"",kind:"PROPORTIONAL_WITH_CAP",percent:"100",cap:"",bonusTheme:"",shortlistSize:"10",submissionsOpenAt:dt(0),submissionsCloseAt:dt(720),pledgesOpenAt:dt(720),pledgesCloseAt:dt(1080),criteria:[{name:e("contest.defaultPlan"),points:"75"},{name:e("contest.defaultTeam"),points:"25"}]})),[c,d]=y(null),p=H(o),f=$=>E=>a(h=>({...h,[$]:E})),l=($,E,h)=>a(T=>({...T,criteria:T.criteria.map((A,_)=>_===$?{...A,[E]:h}:A)})),g=s.kind==="PROPORTIONAL_WITH_CAP",I=$=>{$.preventDefault();let E=Q(s.pool);if(E==null)return d(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"poolFen"}));let h=g?Q(s.cap):null;if(g&&h==null)return d(new j(e("proc.moneyInvalid"),{code:"VALIDATION",field:"matching"}));d(null);let T=g?{kind:s.kind,percent:Number(N(s.percent))||0,capFen:h}:{kind:s.kind},A={bureau:N(s.bureau),title:N(s.title),poolFen:E,matching:T,scoring:{priceWeightPercent:0,criteria:s.criteria.filter(_=>N(_.name)).map((_,O)=>({key:"c"+(O+1),name:N(_.name),maxPoints:Number(N(_.points))||0}))},bonusTheme:N(s.bonusTheme)||null,shortlistSize:Number(N(s.shortlistSize))||0,submissionsOpenAt:Ee(s.submissionsOpenAt),submissionsCloseAt:Ee(s.submissionsCloseAt),pledgesOpenAt:Ee(s.pledgesOpenAt),pledgesCloseAt:Ee(s.pledgesCloseAt)};p.run(os,A,_=>r("/app/contests/"+_.openContestCall.contestId+"?opened=1"))},m=c??p.error,u=le(m,bs,{"CONTEST-WINDOW":"submissionsCloseAt","CONTEST-MATCHING":"matching"}),v=$=>u===$?m:null,b=($,E,h={})=>R`<${V} ui=${t} id=${"call-"+$} label=${e(E)} value=${s[$]} onInput=${f($)} error=${v($)} ...${h} />`;return R`<main id="main">
    <h1>${e("contest.openTitle")}</h1>
    <p>${e("contest.openIntro",{jurisdiction:n.jurisdiction??""})}</p>
    <form class="apply draft call" onSubmit=${I} novalidate>
      ${b("bureau","contest.bureau")}
      ${b("title","contest.title")}
      ${b("pool","contest.pool",{inputmode:"decimal",hint:e("proc.priceHint")})}
      <fieldset class=${"members matching"+(u==="matching"?" invalid":"")}>
        <legend>${e("contest.matchingPolicy")}</legend>
        ${["PROPORTIONAL_WITH_CAP","INCENTIVE_TIERS"].map($=>R`<div class="field checkbox"><input type="radio" name="call-kind" id=${"call-kind-"+$} checked=${s.kind===$} onChange=${()=>f("kind")($)} />
            <label for=${"call-kind-"+$}>${e("contest.kinds."+$)}</label></div>`)}
        <p class="hint">${e(g?"contest.proportionalHint":"contest.tiersHint")}</p>
        ${g?R`<${V} ui=${t} id="call-percent" label=${e("contest.percent")} inputmode="numeric" value=${s.percent} onInput=${f("percent")} />
              <${V} ui=${t} id="call-cap" label=${e("contest.cap")} inputmode="decimal" value=${s.cap} onInput=${f("cap")} />`:null}
        ${u==="matching"?R`<${i} error=${m} id="call-matching-error" />`:null}
      </fieldset>
      <fieldset class=${"members scoring"+(u==="scoring"?" invalid":"")}>
        <legend>${e("contest.scoring")}</legend>
        <p class="hint">${e("contest.scoringHint")}</p>
        ${s.criteria.map(($,E)=>R`<div class="criterion">
            <div class="field"><label for=${"call-criterion-"+E}>${e("proc.criterion",{n:E+1})}</label>
              <input id=${"call-criterion-"+E} value=${$.name} onInput=${h=>l(E,"name",h.currentTarget.value)} /></div>
            <div class="field"><label for=${"call-points-"+E}>${e("proc.maxPoints")}</label>
              <input id=${"call-points-"+E} inputmode="numeric" value=${$.points} onInput=${h=>l(E,"points",h.currentTarget.value)} /></div>
          </div>`)}
        ${u==="scoring"?R`<${i} error=${m} id="call-scoring-error" />`:null}
      </fieldset>
      ${b("bonusTheme","contest.bonusTheme",{hint:e("contest.bonusThemeHint")})}
      ${b("shortlistSize","contest.shortlistSize",{inputmode:"numeric"})}
      ${b("submissionsOpenAt","contest.submissionsOpen",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      ${b("submissionsCloseAt","contest.submissionsClose",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      ${b("pledgesOpenAt","contest.pledgesOpen",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      ${b("pledgesCloseAt","contest.pledgesClose",{type:"datetime-local",hint:e("proc.chinaTimeHint")})}
      <div class="action">
        <button type="submit" id="call-submit" disabled=${p.busy}>${p.busy?e("submitting"):e("contest.open")}</button>
        ${m&&!u?R`<${i} error=${m} id="call-error" />`:null}
      </div>
    </form>
  </main>`}function vs({t,c:e}){let o=fe(e.pool),n=fe(e.granted),i=e.submissions.reduce((c,d)=>c+fe(d.matched),0),r=e.status==="AWARDED"||e.status==="CANCELLED"?0:Math.max(0,i-n),s=Math.max(0,o-n-r),a=t("contest.poolDescribe",{pool:Te(o),granted:Te(n),pending:Te(r),left:Te(s)});return R`<${Ne}
    id="pool-chart"
    title=${t("contest.poolChart")}
    describe=${a}
    format=${Te}
    parts=${[{key:"granted",label:t("contest.granted"),value:n,className:"paid"},{key:"pending",label:t("contest.matchedNotGranted"),value:r,className:"owed"},{key:"left",label:t("contest.left"),value:s,className:"later"}]}
  />`}function ys({t,rows:e}){let o=[{label:t("contest.raised"),className:"contracted"},{label:t("contest.matched"),className:"owed"},{label:t("contest.granted"),className:"paid"}],n=e.map(r=>({key:r.submissionId,label:r.title,values:[fe(r.raised),fe(r.matched),fe(r.granted)]})),i=n.map(r=>t("contest.moneyDescribe",{title:r.label,raised:Te(r.values[0]),matched:Te(r.values[1]),granted:Te(r.values[2])})).join(t("listSeparator"));return R`<${st} id="money-chart" title=${t("contest.moneyChart")} describe=${i} series=${o} rows=${n} format=${Te} />`}function Is(t,e){if(!e)return"";if(e.kind==="PROPORTIONAL_WITH_CAP")return t("contest.proportionalText",{percent:e.percent,cap:P(e.cap)});let o=e.tiers.map(n=>t("contest.tierText",{from:n.fromRank,to:n.toRank,amount:P(n.amount)})).join(t("listSeparator"));return t("contest.tiersText",{raised:e.raisedWeightPercent,donors:e.donorsWeightPercent,bonus:e.themeBonusPoints,tiers:o})}function uo({ui:t,id:e,flash:o}){let{t:n,lang:i,claims:r,ErrorText:s,Link:a}=t,[c,d]=y(void 0),[p,f]=y(null),[l,g]=y(o),[I,m]=y(0);if(F(()=>{let h=!0;return x(ro,{id:e},{lang:i}).then(T=>h&&d(T.contest),T=>h&&f(T)),()=>{h=!1}},[e,i]),p)return R`<main id="main"><${s} error=${p} /></main>`;if(c===void 0)return R`<main id="main"><p role="status">${n("loading")}</p></main>`;if(c===null)return R`<main id="main"><h1>${n("contest.notFound")}</h1></main>`;let u=r?.role==="purchaser"&&r.organisation===c.bureauUnit,v=async h=>{let T=await x(ro,{id:e},{lang:i});d(T.contest),g(h),m(A=>A+1)},b=(h,T,A)=>R`<div><dt>${n(h)}</dt><dd id=${A}>${T}</dd></div>`,$=hs(c),E=$.filter(h=>fe(h.raised)>0||fe(h.matched)>0||fe(h.granted)>0);return R`<main id="main" class="contest">
    <h1>${c.title}</h1>
    ${l?R`<p class="notice" role="status">${l}</p>`:null}
    <p><${ao} t=${n} status=${c.status} /> ${c.bureau} · ${n("jurisdiction")} ${c.jurisdiction}</p>
    ${c.cancelReason?R`<p class="notice" id="contest-cancelled">${n("contest.cancelledText",{reason:c.cancelReason})}</p>`:null}
    <section aria-labelledby="call-heading">
      <h2 id="call-heading">${n("contest.terms")}</h2>
      <dl class="facts">
        ${b("contest.pool",P(c.pool),"contest-pool")}
        ${b("contest.granted",P(c.granted),"contest-granted")}
        ${b("contest.matchingPolicy",Is(n,c.matching),"contest-policy")}
        ${b("contest.policyVersion",R`<code>${c.matching?.version}</code>`)}
        ${b("contest.weights",n("contest.weightsText",{panel:c.panelWeightPercent,public:100-c.panelWeightPercent}))}
        ${b("contest.shortlistSize",String(c.shortlistSize))}
        ${c.bonusTheme?b("contest.bonusTheme",c.bonusTheme):null}
        ${b("contest.scoring",(c.scoring?.criteria??[]).map(h=>`${h.name} ${h.maxPoints}`).join("\uFF1B"))}
        ${b("contest.submissionsWindow",`${k(c.submissionsOpenAt,i)} \u2013 ${k(c.submissionsCloseAt,i)} ${n("proc.chinaTime")}`,"contest-submissions-window")}
        ${b("contest.pledgesWindow",`${k(c.pledgesOpenAt,i)} \u2013 ${k(c.pledgesCloseAt,i)} ${n("proc.chinaTime")}`,"contest-pledges-window")}
      </dl>
      <${vs} t=${n} c=${c} />
    </section>
    ${$.length>0?R`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n(c.ranking.length>0?"contest.ranking":"contest.shortlist")}</h2>
          <table class="ranking contest-ranking">
            <caption class="sr-only">${n("contest.ranking")}</caption>
            <thead><tr><th scope="col">${n("contest.rankColumn")}</th><th scope="col">${n("contest.project")}</th><th scope="col">${n("organisation")}</th>
              <th scope="col">${n("contest.panelScore")}</th><th scope="col">${n("contest.publicScore")}</th><th scope="col">${n("contest.finalScore")}</th>
              <th scope="col">${n("contest.raised")}</th><th scope="col">${n("contest.donors")}</th><th scope="col">${n("contest.matched")}</th>
              <th scope="col">${n("contest.granted")}</th><th scope="col">${n("contest.spent")}</th></tr></thead>
            <tbody>${$.map(h=>R`<tr data-submission=${h.submissionId}>
                <td>${h.finalRank??h.panelRank}</td>
                <th scope="row">${h.title}</th>
                <td>${h.organisationName}</td>
                <td>${We(h.panelScoreHundredths)}</td>
                <td>${We(h.publicScoreHundredths)}</td>
                <td>${We(h.finalScoreHundredths)}</td>
                <td class="money">${P(h.raised)}</td>
                <td>${h.donors}</td>
                <td class="money">${h.matched!=null?R`${P(h.matched)}<br /><span class="hint">${n("contest.outcomes."+h.matchOutcome)}</span>`:""}</td>
                <td class="money">${h.granted!=null?P(h.granted):""}</td>
                <td class="money">${h.contract?R`<${a} href=${"/app/contracts/"+h.contract.id}>${P(h.contract.paid)}<//>`:h.granted!=null?R`<span class="hint">${n("contest.noContract")}</span>`:""}</td>
              </tr>`)}</tbody>
          </table>
          ${E.length>0?R`<${ys} t=${n} rows=${E} />`:null}
        </section>`:null}
    <section aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">${n("contest.submissions")}</h2>
      ${c.submissions.length===0?R`<p class="empty">${n("contest.noSubmissions")}</p>`:null}
      ${c.submissions.length>0?R`<table class="submissions">
            <caption class="sr-only">${n("contest.submissions")}</caption>
            <thead><tr><th scope="col">${n("contest.project")}</th><th scope="col">${n("organisation")}</th><th scope="col">${n("contest.requested")}</th>
              <th scope="col">${n("contest.submittedAt")}</th><th scope="col">${n("contest.panelRank")}</th><th scope="col">${n("state")}</th></tr></thead>
            <tbody>${c.submissions.map(h=>R`<tr data-submission=${h.submissionId}>
                <th scope="row">${h.title}${h.theme?R` <span class="badge">${h.theme}</span>`:null}<br /><span class="hint">${h.summary}</span></th>
                <td>${h.organisationName}</td>
                <td class="money">${P(h.requested)}</td>
                <td>${k(h.submittedAt,i)}</td>
                <td>${h.panelRank?`${h.panelRank}\uFF08${We(h.panelScoreHundredths)}\uFF09`:""}</td>
                <td>${n("contest.submissionStatuses."+h.status)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    </section>
    ${u?R`<${ws} ui=${t} c=${c} ranked=${$} generation=${I} onDone=${v} />`:null}
    ${r?.role==="ngo"&&r.organisation?R`<${As} key=${"entrant"+c.version} ui=${t} c=${c} onDone=${v} />`:null}
  </main>`}var Es={title:"title",summary:"summary",requestedFen:"requested",requested:"requested",theme:"theme"},Ts=t=>le(t&&{...t,field:String(t.field??"").replace(/^project\./,"")},Es);function As({ui:t,c:e,onDone:o}){let{t:n,lang:i,claims:r,ErrorText:s}=t,[a,c]=y({title:"",summary:"",requested:"",theme:""}),[d,p]=y(null),f=H(i,{untilRemount:!0}),g=e.submissions.filter($=>$.organisationId===r.organisation).filter($=>!["WITHDRAWN","NOT_SHORTLISTED","GRANTED","LIBRARY"].includes($.status)),I=$=>E=>c(h=>({...h,[$]:E})),m=$=>{$.preventDefault();let E=Q(a.requested);if(E==null)return p(new j(n("proc.moneyInvalid"),{code:"VALIDATION",field:"requestedFen"}));p(null);let h={contestId:e.contestId,organisationId:r.organisation,title:N(a.title),summary:N(a.summary),requestedFen:E,expectedVersion:e.version};N(a.theme)&&(h.theme=N(a.theme)),f.run(is,h,()=>o(n("contest.submitted")))},u=d??f.error,v=Ts(u),b=$=>v===$?u:null;return R`<section class="decision" aria-labelledby="entrant-heading">
    <h2 id="entrant-heading">${n("contest.entrantTitle")}</h2>
    ${g.map($=>R`<p>${n("contest.yourProject",{title:$.title,status:n("contest.submissionStatuses."+$.status)})}</p>
        ${["OPEN","REVIEWED"].includes(e.status)?R`<${he} key=${"withdraw"+$.submissionId+e.version} ui=${t} id=${"withdraw-"+$.submissionId} title=${n("contest.withdrawTitle",{title:$.title})}
              intro=${n("contest.withdrawIntro")} submitLabel=${n("contest.withdraw")} danger untilRemount mutation=${rs}
              input=${{contestId:e.contestId,submissionId:$.submissionId,expectedVersion:e.version}} onDone=${()=>o(n("contest.withdrawn"))} />`:null}`)}
    ${e.status==="OPEN"?R`<form class="apply project" onSubmit=${m} novalidate aria-labelledby="project-heading">
          <h3 id="project-heading">${n("contest.submitTitle")}</h3>
          <p>${n("contest.submitIntro",{close:k(e.submissionsCloseAt,i)})}</p>
          <${V} ui=${t} id="project-title" label=${n("contest.projectTitle")} value=${a.title} onInput=${I("title")} error=${b("title")} />
          <${V} ui=${t} id="project-summary" label=${n("contest.summary")} rows="3" value=${a.summary} onInput=${I("summary")} error=${b("summary")} />
          <${V} ui=${t} id="project-requested" label=${n("contest.requested")} inputmode="decimal" value=${a.requested} onInput=${I("requested")} hint=${n("proc.priceHint")} error=${b("requested")} />
          <${V} ui=${t} id="project-theme" label=${n("contest.theme")} value=${a.theme} onInput=${I("theme")} hint=${e.bonusTheme?n("contest.themeHint",{theme:e.bonusTheme}):void 0} error=${b("theme")} />
          <div class="action">
            <button type="submit" id="project-submit" disabled=${f.busy}>${f.busy?n("submitting"):n("contest.submit")}</button>
            ${u&&!v?R`<${s} error=${u} id="project-error" />`:null}
          </div>
        </form>`:g.length===0?R`<p class="empty">${n("contest.notTaking")}</p>`:null}
  </section>`}function Ss({ui:t,c:e,generation:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y([]),[d,p]=y("5"),[f,l]=y(null),g=H(r);F(()=>{let v=!0;return x(ns,{id:e.contestId},{lang:r}).then(b=>v&&c(b.contestCommittees),b=>v&&l(b)),()=>{v=!1}},[e.contestId,o,r]);let I=a.find(v=>v.status==="SCORING"),m=[...a].reverse().find(v=>v.status==="CONCLUDED"),u=Date.now()>=Date.parse(e.submissionsCloseAt);return R`<div class="jury">
    <h3>${i("contest.jury")}</h3>
    <${s} error=${f} />
    ${u?null:R`<p class="hint">${i("contest.juryAfterClose",{close:k(e.submissionsCloseAt,r)})}</p>`}
    ${a.length>0?R`<table class="committees"><caption>${i("contest.jury")}</caption>
          <thead><tr><th scope="col">${i("state")}</th><th scope="col">${i("proc.seats")}</th><th scope="col">${i("proc.submitted")}</th><th scope="col">${i("proc.constitutedAt")}</th></tr></thead>
          <tbody>${a.map(v=>R`<tr><td>${i("proc.committeeStatuses."+v.status)}</td><td>${v.sitting} / ${v.seats}</td><td>${v.submitted} / ${v.sitting}</td><td>${k(v.constitutedAt,r)}</td></tr>`)}</tbody></table>`:null}
    ${I?I.submitted<I.sitting?R`<p class="hint" id="jury-waiting">${i("contest.juryWaiting",{count:I.sitting-I.submitted})}</p>`:R`<${pe} ui=${t} id="jury-conclude" label=${i("proc.conclude")} mutation=${as}
            input=${{committeeId:I.committeeId,expectedVersion:I.version}} onDone=${()=>n(i("proc.concluded"))} />`:null}
    ${!I&&!m?R`<form class="constitute" onSubmit=${v=>{v.preventDefault(),g.run(ss,{contestId:e.contestId,experts:Number(N(d))||0,representatives:[]},()=>n(i("contest.juryConstituted")))}}>
          <div class="field"><label for="jury-experts">${i("proc.experts")}</label>
            <input id="jury-experts" inputmode="numeric" value=${d} onInput=${v=>p(v.currentTarget.value)} /></div>
          <div class="action"><button type="submit" id="jury-constitute" disabled=${g.busy}>${i("contest.constitute")}</button>
            <${s} error=${g.error} id="jury-constitute-error" /></div>
        </form>`:null}
    ${m?R`<p>${i("contest.reviewIntro",{size:e.shortlistSize})}</p>
          <${pe} ui=${t} id="record-review" label=${i("contest.recordReview")} mutation=${cs}
            input=${{contestId:e.contestId,committeeId:m.committeeId,expectedVersion:e.version}} onDone=${()=>n(i("contest.reviewed"))} />`:null}
  </div>`}function _s({ui:t,c:e,ranked:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y({submissionId:o[0]?.submissionId??"",donorKind:"INDIVIDUAL",donor:"",amount:""}),[d,p]=y(null),f=H(r,{untilRemount:!0}),l=u=>v=>c(b=>({...b,[u]:v})),g=u=>{u.preventDefault();let v=Q(a.amount);if(v==null)return p(new j(i("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));p(null),f.run(ls,{contestId:e.contestId,submissionId:a.submissionId,donorKind:a.donorKind,donor:N(a.donor),amountFen:v,expectedVersion:e.version},()=>n(i("contest.pledged")))},I=d??f.error,m=le(I,{amountFen:"amount",amount:"amount",donor:"donor"},{"CONTEST-PLEDGE":"submission"});return R`<form class="pledge" onSubmit=${g} novalidate aria-labelledby="pledge-heading">
    <h3 id="pledge-heading">${i("contest.pledgeTitle")}</h3>
    <p>${i("contest.pledgeIntro",{from:k(e.pledgesOpenAt,r),to:k(e.pledgesCloseAt,r)})}</p>
    <div class=${"field"+(m==="submission"?" invalid":"")}><label for="pledge-submission">${i("contest.project")}</label>
      <select id="pledge-submission" value=${a.submissionId} aria-invalid=${m==="submission"?"true":void 0} aria-describedby=${m==="submission"?"pledge-submission-error":void 0}
        onChange=${u=>l("submissionId")(u.currentTarget.value)}>
        ${o.map(u=>R`<option value=${u.submissionId}>${u.title}（${u.organisationName}）</option>`)}
      </select>
      ${m==="submission"?R`<${s} error=${I} id="pledge-submission-error" />`:null}</div>
    <div class="field"><label for="pledge-kind">${i("contest.donorKind")}</label>
      <select id="pledge-kind" value=${a.donorKind} onChange=${u=>l("donorKind")(u.currentTarget.value)}>
        ${Qr.map(u=>R`<option value=${u}>${i("contest.donorKinds."+u)}</option>`)}
      </select></div>
    <${V} ui=${t} id="pledge-donor" label=${i("contest.donor")} value=${a.donor} onInput=${l("donor")} hint=${i("contest.donorHint")} error=${m==="donor"?I:null} />
    <${V} ui=${t} id="pledge-amount" label=${i("contest.amount")} inputmode="decimal" value=${a.amount} onInput=${l("amount")} error=${m==="amount"?I:null} />
    <div class="action">
      <button type="submit" id="pledge-submit" disabled=${f.busy}>${f.busy?i("submitting"):i("contest.recordPledge")}</button>
      ${I&&!m?R`<${s} error=${I} id="pledge-error" />`:null}
    </div>
  </form>`}function Cs({ui:t,c:e,ranked:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,[a,c]=y(()=>Object.fromEntries(o.map(m=>[m.submissionId,We(m.publicScoreHundredths)]))),[d,p]=y(null),f=H(r,{untilRemount:!0}),l=m=>{m.preventDefault();let u=[];for(let v of o){let b=N(a[v.submissionId]);if(!b)continue;let $=Be(b);if($==null||$>1e4)return p({id:v.submissionId,error:new j(i("contest.scoreInvalid"),{code:"VALIDATION"})});u.push({submissionId:v.submissionId,scoreHundredths:$})}p(null),f.run(ds,{contestId:e.contestId,scores:u,expectedVersion:e.version},()=>n(i("contest.publicScored")))},g=f.error?o.find(m=>f.error.message.includes(m.submissionId))?.submissionId:null,I=m=>d?.id===m?d.error:g===m?f.error:null;return R`<form class="public-scores" onSubmit=${l} novalidate aria-labelledby="public-heading">
    <h3 id="public-heading">${i("contest.publicTitle")}</h3>
    <p>${i("contest.publicIntro")}</p>
    ${o.map((m,u)=>{let v=I(m.submissionId);return R`<${V} ui=${t} id=${"public-"+u} label=${i("contest.publicScoreOf",{title:m.title})} inputmode="decimal" value=${a[m.submissionId]??""}
        onInput=${b=>c($=>({...$,[m.submissionId]:b}))} error=${v} />`})}
    <div class="action">
      <button type="submit" id="public-submit" disabled=${f.busy}>${f.busy?i("submitting"):i("contest.recordPublic")}</button>
      ${f.error&&!g?R`<${s} error=${f.error} id="public-error" />`:null}
    </div>
  </form>`}function Rs({ui:t,c:e,ranked:o,onDone:n}){let{t:i,lang:r,ErrorText:s}=t,a=o.filter(u=>fe(u.matched)>0),[c,d]=y(()=>Object.fromEntries(a.map(u=>[u.submissionId,(fe(u.matched)/100).toFixed(2)]))),[p,f]=y(null),l=H(r,{untilRemount:!0}),g=u=>{u.preventDefault();let v=[];for(let b of a){let $=N(c[b.submissionId]);if(!$)continue;let E=Q($);if(E==null)return f({id:b.submissionId,error:new j(i("proc.moneyInvalid"),{code:"VALIDATION"})});v.push({submissionId:b.submissionId,amountFen:E})}f(null),l.run(ms,{contestId:e.contestId,grants:v,expectedVersion:e.version},()=>n(i("contest.awarded")))},I=l.error?a.find(u=>l.error.message.includes(u.title)||l.error.message.includes(u.submissionId))?.submissionId:null,m=u=>p?.id===u?p.error:I===u?l.error:null;return R`<form class="grants" onSubmit=${g} novalidate aria-labelledby="grants-heading">
    <h3 id="grants-heading">${i("contest.grantsTitle")}</h3>
    <p>${i("contest.grantsIntro")}</p>
    ${a.length===0?R`<p class="empty">${i("contest.noMatches")}</p>`:null}
    ${a.map((u,v)=>R`<${V} ui=${t} id=${"grant-"+v} label=${i("contest.grantOf",{title:u.title,matched:P(u.matched)})} inputmode="decimal"
        value=${c[u.submissionId]??""} onInput=${b=>d($=>({...$,[u.submissionId]:b}))} error=${m(u.submissionId)} />`)}
    <div class="action">
      <button type="submit" id="grants-submit" disabled=${l.busy}>${l.busy?i("submitting"):i("contest.award")}</button>
      ${l.error&&!I?R`<${s} error=${l.error} id="grants-error" />`:null}
    </div>
  </form>`}function so(t){let e=new Date(Pe()+"T00:00:00Z");return e.setUTCDate(e.getUTCDate()+t),e.toISOString().slice(0,10)}function ws({ui:t,c:e,ranked:o,generation:n,onDone:i}){let{t:r,lang:s}=t,[a,c]=y(null),d={contestId:e.contestId,expectedVersion:e.version},p=e.submissions.filter(l=>l.granted!=null&&!l.contract),f=["REVIEWED","RANKED"].includes(e.status);return R`<section class="decision" aria-labelledby="bureau-heading">
    <h2 id="bureau-heading">${r("contest.bureauActions")}</h2>
    ${e.status==="OPEN"?R`<${Ss} ui=${t} c=${e} generation=${n} onDone=${i} />`:null}
    ${e.status==="REVIEWED"?R`<${Cs} key=${"public"+e.version} ui=${t} c=${e} ranked=${o} onDone=${i} />`:null}
    ${e.status==="REVIEWED"?R`<h3>${r("contest.rankTitle")}</h3><p>${r("contest.rankIntro",{panel:e.panelWeightPercent,public:100-e.panelWeightPercent})}</p>
          <${pe} ui=${t} id="rank" label=${r("contest.rankButton")} mutation=${us} input=${d} onDone=${()=>i(r("contest.ranked"))} />`:null}
    ${f?R`<${_s} key=${"pledge"+e.version} ui=${t} c=${e} ranked=${o} onDone=${i} />`:null}
    ${e.status==="RANKED"?R`<h3>${r("contest.matchTitle")}</h3><p>${r("contest.matchIntro",{close:k(e.pledgesCloseAt,s)})}</p>
          <${pe} ui=${t} id="compute-matching" label=${r("contest.computeMatching")} mutation=${ps} input=${d} onDone=${()=>i(r("contest.matchedDone"))} />`:null}
    ${e.status==="MATCHED"?R`<${Rs} key=${"grants"+e.version} ui=${t} c=${e} ranked=${o} onDone=${i} />`:null}
    ${p.length>0?R`<h3>${r("contest.contractsTitle")}</h3>
          <p>${r("contest.contractsIntro")}</p>
          ${p.map(l=>R`<p><button type="button" class="secondary" id=${"sign-grant-"+l.submissionId} aria-expanded=${a===l.submissionId?"true":"false"}
              onClick=${()=>c(l.submissionId)}>${r("contest.signFor",{title:l.title,amount:P(l.granted)})}</button></p>`)}
          ${a&&p.some(l=>l.submissionId===a)?(()=>{let l=p.find(g=>g.submissionId===a);return R`<${ct} key=${a} ui=${t} supplierName=${l.organisationName}
                  grant=${{contestId:e.contestId,submissionId:l.submissionId,amount:l.granted,serviceStart:so(1),serviceEnd:so(365)}} />`})():null}`:null}
    ${["AWARDED","CANCELLED"].includes(e.status)?null:R`<${he} key=${"cancel"+e.version} ui=${t} id="contest-cancel" title=${r("contest.cancelTitle")} intro=${r("contest.cancelIntro")} submitLabel=${r("contest.cancel")} danger
          untilRemount mutation=${$s} input=${d} onDone=${()=>i(r("contest.cancelled"))} />`}
  </section>`}var C=z.bind(Y),ho=Xt(null),$e=()=>un(ho);function po(){let t=location.pathname.replace(/^\/app\/?/,""),e=new URLSearchParams(location.search),o=/^organisations\/([0-9a-fA-F-]{36})$/.exec(t);if(o)return{screen:"organisation",id:o[1]};if(t==="search")return{screen:"search",params:e};if(t==="apply")return{screen:"apply"};if(t==="audit")return{screen:"audit",params:e};if(t==="procurements")return{screen:"procurements",params:e};if(t==="procurements/new")return{screen:"draft"};let n=/^procurements\/([0-9a-fA-F-]{36})$/.exec(t);if(n)return{screen:"procurement",id:n[1]};if(t==="eligible")return{screen:"eligible"};if(t==="bids")return{screen:"bids"};if(t==="committees")return{screen:"committees"};let i=/^committees\/([0-9a-fA-F-]{36})$/.exec(t);if(i)return{screen:"committee",id:i[1]};if(t==="contracts")return{screen:"contracts"};let r=/^contracts\/([0-9a-fA-F-]{36})$/.exec(t);if(r)return{screen:"contract",id:r[1]};let s=/^evaluations\/([0-9a-fA-F-]{36})$/.exec(t);if(s)return{screen:"evaluation",id:s[1]};let a=/^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(t);if(a)return{screen:"purchaseAudit",id:a[1]};if(t==="statistics")return{screen:"statistics",params:e};if(t==="evaluations")return{screen:"evaluations"};if(t==="contests")return{screen:"contests",params:e};if(t==="contests/new")return{screen:"openCall"};let c=/^contests\/([0-9a-fA-F-]{36})$/.exec(t);return c?{screen:"contest",id:c[1]}:{screen:"home"}}function pt(t){history.pushState(null,"",t),dispatchEvent(new PopStateEvent("popstate"))}function re({href:t,children:e,...o}){return C`<a href=${t} onClick=${i=>{i.button!==0||i.metaKey||i.ctrlKey||i.shiftKey||i.altKey||(i.preventDefault(),pt(t))}} ...${o}>${e}</a>`}function Ds(t,e){let o=t("rules."+e);return o==="rules."+e?"":t("ruleSeparator")+o}function ve({error:t,id:e}){let{t:o,lang:n}=$e();if(!t)return null;let i=t.code==="CONFLICT"?o("conflict"):t.code==="NETWORK"?o("networkError",{message:t.message}):t.message,r=n==="zh"&&t.rule?o("ruleText."+t.rule):null,s=r&&r!=="ruleText."+t.rule;return C`<p class="error" id=${e} role="alert">
    ${s?C`${r} <span class="detail" lang="en">${i}</span>`:i}${t.rule?C` <span class="rule">(${o("ruleLabel",{rule:t.rule})}${Ds(o,t.rule)})</span>`:null}
    ${t.code==="CONFLICT"?C` <button type="button" class="link" onClick=${()=>location.reload()}>${o("reload")}</button>`:null}
  </p>`}function me({id:t,label:e,error:o,children:n,hint:i}){return C`<div class=${"field"+(o?" invalid":"")}>
    <label for=${t}>${e}</label>
    ${n}
    ${i?C`<p class="hint" id=${t+"-hint"}>${i}</p>`:null}
    <${ve} error=${o} id=${t+"-error"} />
  </div>`}function Ce(t,e,o){return[o?t+"-hint":null,e?t+"-error":null].filter(Boolean).join(" ")||void 0}function fo({status:t}){let{t:e}=$e();return t?C`<span class=${"status status-"+t.toLowerCase()}>${e("statuses."+t)}</span>`:null}function go(t,e){return t("cases."+e.kind,{year:e.year})}function Ps({notice:t,onToken:e}){let{t:o,lang:n}=$e(),[i,r]=y(""),[s,a]=y(""),[c,d]=y(""),[p,f]=y(null),[l,g]=y(null),[I,m]=y(!1),u=async b=>{if(b.preventDefault(),!I){m(!0),f(null);try{let $=await x("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:N(i),p:s},{lang:n,token:null});e($.signIn.token)}catch($){f($)}finally{m(!1)}}},v=b=>{b.preventDefault();let $=ot(c);if(!$)return g(new j(o("tokenMalformed"),{code:"VALIDATION"}));if($.exp*1e3<=Date.now())return g(new j(o("tokenExpired"),{code:"UNAUTHENTICATED"}));e(c.trim())};return C`<main id="main" class="sign-in">
    <h1>${o("signInTitle")}</h1>
    ${t?C`<p class="notice" role="status">${t}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${u} aria-labelledby="password-heading">
        <h2 id="password-heading">${o("signInPassword")}</h2>
        <${me} id="username" label=${o("username")}>
          <input id="username" name="username" autocomplete="username" value=${i} onInput=${b=>r(b.currentTarget.value)} />
        <//>
        <${me} id="password" label=${o("password")} error=${p}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${s}
            aria-describedby=${Ce("password",p)} aria-invalid=${p?"true":void 0}
            onInput=${b=>a(b.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${I}>${o("signIn")}</button>
      </form>
      <form onSubmit=${v} aria-labelledby="token-heading">
        <h2 id="token-heading">${o("signInToken")}</h2>
        <${me} id="token" label=${o("token")} error=${l} hint=${o("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${c}
            aria-describedby=${Ce("token",l,!0)} aria-invalid=${l?"true":void 0}
            onInput=${b=>d(b.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${o("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var Ns=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function ks(t,e){let o=[],n=null;for(let i=0;i<10;i++){let r=await x(Ns,{j:t,after:n},{lang:e});for(let s of r.organisations.nodes)for(let a of s.openCases)o.push({org:s,case:a});if(!r.organisations.pageInfo.hasNextPage)break;n=r.organisations.pageInfo.endCursor}return o.sort((i,r)=>Number(r.case.overdue)-Number(i.case.overdue)||i.case.due.localeCompare(r.case.due)||i.org.name.localeCompare(r.org.name)),o}function Os(t,e){let o=new Date(t+"T00:00:00Z");return o.setUTCDate(o.getUTCDate()+e),o.toISOString().slice(0,10)}function xs({rows:t,today:e}){let{t:o,lang:n}=$e(),i=Array.from({length:7},(c,d)=>Os(e,d)),r=new Intl.DateTimeFormat(n==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),s=[{key:"overdue",label:o("overdue"),count:t.filter(c=>c.case.overdue).length,className:"overdue"},...i.map((c,d)=>({key:c,label:d===0?o("today"):r.format(new Date(c+"T00:00:00Z")),sublabel:c.slice(5).replace("-","/"),count:t.filter(p=>!p.case.overdue&&p.case.due===c).length,className:d===0?"today":""}))],a=o("weekChartDescribe",{overdue:s[0].count,days:s.slice(1).map(c=>`${K(c.key,n)} ${c.count}`).join(o("listSeparator"))});return C`<${Nn} id="week-chart" title=${o("weekChartTitle")} describe=${a} bars=${s} />`}function Ls(){let{t,lang:e,claims:o}=$e(),[n,i]=y(null),[r,s]=y(null);F(()=>{let c=!0;return i(null),ks(o.jurisdiction,e).then(d=>c&&i(d),d=>c&&s(d)),()=>{c=!1}},[o.jurisdiction,e]);let a=Pe();return C`<main id="main">
    <h1>${t("queueTitle")}</h1>
    <p>${t("queueIntro")}</p>
    <${ve} error=${r} />
    ${n==null&&!r?C`<p role="status">${t("loading")}</p>`:null}
    ${n&&n.length===0?C`<p class="empty">${t("queueEmpty")}</p>`:null}
    ${n&&n.length>0?C`<${xs} rows=${n} today=${a} />`:null}
    ${n&&n.length>0?C`<table class="queue">
          <caption>${t("queueTitle")} · ${K(a,e)}</caption>
          <thead><tr><th scope="col">${t("state")}</th><th scope="col">${t("due")}</th><th scope="col">${t("caseKind")}</th><th scope="col">${t("organisation")}</th><th scope="col">${t("rule")}</th><th scope="col">${t("openedOn")}</th></tr></thead>
          <tbody>
            ${n.map(c=>C`<tr class=${c.case.overdue?"overdue":""}>
                <td>${c.case.overdue?C`<strong class="badge overdue">${t("overdue")}</strong>`:c.case.due===a?C`<span class="badge today">${t("dueToday")}</span>`:t("onTime")}</td>
                <td>${K(c.case.due,e)}</td>
                <td>${go(t,c.case)}</td>
                <td><${re} href=${"/app/organisations/"+c.org.id}>${c.org.name}<//></td>
                <td><code>${c.case.rule}</code></td>
                <td>${K(c.case.openedOn,e)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var Fs=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],Ms=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function mo({params:t}){let{t:e,lang:o}=$e(),[n,i]=y(t.get("name")??""),[r,s]=y(t.get("code")??""),[a,c]=y(t.get("status")??""),[d,p]=y(null),[f,l]=y(null),[g,I]=y(!1),m=Me(async $=>{I(!0),l(null);try{p(await x(Ms,{filter:$},{lang:o}))}catch(E){l(E),p(null)}finally{I(!1)}},[o]),u=($,E,h)=>{let T={};return N($)&&(T.nameContains=N($)),ce(E)&&(T.creditCode=ce(E)),h&&(T.status=h),T};F(()=>{t.toString()&&m(u(t.get("name")??"",t.get("code")??"",t.get("status")??""))},[t.toString(),m]);let v=$=>{$.preventDefault();let E=new URLSearchParams;N(n)&&E.set("name",N(n)),ce(r)&&E.set("code",ce(r)),a&&E.set("status",a),s(ce(r));let h="/app/search"+(E.toString()?"?"+E:"");h===location.pathname+location.search?m(u(n,r,a)):pt(h)},b=f&&(f.field==="creditCode"||/credit/i.test(f.field??""))?f:null;return C`<main id="main">
    <h1>${e("searchTitle")}</h1>
    <form class="search" onSubmit=${v} role="search">
      <${me} id="search-name" label=${e("searchName")}>
        <input id="search-name" value=${n} onInput=${$=>i($.currentTarget.value)} />
      <//>
      <${me} id="search-code" label=${e("searchCreditCode")} error=${b}>
        <input id="search-code" value=${r} spellcheck=${!1} autocomplete="off"
          aria-describedby=${Ce("search-code",b)} aria-invalid=${b?"true":void 0}
          onInput=${$=>s($.currentTarget.value)} onBlur=${()=>s(ce(r))} />
      <//>
      <${me} id="search-status" label=${e("searchStatus")}>
        <select id="search-status" value=${a} onChange=${$=>c($.currentTarget.value)}>
          <option value="">${e("anyStatus")}</option>
          ${Fs.map($=>C`<option value=${$}>${e("statuses."+$)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${g}>${e("search")}</button>
    </form>
    ${b?null:C`<${ve} error=${f} />`}
    ${d?d.organisations.nodes.length===0?C`<p class="empty" role="status">${e("noResults")}</p>`:C`<table class="results">
            <caption role="status">${e("results",{count:d.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${e("name")}</th><th scope="col">${e("creditCode")}</th><th scope="col">${e("kind")}</th><th scope="col">${e("state")}</th><th scope="col">${e("appliedAt")}</th></tr></thead>
            <tbody>
              ${d.organisations.nodes.map($=>C`<tr>
                  <td><${re} href=${"/app/organisations/"+$.id}>${$.name}<//></td>
                  <td><code>${$.creditCode}</code></td>
                  <td>${$.kind?e("kinds."+$.kind):""}</td>
                  <td><${fo} status=${$.status} /></td>
                  <td>${k($.appliedAt,o)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var Us=`query Profile($id: UUID!) {
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
}`,bo={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function js({org:t,onDecided:e}){let{t:o,lang:n,claims:i}=$e(),[r,s]=y(""),[a,c]=y(null),[d,p]=y(null),f=ue(!1),l=ue({}),g=bo[t.status];if(!g||i?.role!=="registrar")return null;let I=async v=>{if(f.current)return;f.current=!0,p(v),c(null),l.current[v]??=we();let b={organisationId:t.id,commandId:l.current[v],expectedVersion:t.version};v==="refuse"&&(b.reason=N(r));let $=g[v],E=!1;try{await x(`mutation($i: ${g[v+"Type"]}!) { ${$}(input: $i) { version } }`,{i:b},{lang:n}),delete l.current[v],E=!0;let h=t.status==="PREP_APPLIED";e(o(v==="approve"?h?"preparationApproved":"approved":h?"preparationRefused":"refused"))}catch(h){h.code!=="NETWORK"&&delete l.current[v],c({action:v,error:h})}finally{E||(f.current=!1),p(null)}},m=a?.action==="approve"?a.error:null,u=a?.action==="refuse"?a.error:null;return C`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${o("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>I("approve")} disabled=${d!=null} aria-describedby=${m?"approve-error":void 0}>${o(t.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${ve} error=${m} id="approve-error" />
    </div>
    <form class="action" onSubmit=${v=>(v.preventDefault(),I("refuse"))}>
      <${me} id="refuse-reason" label=${o("refuseReason")} error=${u}>
        <textarea id="refuse-reason" rows="3" value=${r} aria-required="true"
          aria-describedby=${Ce("refuse-reason",u)} aria-invalid=${u?"true":void 0}
          onInput=${v=>s(v.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${d!=null}>${o(t.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function Bs({rows:t}){return C`<dl class="facts">
    ${t.filter(([,e])=>e!=null&&e!=="").map(([e,o])=>C`<div><dt>${e}</dt><dd>${o}</dd></div>`)}
  </dl>`}function $o({id:t,flash:e}){let{t:o,lang:n}=$e(),[i,r]=y(void 0),[s,a]=y(null),[c,d]=y(e),p=Me(()=>{x(Us,{id:t},{lang:n}).then(l=>r(l.organisation),l=>a(l))},[t,n]);if(F(p,[p]),s)return C`<main id="main"><${ve} error=${s} /></main>`;if(i===void 0)return C`<main id="main"><p role="status">${o("loading")}</p></main>`;if(i===null)return C`<main id="main"><p class="empty">${o("notFound")}</p></main>`;let f=i.legalRepresentative;return C`<main id="main" class="profile">
    <h1>${i.name} <${fo} status=${i.status} /></h1>
    ${c?C`<p class="notice" role="status">${c}</p>`:null}
    <${Bs}
      rows=${[[o("creditCode"),C`<code>${i.creditCode}</code>`],[o("kind"),i.kind?o("kinds."+i.kind)+(i.publicFundraising?` \xB7 ${o("publicFundraising")}`:""):null],[o("jurisdiction"),i.jurisdiction],[o("domicile"),i.domicile],[o("purpose"),i.purpose],[o("businessScope"),i.businessScope],[o("legalRepresentative"),f?[f.name,f.idNumber,f.phone].filter(Boolean).join(" \xB7 "):null],[o("registeredFunds"),P(i.registeredFunds)],[o("supervisoryUnitShort"),i.supervisoryUnit],[o("members"),i.members?o("memberCounts",{individual:i.members.individual,unit:i.members.unit}):null],[o("appliedAt"),k(i.appliedAt,n)],[o("decisionDue"),bo[i.status]?K(i.decisionDue,n):null],[o("registeredAt"),k(i.registeredAt,n)],[o("refusedAt"),k(i.refusedAt,n)],[o("refusalReason"),i.refusalReason],[o("version"),String(i.version)]]}
    />
    <${js} key=${i.version} org=${i} onDecided=${l=>(d(l),p())} />
    <${Hs} key=${"e"+i.version} org=${i} onDone=${l=>(d(l),p())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${o("openCases")}</h2>
      ${i.openCases.length===0?C`<p>${o("none")}</p>`:C`<ul class="cases">${i.openCases.map(l=>C`<li class=${l.overdue?"overdue":""}>${go(o,l)} · ${o("due")} ${K(l.due,n)} ${l.overdue?C`<strong class="badge overdue">${o("overdue")}</strong>`:null} <code>${l.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${o("annualReports")}</h2>
      ${i.annualReports.length===0?C`<p>${o("none")}</p>`:C`<table><caption class="sr-only">${o("annualReports")}</caption>
            <thead><tr><th scope="col">${o("year")}</th><th scope="col">${o("submittedAt")}</th><th scope="col">${o("conclusion")}</th><th scope="col">${o("notFiledDue")}</th></tr></thead>
            <tbody>${i.annualReports.map(l=>C`<tr><td>${l.year}</td><td>${k(l.submittedAt,n)}</td><td>${l.conclusion?o("conclusions."+l.conclusion):""}</td><td>${K(l.notFiledDue,n)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${o("creditStanding")}</h2>
      <p><span class=${"list list-"+i.creditStanding.list.toLowerCase()}>${o("lists."+i.creditStanding.list)}</span>
        ${i.creditStanding.reason?` \xB7 ${i.creditStanding.reason}`:""}
        ${i.creditStanding.listedAt?` \xB7 ${k(i.creditStanding.listedAt,n)}`:""}</p>
      ${i.creditHistory.length>0?C`<table><caption>${o("creditHistory")}</caption>
            <thead><tr><th scope="col">${o("creditStanding")}</th><th scope="col">${o("reason")}</th><th scope="col">${o("listedAt")}</th><th scope="col">${o("endedAt")}</th></tr></thead>
            <tbody>${i.creditHistory.map(l=>C`<tr><td>${o("lists."+l.list)}</td><td>${l.reason}</td><td>${k(l.listedAt,n)}</td><td>${k(l.endedAt,n)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${o("rating")}</h2>
      <p>${i.rating?o("ratingScore",{label:i.rating.label,score:i.rating.score,until:K(i.rating.validUntil,n)}):o("noRating")}</p>
    </section>
    <${Un} ui=${{t:o,lang:n,Link:re}} organisationId=${i.id} />
  </main>`}function vo({prefix:t,values:e,set:o,error:n}){let{t:i}=$e(),r=xt(n)?n:null;return C`<fieldset class="members">
    <legend>${i("members")}</legend>
    <${me} id=${t+"-individual"} label=${i("individualMembers")}>
      <input id=${t+"-individual"} inputmode="numeric" value=${e.individualMembers??""}
        aria-describedby=${Ce(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${s=>o("individualMembers",s.currentTarget.value)} />
    <//>
    <${me} id=${t+"-unit"} label=${i("unitMembers")}>
      <input id=${t+"-unit"} inputmode="numeric" value=${e.unitMembers??""}
        aria-describedby=${Ce(t+"-members",r)} aria-invalid=${r?"true":void 0}
        onInput=${s=>o("unitMembers",s.currentTarget.value)} />
    <//>
    <${ve} error=${r} id=${t+"-members-error"} />
  </fieldset>`}function Hs({org:t,onDone:e}){let{t:o,lang:n,claims:i}=$e(),[r,s]=y({}),[a,c]=y(null),[d,p]=y(!1),f=ue(!1),l=ue(null);if(t.status!=="PREPARING"||i?.role!=="registrar")return null;let g=(u,v)=>s(b=>({...b,[u]:v})),I=async u=>{if(u.preventDefault(),f.current)return;f.current=!0,p(!0),c(null),l.current??=we();let v={organisationId:t.id,individualMembers:ut(r.individualMembers??"0"),unitMembers:ut(r.unitMembers??"0"),commandId:l.current,expectedVersion:t.version};try{await x("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:v},{lang:n}),l.current=null,e(o("establishmentApplied"))}catch(b){b.code!=="NETWORK"&&(l.current=null),c(b)}finally{f.current=!1,p(!1)}},m=xt(a)?a:null;return C`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${o("establishment")}</h2>
    <p>${o("establishmentDue",{due:K(t.establishmentDue,n)})}</p>
    <form onSubmit=${I}>
      <${vo} prefix="establish" values=${r} set=${g} error=${a} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${d}>${o("applyEstablishment")}</button>
        ${a&&!m?C`<${ve} error=${a} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var Vs=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,Ws=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function ut(t){let e=ce(t).replace(/,/g,"");return/^\d{1,9}$/.test(e)?Number(e):e}var Ot=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],Gs=t=>"apply-"+t.replace(/\./g,"-"),yo={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},xt=t=>!!t&&(["individualMembers","unitMembers","members"].includes(t.field)||yo[t.rule]==="members");function qs(t){if(xt(t))return"members";if(!t?.field)return t?.rule&&yo[t.rule]||null;let e=Ot.find(([i])=>i===t.field);if(e)return e[0];let o=t.field.split(".").pop(),n=Ot.find(([i])=>i.split(".").pop()===o);return n?n[0]:null}function Ys(){let{t,lang:e,claims:o}=$e(),[n,i]=y({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:o.jurisdiction??""}),[r,s]=y(null),[a,c]=y(!1),d=ue(!1),p=ue(null),f=(m,u)=>i(v=>({...v,[m]:u})),l=async m=>{if(m.preventDefault(),d.current)return;d.current=!0,c(!0),s(null),p.current??=we();let u=$=>N(n[$]),v={name:u("name"),kind:n.kind,creditCode:ce(n.creditCode),domicile:u("domicile"),purpose:u("purpose"),businessScope:u("businessScope"),legalRepresentative:{name:u("legalRepresentative.name"),idNumber:ce(n["legalRepresentative.idNumber"]),phone:u("legalRepresentative.phone")},registeredFunds:De(n.registeredFunds),jurisdiction:u("jurisdiction"),publicFundraising:n.kind==="FOUNDATION"&&n.publicFundraising,commandId:p.current};u("supervisoryUnit")&&(v.supervisoryUnit=u("supervisoryUnit"));let b=n.kind==="SOCIAL_GROUP"&&n.twoStage;b&&(delete v.kind,delete v.publicFundraising,v.individualMembers=ut(n.individualMembers??"0"),v.unitMembers=ut(n.unitMembers??"0"));try{let $=await x(b?Ws:Vs,{i:v},{lang:e});p.current=null;let E=b?$.applyForPreparation:$.applyForRegistration;pt("/app/organisations/"+E.organisation.id+"?applied=1")}catch($){$.code!=="NETWORK"&&(p.current=null),s($)}finally{d.current=!1,c(!1)}},g=qs(r),I=m=>g===m?r:null;return C`<main id="main">
    <h1>${t("applyTitle")}</h1>
    <p>${t("applyIntro")}</p>
    <form class="apply" onSubmit=${l} novalidate>
      <${me} id="apply-kind" label=${t("kind")}>
        <select id="apply-kind" value=${n.kind} onChange=${m=>f("kind",m.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(m=>C`<option value=${m}>${t("kinds."+m)}</option>`)}
        </select>
      <//>
      ${Ot.map(([m,u,v])=>{let b=Gs(m),$=I(m),E={id:b,name:m,value:n[m]??"","aria-describedby":Ce(b,$),"aria-invalid":$?"true":void 0,onInput:h=>f(m,h.currentTarget.value)};return m==="creditCode"&&(E.onBlur=()=>f(m,ce(n[m]))),m==="registeredFunds"&&(E.inputmode="decimal"),C`<${me} id=${b} label=${t(u)} error=${$}>
          ${v==="textarea"?C`<textarea rows="2" ...${E}></textarea>`:C`<input ...${E} />`}
        <//>`})}
      ${n.kind==="SOCIAL_GROUP"?C`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!n.twoStage} onChange=${m=>f("twoStage",m.currentTarget.checked)} /><label for="apply-two-stage">${t("twoStage")}</label></div>
            ${n.twoStage?C`<${vo} prefix="apply" values=${n} set=${f} error=${r} />`:null}`:null}
      ${n.kind==="FOUNDATION"?C`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${n.publicFundraising} onChange=${m=>f("publicFundraising",m.currentTarget.checked)} /><label for="apply-public">${t("publicFundraising")}</label></div>`:null}
      <${me} id="apply-jurisdiction" label=${t("jurisdiction")}>
        <input id="apply-jurisdiction" value=${n.jurisdiction} inputmode="numeric" onInput=${m=>f("jurisdiction",m.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${a}>${t(a?"submitting":"submit")}</button>
        ${r&&!g?C`<${ve} error=${r} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function Ks({onSignOut:t,onLanguage:e}){let{t:o,claims:n}=$e();return C`<header class="top">
    <a class="skip" href="#main">${o("skipToMain")}</a>
    <div class="brand">${o("appTitle")}</div>
    <nav aria-label=${o("nav")}>
      ${n?.jurisdiction&&n.role!=="purchaser"?C`<${re} href="/app/">${o("navQueue")}<//>`:null}
      <${re} href="/app/procurements">${o("proc.nav")}<//>
      <${re} href="/app/contests">${o("contest.nav")}<//>
      ${n?.role==="ngo"?C`<${re} href="/app/eligible">${o("proc.navEligible")}<//> <${re} href="/app/bids">${o("proc.navMyBids")}<//>`:null}
      ${n?.role==="ngo"&&n.organisation?C`<${re} href=${"/app/organisations/"+n.organisation}>${o("navMyOrganisation")}<//>`:null}
      ${n?.role==="evaluator"?C`<${re} href="/app/committees">${o("eval.nav")}<//>`:null}
      ${n?.role==="ngo"||n?.role==="purchaser"?C`<${re} href="/app/contracts">${o(n.role==="ngo"?"con.navMine":"con.navUnit")}<//>`:null}
      <${re} href="/app/search">${o(n?"navSearch":"navPublicSearch")}<//>
      ${n?.role==="registrar"?C`<${re} href="/app/apply">${o("navApply")}<//>`:null}
      ${n?.role==="auditor"||n?.role==="admin"?C`<${re} href="/app/audit">${o("audit.nav")}<//>`:null}
      ${Eo.includes(n?.role)?C`<${re} href="/app/evaluations">${o("perf.nav")}<//>`:null}
      ${Io.includes(n?.role)?C`<${re} href="/app/statistics">${o("stats.nav")}<//>`:null}
      ${n?null:C`<${re} href="/app/">${o("signIn")}<//>`}
    </nav>
    <div class="who">
      ${n?C`<span class="identity" aria-label=${o("signedInAs")}>
            <span class="subject">${n.sub}</span>
            <span class="role">${o("roles."+n.role)}</span>
            ${n.jurisdiction?C`<span class="jurisdiction">${o("jurisdiction")} ${n.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${o("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${o("switchLanguageLabel")} onClick=${e}>${o("switchLanguage")}</button>
      ${n?C`<button type="button" class="link" id="sign-out" onClick=${t}>${o("signOut")}</button>`:null}
    </div>
  </header>`}var Io=["purchaser","registrar","auditor","admin"],Eo=["purchaser","ngo","evaluator"];function zs(t){let e=t?ot(t):null;return e&&e.exp*1e3>Date.now()?e:null}function Qs(){let[t,e]=y(je.get()),[o,n]=y(_e.token()),[i,r]=y(null),[s,a]=y(po()),c=zs(o),d=Me((I,m)=>Ue(t,I,m),[t]);F(()=>{let I=()=>a(po());return addEventListener("popstate",I),()=>removeEventListener("popstate",I)},[]),F(()=>{document.documentElement.lang=t==="en"?"en":"zh-CN",document.title=`${Ue(t,"appTitle")} \xB7 civic-ledger`},[t]);let p=Me((I=null)=>{_e.clear(),n(null),r(I)},[]);F(()=>vn(()=>p(Ue(je.get(),"sessionEnded"))),[p]),F(()=>{if(!o)return;let I=ot(o)?.exp*1e3,m=()=>p(Ue(je.get(),"tokenExpired"));if(!(I>Date.now()))return m();let u=setTimeout(m,Math.min(I-Date.now(),2**31-1));return()=>clearTimeout(u)},[o,p]);let f={t:d,lang:t,claims:c},l={t:d,lang:t,claims:c,ErrorText:ve,Link:re,navigate:pt},g;return s.screen==="procurements"||s.screen==="home"&&c?.role==="purchaser"?g=C`<${Zn} key=${location.search} ui=${l} params=${s.params??new URLSearchParams(c?"mine=1":"")} />`:s.screen==="procurement"?g=C`<${Xn} key=${s.id+location.search} ui=${l} id=${s.id} flash=${new URLSearchParams(location.search).has("drafted")?d("proc.drafted"):null} />`:s.screen==="contract"?g=C`<${qn} key=${s.id+location.search} ui=${l} id=${s.id} flash=${new URLSearchParams(location.search).has("signed")?d("con.signed"):null} />`:s.screen==="contests"?g=C`<${co} key=${location.search} ui=${l} params=${s.params} />`:s.screen==="contest"?g=C`<${uo} key=${s.id+location.search} ui=${l} id=${s.id} flash=${new URLSearchParams(location.search).has("opened")?d("contest.opened"):null} />`:c?.role==="purchaser"&&s.screen==="openCall"?g=C`<${lo} ui=${l} />`:Eo.includes(c?.role)&&s.screen==="evaluations"?g=C`<${jn} ui=${l} />`:s.screen==="evaluation"?g=C`<${Mn} key=${s.id} ui=${l} id=${s.id} />`:(c?.role==="auditor"||c?.role==="admin")&&s.screen==="purchaseAudit"?g=C`<${no} key=${s.id} ui=${l} id=${s.id} />`:Io.includes(c?.role)&&s.screen==="statistics"?g=C`<${io} key=${location.search} ui=${l} params=${s.params} />`:(c?.role==="ngo"||c?.role==="purchaser")&&s.screen==="contracts"?g=C`<${Yn} ui=${l} />`:c?.role==="purchaser"&&s.screen==="draft"?g=C`<${Jn} ui=${l} />`:c?.role==="ngo"&&(s.screen==="eligible"||s.screen==="home")?g=C`<${wn} ui=${l} />`:c?.role==="ngo"&&s.screen==="bids"?g=C`<${Dn} ui=${l} />`:c?.role==="evaluator"&&(s.screen==="committees"||s.screen==="home")?g=C`<${xn} ui=${l} />`:c?.role==="evaluator"&&s.screen==="committee"?g=C`<${Ln} key=${s.id} ui=${l} id=${s.id} />`:!c&&(s.screen==="search"||s.screen==="organisation")?g=s.screen==="search"?C`<${mo} params=${s.params} />`:C`<${$o} key=${s.id} id=${s.id} flash=${null} />`:c?s.screen==="audit"?g=C`<${Sn} t=${d} lang=${t} ErrorText=${ve} params=${s.params} extra=${C`<${oo} ui=${l} />`} />`:s.screen==="organisation"?g=C`<${$o} key=${s.id+location.search} id=${s.id} flash=${new URLSearchParams(location.search).has("applied")?d("applied"):null} />`:s.screen==="search"||s.screen==="home"&&!c.jurisdiction?g=C`<${mo} params=${s.params??new URLSearchParams} />`:s.screen==="apply"?g=C`<${Ys} />`:g=C`<${Ls} />`:g=C`<${Ps} notice=${i} onToken=${I=>(_e.save(I),n(I),r(null))} />`,C`<${ho.Provider} value=${f}>
    <${Ks}
      onSignOut=${()=>p(null)}
      onLanguage=${()=>{let I=t==="en"?"zh":"en";je.set(I),e(I)}}
    />
    ${g}
  <//>`}Jt(C`<${Qs} />`,document.getElementById("root"));})();
