(()=>{var tt,J,Wt,Cr,De,Vt,Yt,Kt,bt,Qe,He,Qt,It,vt,yt,zt,Je={},Xe=[],Rr=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,nt=Array.isArray;function Ae(e,t){for(var r in t)e[r]=t[r];return e}function Tt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ne(e,t,r){var n,o,i,a={};for(i in t)i=="key"?n=t[i]:i=="ref"?o=t[i]:a[i]=t[i];if(arguments.length>2&&(a.children=arguments.length>3?tt.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)a[i]===void 0&&(a[i]=e.defaultProps[i]);return ze(e,a,n,o,null)}function ze(e,t,r,n,o){var i={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++Wt,__i:-1,__u:0};return o==null&&J.vnode!=null&&J.vnode(i),i}function rt(e){return e.children}function Ze(e,t){this.props=e,this.context=t}function xe(e,t){if(t==null)return e.__?xe(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?xe(e):null}function Dr(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,n=[],o=[],i=Ae({},t);i.__v=t.__v+1,J.vnode&&J.vnode(i),_t(e.__P,i,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,n,r??xe(t),!!(32&t.__u),o),i.__v=t.__v,i.__.__k[i.__i]=i,tn(n,i,o),t.__e=t.__=null,i.__e!=r&&Zt(i)}}function Zt(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),Zt(e)}function Et(e){(!e.__d&&(e.__d=!0)&&De.push(e)&&!et.__r++||Vt!=J.debounceRendering)&&((Vt=J.debounceRendering)||Yt)(et)}function et(){try{for(var e,t=1;De.length;)De.length>t&&De.sort(Kt),e=De.shift(),t=De.length,Dr(e)}finally{De.length=et.__r=0}}function Jt(e,t,r,n,o,i,a,s,d,l,p){var f,c,$,y,u,m,g=n&&n.__k||Xe,I=t.length;for(d=Pr(r,t,g,d,I),f=0;f<I;f++)($=r.__k[f])!=null&&(c=$.__i!=-1&&g[$.__i]||Je,$.__i=f,m=_t(e,$,c,o,i,a,s,d,l,p),y=$.__e,$.ref&&c.ref!=$.ref&&(c.ref&&At(c.ref,null,$),p.push($.ref,$.__c||y,$)),u==null&&y!=null&&(u=y),4&$.__u?(d=Xt($,d,e),c.__e&&(c.__e=null)):typeof $.type=="function"&&m!==void 0?d=m:y&&(d=y.nextSibling),$.__u&=-7);return r.__e=u,d}function Pr(e,t,r,n,o){var i,a,s,d,l,p=r.length,f=p,c=0;for(e.__k=new Array(o),i=0;i<o;i++)(a=t[i])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[i]=ze(null,a,null,null,null):nt(a)?a=e.__k[i]=ze(rt,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[i]=ze(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[i]=a,d=i+c,a.__=e,a.__b=e.__b+1,s=null,(l=a.__i=kr(a,r,d,f))!=-1&&(f--,(s=r[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(o>p?c--:o<p&&c++),typeof a.type!="function"&&(a.__u|=4)):l!=d&&(l==d-1?c--:l==d+1?c++:(l>d?c--:c++,a.__u|=4))):e.__k[i]=null;if(f)for(i=0;i<p;i++)(s=r[i])!=null&&(2&s.__u)==0&&(s.__e==n&&(n=xe(s)),rn(s,s));return n}function Xt(e,t,r){var n,o;if(typeof e.type=="function"){for(n=e.__k,o=0;n&&o<n.length;o++)n[o]&&(n[o].__=e,t=Xt(n[o],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=xe(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function kr(e,t,r,n){var o,i,a,s=e.key,d=e.type,l=t[r],p=l!=null&&(2&l.__u)==0;if(l===null&&s==null||p&&s==l.key&&d==l.type)return r;if(n>(p?1:0)){for(o=r-1,i=r+1;o>=0||i<t.length;)if((l=t[a=o>=0?o--:i++])!=null&&(2&l.__u)==0&&s==l.key&&d==l.type)return a}return-1}function qt(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Rr.test(t)?r:r+"px"}function Ke(e,t,r,n,o){var i,a;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||qt(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||qt(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")i=t!=(t=t.replace(Qt,"$1")),a=t.toLowerCase(),t=a in e||t=="onFocusOut"||t=="onFocusIn"?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+i]=r,r?n?r[He]=n[He]:(r[He]=It,e.addEventListener(t,i?yt:vt,i)):e.removeEventListener(t,i?yt:vt,i);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function Gt(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[Qe]==null)t[Qe]=It++;else if(t[Qe]<r[He])return;return r(J.event?J.event(t):t)}}}function _t(e,t,r,n,o,i,a,s,d,l){var p,f,c,$,y,u,m,g,I,h,A,v,T,E,_,w,S=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(d=!!(32&r.__u),i=[s=t.__e=r.__e]),(p=J.__b)&&p(t);e:if(typeof S=="function"){f=a.length;try{if(I=t.props,h=S.prototype&&S.prototype.render,A=(p=S.contextType)&&n[p.__c],v=p?A?A.props.value:p.__:n,r.__c?g=(c=t.__c=r.__c).__=c.__E:(h?t.__c=c=new S(I,v):(t.__c=c=new Ze(I,v),c.constructor=S,c.render=Nr),A&&A.sub(c),c.state||(c.state={}),c.__n=n,$=c.__d=!0,c.__h=[],c._sb=[]),h&&c.__s==null&&(c.__s=c.state),h&&S.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=Ae({},c.__s)),Ae(c.__s,S.getDerivedStateFromProps(I,c.__s))),y=c.props,u=c.state,c.__v=t,$)h&&S.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),h&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(h&&S.getDerivedStateFromProps==null&&I!==y&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(I,v),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(I,c.__s,v)===!1){t.__v!=r.__v&&(c.props=I,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(P){P&&(P.__=t)}),Xe.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&a.push(c),s=xe(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(I,c.__s,v),h&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(y,u,m)})}if(c.context=v,c.props=I,c.__P=e,c.__e=!1,T=J.__r,E=0,h)c.state=c.__s,c.__d=!1,T&&T(t),p=c.render(c.props,c.state,c.context),Xe.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,T&&T(t),p=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++E<25);c.state=c.__s,c.getChildContext!=null&&(n=Ae(Ae({},n),c.getChildContext())),h&&!$&&c.getSnapshotBeforeUpdate!=null&&(m=c.getSnapshotBeforeUpdate(y,u)),_=p!=null&&p.type===rt&&p.key==null?nn(p.props.children):p,s=Jt(e,nt(_)?_:[_],t,r,n,o,i,a,s,d,l),c.base=t.__e,t.__u&=-161,c.__h.length&&a.push(c),g&&(c.__E=c.__=null)}catch(P){if(a.length=f,t.__v=null,d||i!=null){if(P.then){for(t.__u|=d?160:128;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;i!=null&&(i[i.indexOf(s)]=null),t.__e=s}else if(i!=null)for(w=i.length;w--;)Tt(i[w])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),P.then||en(t),J.__e(P,t,r)}}else i==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):s=t.__e=xr(r.__e,t,r,n,o,i,a,d,l);return(p=J.diffed)&&p(t),128&t.__u?void 0:s}function en(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(en))}function tn(e,t,r){for(var n=0;n<r.length;n++)At(r[n],r[++n],r[++n]);J.__c&&J.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(i){i.call(o)})}catch(i){J.__e(i,o.__v)}})}function nn(e){return typeof e!="object"||e==null||e.__b>0?e:nt(e)?e.map(nn):e.constructor!==void 0?null:Ae({},e)}function xr(e,t,r,n,o,i,a,s,d){var l,p,f,c,$,y,u,m=r.props||Je,g=t.props,I=t.type;if(I=="svg"?o="http://www.w3.org/2000/svg":I=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),i!=null){for(l=0;l<i.length;l++)if(($=i[l])&&"setAttribute"in $==!!I&&(I?$.localName==I:$.nodeType==3)){e=$,i[l]=null;break}}if(e==null){if(I==null)return document.createTextNode(g);e=document.createElementNS(o,I,g.is&&g),s&&(J.__m&&J.__m(t,i),s=!1),i=null}if(I==null)m===g||s&&e.data==g||(e.data=g);else{if(i=I=="textarea"&&g.defaultValue!=null?null:i&&tt.call(e.childNodes),!s&&i!=null)for(m={},l=0;l<e.attributes.length;l++)m[($=e.attributes[l]).name]=$.value;for(l in m)$=m[l],l=="dangerouslySetInnerHTML"?f=$:l=="children"||l in g||l=="value"&&"defaultValue"in g||l=="checked"&&"defaultChecked"in g||Ke(e,l,null,$,o);for(l in g)$=g[l],l=="children"?c=$:l=="dangerouslySetInnerHTML"?p=$:l=="value"?y=$:l=="checked"?u=$:s&&typeof $!="function"||m[l]===$||Ke(e,l,$,m[l],o);if(p)s||f&&(p.__html==f.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(f&&(e.innerHTML=""),Jt(t.type=="template"?e.content:e,nt(c)?c:[c],t,r,n,I=="foreignObject"?"http://www.w3.org/1999/xhtml":o,i,a,i?i[0]:r.__k&&xe(r,0),s,d),i!=null)for(l=i.length;l--;)Tt(i[l]);s&&I!="textarea"||(l="value",I=="progress"&&y==null?e.removeAttribute("value"):y!=null&&(y!==e[l]||I=="progress"&&!y||I=="option"&&y!=m[l])&&Ke(e,l,y,m[l],o),l="checked",u!=null&&u!=e[l]&&Ke(e,l,u,m[l],o))}return e}function At(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(o){J.__e(o,r)}}function rn(e,t,r){var n,o;if(J.unmount&&J.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||At(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(i){J.__e(i,t)}n.base=n.__P=n.__n=null}if(n=e.__k)for(o=0;o<n.length;o++)n[o]&&rn(n[o],t,r||typeof e.type!="function");r||Tt(e.__e),e.__c=e.__=e.__e=void 0}function Nr(e,t,r){return this.constructor(e,r)}function on(e,t,r){var n,o,i,a;t==document&&(t=document.documentElement),J.__&&J.__(e,t),o=(n=typeof r=="function")?null:r&&r.__k||t.__k,i=[],a=[],_t(t,e=(!n&&r||t).__k=ne(rt,null,[e]),o||Je,Je,t.namespaceURI,!n&&r?[r]:o?null:t.firstChild?tt.call(t.childNodes):null,i,!n&&r?r:o?o.__e:t.firstChild,n,a),tn(i,e,a),e.props.children=null}function an(e){function t(r){var n,o;return this.getChildContext||(n=new Set,(o={})[t.__c]=this,this.getChildContext=function(){return o},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&n.forEach(function(a){a.__e=!0,Et(a)})},this.sub=function(i){n.add(i);var a=i.componentWillUnmount;i.componentWillUnmount=function(){n&&n.delete(i),a&&a.call(i)}}),r.children}return t.__c="__cC"+zt++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}tt=Xe.slice,J={__e:function(e,t,r,n){for(var o,i,a;t=t.__;)if((o=t.__c)&&!o.__)try{if((i=o.constructor)&&i.getDerivedStateFromError!=null&&(o.setState(i.getDerivedStateFromError(e)),a=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,n||{}),a=o.__d),a)return o.__E=o}catch(s){e=s}throw e}},Wt=0,Cr=function(e){return e!=null&&e.constructor===void 0},Ze.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Ae({},this.state),typeof e=="function"&&(e=e(Ae({},r),this.props)),e&&Ae(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),Et(this))},Ze.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Et(this))},Ze.prototype.render=rt,De=[],Yt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Kt=function(e,t){return e.__v.__b-t.__v.__b},et.__r=0,bt=Math.random().toString(8),Qe="__d"+bt,He="__a"+bt,Qt=/(PointerCapture)$|Capture$/i,It=0,vt=Gt(!1),yt=Gt(!0),zt=0;var Le,re,St,sn,je=0,hn=[],oe=J,cn=oe.__b,dn=oe.__r,ln=oe.diffed,un=oe.__c,pn=oe.unmount,mn=oe.__;function ot(e,t){oe.__h&&oe.__h(re,e,je||t),je=0;var r=re.__H||(re.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function b(e){return je=1,Or(vn,e)}function Or(e,t,r){var n=ot(Le++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):vn(void 0,t),function(s){var d=n.__N?n.__N[0]:n.__[0],l=n.t(d,s);d!==l&&(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=re,!re.__f)){var o=function(s,d,l){if(!n.__c.__H)return!0;var p=!1,f=n.__c.props!==s;if(n.__c.__H.__.some(function($){if($.__N){p=!0;var y=$.__[0];$.__=$.__N,$.__N=void 0,y!==$.__[0]&&(f=!0)}}),i){var c=i.call(this,s,d,l);return p?c||f:c}return!p||f};re.__f=!0;var i=re.shouldComponentUpdate,a=re.componentWillUpdate;re.componentWillUpdate=function(s,d,l){if(this.__e){var p=i;i=void 0,o(s,d,l),i=p}a&&a.call(this,s,d,l)},re.shouldComponentUpdate=o}return n.__N||n.__}function H(e,t){var r=ot(Le++,3);!oe.__s&&bn(r.__H,t)&&(r.__=e,r.u=t,re.__H.__h.push(r))}function be(e){return je=5,fn(function(){return{current:e}},[])}function fn(e,t){var r=ot(Le++,7);return bn(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function Ve(e,t){return je=8,fn(function(){return e},t)}function gn(e){var t=re.context[e.__c],r=ot(Le++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(re)),t.props.value):e.__}function Lr(){for(var e;e=hn.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(it),t.__h.some(wt),t.__h=[]}catch(r){t.__h=[],oe.__e(r,e.__v)}}}oe.__b=function(e){re=null,cn&&cn(e)},oe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),mn&&mn(e,t)},oe.__r=function(e){dn&&dn(e),Le=0;var t=(re=e.__c).__H;t&&(St===re?(t.__h=[],re.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some(it),t.__h.some(wt),t.__h=[],Le=0)),St=re},oe.diffed=function(e){ln&&ln(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(hn.push(t)!==1&&sn===oe.requestAnimationFrame||((sn=oe.requestAnimationFrame)||Fr)(Lr)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),St=re=null},oe.__c=function(e,t){t.some(function(r){try{r.__h.some(it),r.__h=r.__h.filter(function(n){return!n.__||wt(n)})}catch(n){t.some(function(o){o.__h&&(o.__h=[])}),t=[],oe.__e(n,r.__v)}}),un&&un(e,t)},oe.unmount=function(e){pn&&pn(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(n){try{it(n)}catch(o){t=o}}),r.__H=void 0,t&&oe.__e(t,r.__v))};var $n=typeof requestAnimationFrame=="function";function Fr(e){var t,r=function(){clearTimeout(n),$n&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);$n&&(t=requestAnimationFrame(r))}function it(e){var t=re,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),re=t}function wt(e){var t=re;e.__c=e.__(),re=t}function bn(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function vn(e,t){return typeof t=="function"?t(e):t}var En=function(e,t,r,n){var o;t[0]=0;for(var i=1;i<t.length;i++){var a=t[i++],s=t[i]?(t[0]|=a?1:2,r[t[i++]]):t[++i];a===3?n[0]=s:a===4?n[1]=Object.assign(n[1]||{},s):a===5?(n[1]=n[1]||{})[t[++i]]=s:a===6?n[1][t[++i]]+=s+"":a?(o=e.apply(s,En(e,s,r,["",null])),n.push(o),s[0]?t[0]|=2:(t[i-2]=0,t[i]=o)):n.push(s)}return n},yn=new Map;function ie(e){var t=yn.get(this);return t||(t=new Map,yn.set(this,t)),(t=En(this,t.get(e)||(t.set(e,t=(function(r){for(var n,o,i=1,a="",s="",d=[0],l=function(c){i===1&&(c||(a=a.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?d.push(0,c,a):i===3&&(c||a)?(d.push(3,c,a),i=2):i===2&&a==="..."&&c?d.push(4,c,0):i===2&&a&&!c?d.push(5,0,!0,a):i>=5&&((a||!c&&i===5)&&(d.push(i,0,a,o),i=6),c&&(d.push(i,c,0,o),i=6)),a=""},p=0;p<r.length;p++){p&&(i===1&&l(),l(p));for(var f=0;f<r[p].length;f++)n=r[p][f],i===1?n==="<"?(l(),d=[d],i=3):a+=n:i===4?a==="--"&&n===">"?(i=1,a=""):a=n+a[0]:s?n===s?s="":a+=n:n==='"'||n==="'"?s=n:n===">"?(l(),i=1):i&&(n==="="?(i=5,o=a,a=""):n==="/"&&(i<5||r[p][f+1]===">")?(l(),i===3&&(d=d[0]),i=d,(d=d[0]).push(2,0,i),i=0):n===" "||n==="	"||n===`
`||n==="\r"?(l(),i=2):a+=n),i===3&&a==="!--"&&(i=4,d=d[0])}return l(),d})(e)),t),arguments,[])).length>1?t:t[0]}var Mr={zh:{appTitle:"\u793E\u4F1A\u7EC4\u7EC7\u767B\u8BB0\u7BA1\u7406",skipToMain:"\u8DF3\u5230\u6B63\u6587",nav:"\u4E3B\u5BFC\u822A",navQueue:"\u4ECA\u65E5\u5F85\u529E",navSearch:"\u67E5\u8BE2",navMyOrganisation:"\u672C\u673A\u6784",navApply:"\u767B\u8BB0\u7533\u8BF7",navPublicSearch:"\u516C\u5F00\u67E5\u8BE2\uFF08\u65E0\u9700\u767B\u5F55\uFF09",switchLanguage:"English",switchLanguageLabel:"Switch to English",signOut:"\u9000\u51FA\u767B\u5F55",signedInAs:"\u5F53\u524D\u7528\u6237",role:"\u89D2\u8272",jurisdiction:"\u8F96\u533A",roles:{registrar:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",purchaser:"\u8D2D\u4E70\u4E3B\u4F53",ngo:"\u793E\u4F1A\u7EC4\u7EC7",evaluator:"\u8BC4\u5BA1\u4E13\u5BB6",auditor:"\u5BA1\u8BA1",admin:"\u7BA1\u7406\u5458"},signInTitle:"\u767B\u5F55",signInPassword:"\u7528\u6237\u540D\u548C\u5BC6\u7801",signInToken:"\u4F7F\u7528\u4EE4\u724C",username:"\u7528\u6237\u540D",password:"\u5BC6\u7801",token:"\u4EE4\u724C",tokenHelp:"\u7C98\u8D34\u7BA1\u7406\u5458\u7528 civic-ledger token issue \u7B7E\u53D1\u7684\u4EE4\u724C\uFF1B\u4EC5\u5728\u672C\u6B21\u6D4F\u89C8\u5668\u4F1A\u8BDD\u4E2D\u4FDD\u5B58\u3002",signIn:"\u767B\u5F55",signInWithToken:"\u4F7F\u7528\u4EE4\u724C\u767B\u5F55",tokenMalformed:"\u8FD9\u4E0D\u662F\u6709\u6548\u7684\u4EE4\u724C\uFF1A\u8BF7\u5B8C\u6574\u7C98\u8D34\u3002",tokenExpired:"\u4EE4\u724C\u5DF2\u8FC7\u671F\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",sessionEnded:"\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",queueTitle:"\u4ECA\u65E5\u5F85\u529E",queueIntro:"\u672C\u8F96\u533A\u5C1A\u672A\u529E\u7ED3\u7684\u6CD5\u5B9A\u65F6\u9650\u4E8B\u9879\uFF0C\u5DF2\u8D85\u671F\u7684\u6392\u5728\u6700\u524D\u3002",queueEmpty:"\u6CA1\u6709\u5F85\u529E\u4E8B\u9879\u3002",weekChartTitle:"\u672C\u5468\u5230\u671F\u7684\u4E8B\u9879",weekChartDescribe:"\u5DF2\u8D85\u671F {overdue} \u4EF6\uFF1B\u672C\u5468\u6BCF\u65E5\u5230\u671F\uFF1A{days}\u3002",today:"\u4ECA\u5929",listSeparator:"\uFF0C",organisation:"\u793E\u4F1A\u7EC4\u7EC7",caseKind:"\u4E8B\u9879",rule:"\u89C4\u5219",openedOn:"\u5F00\u59CB\u65E5\u671F",due:"\u622A\u6B62\u65E5\u671F",state:"\u72B6\u6001",overdue:"\u5DF2\u8D85\u671F",dueToday:"\u4ECA\u65E5\u5230\u671F",onTime:"\u672A\u5230\u671F",cases:{REGISTRATION_DECISION:"\u767B\u8BB0\u5BA1\u6279",PREPARATION_DECISION:"\u7B79\u5907\u5BA1\u6279",ESTABLISHMENT_DECISION:"\u6210\u7ACB\u767B\u8BB0\u5BA1\u6279",ESTABLISHMENT_APPLICATION:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ANNUAL_REPORT:"{year} \u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",ABNORMAL_ESCALATION:"\u5F02\u5E38\u540D\u5F55\u8F6C\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1",ABNORMAL_AUTO_REMOVAL:"\u5F02\u5E38\u540D\u5F55\u81EA\u52A8\u79FB\u51FA",ABNORMAL_REMOVAL_DECISION:"\u79FB\u51FA\u5F02\u5E38\u540D\u5F55\u51B3\u5B9A",RATING_EXPIRY:"\u8BC4\u4F30\u7B49\u7EA7\u5230\u671F"},searchTitle:"\u67E5\u8BE2\u793E\u4F1A\u7EC4\u7EC7",searchName:"\u540D\u79F0\u5305\u542B",searchCreditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",searchStatus:"\u72B6\u6001",anyStatus:"\u5168\u90E8",search:"\u67E5\u8BE2",results:"\u67E5\u8BE2\u7ED3\u679C\uFF1A{count} \u4E2A",noResults:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",statuses:{APPLIED:"\u5DF2\u7533\u8BF7\u767B\u8BB0",PREP_APPLIED:"\u5DF2\u7533\u8BF7\u7B79\u5907",PREPARING:"\u7B79\u5907\u4E2D",ESTAB_APPLIED:"\u5DF2\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",ACTIVE:"\u6B63\u5E38",SUSPENDED:"\u505C\u6B62\u6D3B\u52A8",LIQUIDATING:"\u6E05\u7B97\u4E2D",REFUSED:"\u4E0D\u4E88\u767B\u8BB0",LAPSED:"\u7B79\u5907\u5931\u6548",DEREGISTERED:"\u5DF2\u6CE8\u9500",REVOKED:"\u5DF2\u64A4\u9500"},kinds:{SOCIAL_GROUP:"\u793E\u4F1A\u56E2\u4F53",SOCIAL_SERVICE_ORG:"\u793E\u4F1A\u670D\u52A1\u673A\u6784",FOUNDATION:"\u57FA\u91D1\u4F1A"},kind:"\u7C7B\u578B",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",legalRepresentativeName:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA\u59D3\u540D",idNumber:"\u5C45\u6C11\u8EAB\u4EFD\u8BC1\u53F7\u7801",phone:"\u8054\u7CFB\u7535\u8BDD",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D\uFF08\u76F4\u63A5\u767B\u8BB0\u7684\u4E0D\u586B\uFF09",supervisoryUnitShort:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",publicFundraising:"\u516C\u52DF\u57FA\u91D1\u4F1A",appliedAt:"\u7533\u8BF7\u65F6\u95F4",registeredAt:"\u767B\u8BB0\u65F6\u95F4",refusedAt:"\u4E0D\u4E88\u767B\u8BB0\u65F6\u95F4",refusalReason:"\u4E0D\u4E88\u767B\u8BB0\u7406\u7531",decisionDue:"\u5BA1\u6279\u622A\u6B62\u65E5\u671F",loading:"\u6B63\u5728\u52A0\u8F7D\u2026",notFound:"\u6CA1\u6709\u627E\u5230\u8FD9\u4E2A\u793E\u4F1A\u7EC4\u7EC7\u3002",profileTitle:"\u793E\u4F1A\u7EC4\u7EC7\u4FE1\u606F",openCases:"\u672A\u529E\u7ED3\u4E8B\u9879",annualReports:"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A",year:"\u5E74\u5EA6",submittedAt:"\u62A5\u9001\u65F6\u95F4",conclusion:"\u68C0\u67E5\u7ED3\u8BBA",notFiledDue:"\u672A\u62A5\u9001\u622A\u6B62",conclusions:{QUALIFIED:"\u5408\u683C",BASICALLY_QUALIFIED:"\u57FA\u672C\u5408\u683C",UNQUALIFIED:"\u4E0D\u5408\u683C"},none:"\u65E0",creditStanding:"\u4FE1\u7528\u72B6\u51B5",lists:{NORMAL:"\u6B63\u5E38",ABNORMAL:"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55",SERIOUS:"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355"},creditHistory:"\u5217\u5165\u8BB0\u5F55",listedAt:"\u5217\u5165\u65F6\u95F4",endedAt:"\u79FB\u51FA\u65F6\u95F4",reason:"\u7406\u7531",rating:"\u8BC4\u4F30\u7B49\u7EA7",ratingScore:"{label}\uFF08{score} \u5206\uFF09\uFF0C\u6709\u6548\u671F\u81F3 {until}",noRating:"\u672A\u8BC4\u4F30",decision:"\u5BA1\u6279",approve:"\u51C6\u4E88\u767B\u8BB0",refuse:"\u4E0D\u4E88\u767B\u8BB0",refuseReason:"\u4E0D\u4E88\u767B\u8BB0\u7684\u7406\u7531",approved:"\u5DF2\u51C6\u4E88\u767B\u8BB0\u3002",refused:"\u5DF2\u51B3\u5B9A\u4E0D\u4E88\u767B\u8BB0\u3002",conflict:"\u8BE5\u8BB0\u5F55\u5DF2\u88AB\u4ED6\u4EBA\u4FEE\u6539\uFF0C\u8BF7\u91CD\u65B0\u52A0\u8F7D\u540E\u518D\u64CD\u4F5C\u3002",reload:"\u91CD\u65B0\u52A0\u8F7D",applyTitle:"\u767B\u8BB0\u7533\u8BF7",applyIntro:"\u5F55\u5165\u7533\u8BF7\u6750\u6599\uFF1B\u63D0\u4EA4\u540E\u8FDB\u5165\u5BA1\u6279\u3002",submit:"\u63D0\u4EA4\u7533\u8BF7",submitting:"\u6B63\u5728\u63D0\u4EA4\u2026",applied:"\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",ruleLabel:"\u89C4\u5219 {rule}",ruleSeparator:"\uFF1A",rules:{"CAT-ITEM":"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE","PROC-METHOD":"\u91C7\u8D2D\u65B9\u5F0F","PROC-PERIOD":"\u7B49\u6807\u671F","PROC-TERM":"\u670D\u52A1\u671F\u9650","PROC-STATE":"\u5F53\u524D\u91C7\u8D2D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","BID-SECURITY":"\u6295\u6807\u4FDD\u8BC1\u91D1\u4E0A\u9650","BID-SEALED":"\u5BC6\u5C01\u6295\u6807","BID-ELIGIBLE":"\u6295\u6807\u4EBA\u8D44\u683C","BID-MIN-BIDDERS":"\u6709\u6548\u6295\u6807\u4EBA\u6570\u4E0B\u9650","EVAL-PRICE-WEIGHT":"\u4EF7\u683C\u5206\u6743\u91CD","EVAL-COMMITTEE":"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u7EC4\u6210","EVAL-RECUSAL":"\u56DE\u907F","AWARD-RANK":"\u6309\u6392\u540D\u786E\u5B9A\u4E2D\u6807\u4EBA","REG-USCC":"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801","REG-NAME":"\u540D\u79F0","REG-STATE":"\u5F53\u524D\u72B6\u6001\u4E0D\u5141\u8BB8\u6B64\u64CD\u4F5C","REG-REFUSAL-REASON":"\u4E0D\u4E88\u767B\u8BB0\u987B\u8BF4\u660E\u7406\u7531","REG-CHANGE":"\u53D8\u66F4\u767B\u8BB0","REG-MIN-MEMBERS":"\u4F1A\u5458\u6570\u91CF\u4E0B\u9650","REG-MIN-FUNDS":"\u6CE8\u518C\u8D44\u91D1\u4E0B\u9650","REG-TWO-STAGE":"\u793E\u4F1A\u56E2\u4F53\u4E24\u9636\u6BB5\u767B\u8BB0","REG-DECISION-DUE":"\u5BA1\u6279\u65F6\u9650","REG-ANNUAL-REPORT":"\u5E74\u5EA6\u5DE5\u4F5C\u62A5\u544A","CREDIT-ABNORMAL":"\u6D3B\u52A8\u5F02\u5E38\u540D\u5F55","CREDIT-SERIOUS":"\u4E25\u91CD\u8FDD\u6CD5\u5931\u4FE1\u540D\u5355","RATE-GRADE":"\u8BC4\u4F30\u7B49\u7EA7",HUB:"\u67A2\u7EBD\u578B\u793E\u4F1A\u7EC4\u7EC7","CON-SIGN":"\u5408\u540C\u7B7E\u8BA2","CON-PAYMENT":"\u5408\u540C\u4ED8\u6B3E","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C","CON-ACCEPTANCE":"\u5C65\u7EA6\u9A8C\u6536","AUDIT-IMMUTABLE":"\u8BB0\u5F55\u4E0D\u53EF\u66F4\u6539\uFF0C\u53EA\u53EF\u66F4\u6B63","PERF-SCORE":"\u7EE9\u6548\u8BC4\u4EF7\u8BC4\u5206","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u4E3B\u4F53","PERF-FEEDS":"\u7EE9\u6548\u7B49\u7EA7\u8BB0\u5165\u767B\u8BB0\u4FE1\u606F"},ruleText:{"CON-SIGN":"\u5408\u540C\u987B\u7531\u91C7\u8D2D\u4EBA\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u3001\u5728\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u540E\u7684\u6CD5\u5B9A\u671F\u9650\u5185\u7B7E\u8BA2\uFF0C\u8D28\u7591\u672A\u51B3\u65F6\u4E0D\u5F97\u7B7E\u8BA2\uFF0C\u6BCF\u4E2A\u91C7\u8D2D\u9879\u76EE\u53EA\u7B7E\u8BA2\u4E00\u4EFD\u5408\u540C\u3002","CON-PAYMENT":"\u4ED8\u6B3E\u8282\u70B9\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\uFF1B\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u65B9\u53EF\u4ED8\u6B3E\uFF0C\u4ED8\u6B3E\u4E0D\u5F97\u8D85\u8FC7\u8282\u70B9\u91D1\u989D\uFF0C\u5E76\u987B\u5728\u89C4\u5B9A\u671F\u9650\u5185\u652F\u4ED8\u3002","CON-SUPPLEMENT":"\u8865\u5145\u5408\u540C\u987B\u4E3A\u540C\u4E00\u6807\u7684\uFF0C\u6240\u6709\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684\u6CD5\u5B9A\u6BD4\u4F8B\u3002","CON-ACCEPTANCE":"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u5C65\u7EA6\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u5E76\u516C\u5F00\u9A8C\u6536\u7ED3\u679C\uFF1B\u5168\u90E8\u4EA4\u4ED8\u9A8C\u6536\u5408\u683C\u540E\u5408\u540C\u65B9\u53EF\u5C65\u884C\u5B8C\u6BD5\u3002","AUDIT-IMMUTABLE":"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF0C\u53EA\u80FD\u4EE5\u65B0\u7684\u66F4\u6B63\u8BB0\u5F55\u8BF4\u660E\u7406\u7531\u3002","PERF-SCORE":"\u6BCF\u9879\u6307\u6807\u5F97\u5206\u5728 0 \u81F3\u5176\u5206\u503C\u4E4B\u95F4\uFF0C\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\u3002","PERF-EVALUATOR":"\u7EE9\u6548\u8BC4\u4EF7\u5728\u5408\u540C\u5C65\u884C\u5B8C\u6BD5\u6216\u89E3\u9664\u540E\u5F00\u5C55\uFF1B\u7B2C\u4E09\u65B9\u987B\u4E3A\u4E0E\u627F\u63A5\u4E3B\u4F53\u65E0\u5173\u8054\u7684\u6B63\u5E38\u767B\u8BB0\u793E\u4F1A\u7EC4\u7EC7\u3002"},networkError:"\u65E0\u6CD5\u8FDE\u63A5\u670D\u52A1\u5668\uFF1A{message}",reasonLabel:"\u7406\u7531",required:"\u5FC5\u586B",backToQueue:"\u8FD4\u56DE\u4ECA\u65E5\u5F85\u529E",version:"\u7248\u672C",twoStage:"\u4E24\u9636\u6BB5\u767B\u8BB0\uFF1A\u5148\u7533\u8BF7\u7B79\u5907",members:"\u4F1A\u5458",individualMembers:"\u4E2A\u4EBA\u4F1A\u5458\u6570",unitMembers:"\u5355\u4F4D\u4F1A\u5458\u6570",memberCounts:"\u4E2A\u4EBA\u4F1A\u5458 {individual} \u540D\uFF0C\u5355\u4F4D\u4F1A\u5458 {unit} \u4E2A",approvePreparation:"\u51C6\u4E88\u7B79\u5907",refusePreparation:"\u4E0D\u51C6\u4E88\u7B79\u5907",preparationApproved:"\u5DF2\u51C6\u4E88\u7B79\u5907\u3002",preparationRefused:"\u5DF2\u51B3\u5B9A\u4E0D\u51C6\u4E88\u7B79\u5907\u3002",establishment:"\u6210\u7ACB\u767B\u8BB0",establishmentDue:"\u7B79\u5907\u671F\u5185\uFF08{due} \u524D\uFF09\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0\u3002",applyEstablishment:"\u7533\u8BF7\u6210\u7ACB\u767B\u8BB0",establishmentApplied:"\u6210\u7ACB\u767B\u8BB0\u7533\u8BF7\u5DF2\u53D7\u7406\u3002",con:{nav:"\u5408\u540C",navMine:"\u6211\u7684\u5408\u540C",navUnit:"\u672C\u5355\u4F4D\u5408\u540C",statuses:{ACTIVE:"\u5C65\u884C\u4E2D",SUSPENDED:"\u5DF2\u4E2D\u6B62",TERMINATED:"\u5DF2\u89E3\u9664",COMPLETED:"\u5DF2\u5C65\u884C\u5B8C\u6BD5"},kinds:{DELIVERY:"\u4EA4\u4ED8\u9A8C\u6536",PAYMENT:"\u4ED8\u6B3E",ASSESSMENT:"\u7EE9\u6548\u8BC4\u4EF7"},ocds:{scheduled:"\u672A\u5B8C\u6210",met:"\u9A8C\u6536\u5408\u683C",notMet:"\u9A8C\u6536\u4E0D\u5408\u683C"},signTitle:"\u7B7E\u8BA2\u653F\u5E9C\u91C7\u8D2D\u5408\u540C",signIntro:"\u5408\u540C\u4E0E\u4E2D\u6807\u4EBA\u6309\u4E2D\u6807\u91D1\u989D\u7B7E\u8BA2\uFF08\u81EA\u4E2D\u6807\u901A\u77E5\u4E66\u53D1\u51FA\u4E4B\u65E5\u8D77\u7684\u6CD5\u5B9A\u671F\u9650\u5185\uFF09\uFF1B\u4ED8\u6B3E\u8282\u70B9\u7684\u91D1\u989D\u5408\u8BA1\u987B\u7B49\u4E8E\u5408\u540C\u91D1\u989D\u3002",supplier:"\u4F9B\u5E94\u5546\uFF08\u4E2D\u6807\u4EBA\uFF09",amount:"\u5408\u540C\u91D1\u989D",milestones:"\u5C65\u7EA6\u8282\u70B9",milestoneId:"\u7F16\u53F7",kind:"\u7C7B\u578B",title:"\u540D\u79F0",milestoneTitle:"{id} \u540D\u79F0",due:"{id} \u65E5\u671F",dueShort:"\u65E5\u671F",paymentAmount:"{id} \u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",follows:"{id} \u5BF9\u5E94\u7684\u4EA4\u4ED8\u9A8C\u6536",followsNone:"\uFF08\u672A\u6307\u5B9A\uFF09",followsText:"\u4E8E {id} {title} \u9A8C\u6536\u5408\u683C\u540E\u652F\u4ED8",remove:"\u5220\u9664",removeMilestone:"\u5220\u9664\u8282\u70B9 {id}",addDelivery:"\u6DFB\u52A0\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",addPayment:"\u6DFB\u52A0\u4ED8\u6B3E\u8282\u70B9",sumMatches:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u4E0E\u5408\u540C\u91D1\u989D\u4E00\u81F4\u3002",sumShort:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u5C11 {gap}\u3002",sumOver:"\u4ED8\u6B3E\u5408\u8BA1 {sum}\uFF0C\u6BD4\u5408\u540C\u91D1\u989D\u591A {gap}\u3002",sumUnreadable:"\u6709\u4ED8\u6B3E\u91D1\u989D\u65E0\u6CD5\u8BC6\u522B\uFF0C\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\u3002",sign:"\u7B7E\u8BA2\u5408\u540C",signed:"\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",contractLink:"\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF08{status}\uFF09",notFound:"\u6CA1\u6709\u8FD9\u4EFD\u5408\u540C\u3002",between:"\u91C7\u8D2D\u4EBA {purchaser} \u4E0E\u4F9B\u5E94\u5546 {supplier}",fromProcurement:"\u91C7\u8D2D\u9879\u76EE",money:"\u5408\u540C\u91D1\u989D\u4E0E\u652F\u4ED8",supplemented:"\u8865\u5145\u5408\u540C\u91D1\u989D",total:"\u5408\u540C\u603B\u989D\uFF08\u542B\u8865\u5145\u5408\u540C\uFF09",accepted:"\u5DF2\u9A8C\u6536\u53EF\u4ED8",paid:"\u5DF2\u652F\u4ED8",remaining:"\u672A\u652F\u4ED8",overdue:"\u903E\u671F\u672A\u4ED8",amountShort:"\u91D1\u989D",chartTitle:"\u5DF2\u652F\u4ED8\u4E0E\u672A\u652F\u4ED8",chartPaid:"\u5DF2\u652F\u4ED8",chartOwed:"\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8",chartLater:"\u5C1A\u672A\u9A8C\u6536",chartDescribe:"\u5408\u540C\u603B\u989D {total}\uFF1A\u5DF2\u652F\u4ED8 {paid}\uFF0C\u5DF2\u9A8C\u6536\u5F85\u652F\u4ED8 {owed}\uFF0C\u5C1A\u672A\u9A8C\u6536 {later}\u3002",terms:"\u5408\u540C\u6761\u6B3E",signedAt:"\u7B7E\u8BA2\u65F6\u95F4",endedAt:"\u7EC8\u6B62\u65F6\u95F4",fromSupplement:"\u8865\u5145\u5408\u540C",acceptances:"\u5C65\u7EA6\u9A8C\u6536\u7ED3\u679C",noAcceptances:"\u5C1A\u65E0\u9A8C\u6536\u8BB0\u5F55\u3002",result:"\u9A8C\u6536\u7ED3\u8BBA",passed:"\u5408\u683C",failed:"\u4E0D\u5408\u683C",superseded:"\uFF08\u5DF2\u66F4\u6B63\uFF09",recipientsShort:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",recipientsCount:"{count} \u540D\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E",acceptedAt:"\u9A8C\u6536\u65F6\u95F4",paymentDue:"\u4ED8\u6B3E\u671F\u9650",payments:"\u4ED8\u6B3E\u8BB0\u5F55",noPayments:"\u5C1A\u65E0\u4ED8\u6B3E\u3002",paidAt:"\u4ED8\u6B3E\u65F6\u95F4",reference:"\u4ED8\u6B3E\u51ED\u8BC1\u53F7",onTime:"\u662F\u5426\u6309\u671F",late:"\u903E\u671F\u652F\u4ED8",inTime:"\u6309\u671F",supplements:"\u8865\u5145\u5408\u540C",corrections:"\u66F4\u6B63\u8BB0\u5F55",correctedPayment:"\u4ED8\u6B3E\u91D1\u989D\u7531 {from} \u66F4\u6B63\u4E3A {to}",correctedAcceptance:"{id} \u9A8C\u6536\u7ED3\u8BBA\u7531{from}\u66F4\u6B63\u4E3A{to}",statusChanges:"\u5408\u540C\u72B6\u6001\u53D8\u5316",overdueTitle:"\u903E\u671F\u672A\u4ED8\u6B3E {unpaid}",overdueSince:"\u4ED8\u6B3E\u671F\u9650 {due}\uFF0C\u5C1A\u6B20 {unpaid}",actions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",acceptTitle:"\u5C65\u7EA6\u9A8C\u6536",deliveryMilestone:"\u4EA4\u4ED8\u9A8C\u6536\u8282\u70B9",recipients:"\u53C2\u4E0E\u9A8C\u6536\u7684\u670D\u52A1\u5BF9\u8C61\u4EBA\u6570",recipientsHint:"\u516C\u5171\u670D\u52A1\u9879\u76EE\u7684\u9A8C\u6536\u987B\u6709\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\uFF0C\u81F3\u5C11 1 \u4EBA\u3002",recipientsNote:"\u670D\u52A1\u5BF9\u8C61\u53C2\u4E0E\u65B9\u5F0F\uFF08\u5982\u4F55\u9009\u53D6\u3001\u4F55\u4EBA\u53C2\u4E0E\uFF09",report:"\u9A8C\u6536\u62A5\u544A",acceptSubmit:"\u8BB0\u5F55\u9A8C\u6536\u7ED3\u679C",acceptedPassed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u5408\u683C\u3002",acceptedFailed:"\u9A8C\u6536\u7ED3\u679C\u5DF2\u8BB0\u5F55\uFF1A\u4E0D\u5408\u683C\u3002",countInvalid:"\u8BF7\u586B\u5199\u4EBA\u6570\uFF08\u6574\u6570\uFF09\u3002",payTitle:"\u8BB0\u5F55\u4ED8\u6B3E",paymentMilestone:"\u4ED8\u6B3E\u8282\u70B9",payHint:"\u8BE5\u8282\u70B9\u5C1A\u672A\u652F\u4ED8 {left}\uFF1B\u5BF9\u5E94\u4EA4\u4ED8\u9A8C\u6536 {delivery}\uFF08{state}\uFF09\u3002",deliveryAccepted:"\u5DF2\u9A8C\u6536\u5408\u683C",deliveryNotAccepted:"\u5C1A\u672A\u9A8C\u6536\u5408\u683C",payAmount:"\u4ED8\u6B3E\u91D1\u989D\uFF08\u5143\uFF09",paySubmit:"\u8BB0\u5F55\u4ED8\u6B3E",paymentRecorded:"\u4ED8\u6B3E\u5DF2\u8BB0\u5F55\u3002",paidInFull:"\u5DF2\u4ED8\u6E05",partlyPaid:"\u90E8\u5206\u652F\u4ED8",complete:"\u786E\u8BA4\u5408\u540C\u5C65\u884C\u5B8C\u6BD5",completed:"\u5408\u540C\u5DF2\u5C65\u884C\u5B8C\u6BD5\u3002",myTitle:"\u6211\u7684\u5408\u540C",myIntro:"\u672C\u7EC4\u7EC7\u4F5C\u4E3A\u4F9B\u5E94\u5546\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\uFF0C\u4EE5\u53CA\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E\u3002",unitTitle:"\u672C\u5355\u4F4D\u7684\u5408\u540C",unitIntro:"\u672C\u5355\u4F4D\u4F5C\u4E3A\u91C7\u8D2D\u4EBA\u7B7E\u8BA2\u7684\u653F\u5E9C\u91C7\u8D2D\u5408\u540C\u3002",none:"\u6CA1\u6709\u5408\u540C\u3002",received:"\u5DF2\u6536\u5230\u7684\u4ED8\u6B3E",supplementTitle:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",headroom:"\u8865\u5145\u5408\u540C\u91D1\u989D\u5408\u8BA1\u4E0D\u5F97\u8D85\u8FC7\u539F\u5408\u540C\u91D1\u989D\u7684 {percent}%\uFF08\u653F\u5E9C\u91C7\u8D2D\u6CD5\u7B2C\u56DB\u5341\u4E5D\u6761\uFF09\uFF1B\u5DF2\u8865\u5145 {used}\uFF0C\u5C1A\u53EF\u8865\u5145 {left}\u3002",headroomLeft:"\u81F3\u591A {left}",supplementAmount:"\u8865\u5145\u5408\u540C\u91D1\u989D\uFF08\u5143\uFF09",supplementDescription:"\u8865\u5145\u5185\u5BB9",sameSubject:"\u8865\u5145\u5408\u540C\u4E0E\u539F\u5408\u540C\u6807\u7684\u76F8\u540C\uFF0C\u5176\u4ED6\u6761\u6B3E\u4E0D\u53D8",supplementPayment:"\u8865\u5145\u5408\u540C\u7684\u4ED8\u6B3E\u8282\u70B9",supplementPayTitle:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u540D\u79F0",supplementPayDue:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u65E5\u671F",supplementFollows:"\u8865\u5145\u5408\u540C\u4ED8\u6B3E\u6240\u5BF9\u5E94\u7684\u9A8C\u6536",supplementSubmit:"\u7B7E\u8BA2\u8865\u5145\u5408\u540C",supplementRecorded:"\u8865\u5145\u5408\u540C\u5DF2\u7B7E\u8BA2\u3002",correctIntro:"\u5DF2\u8BB0\u5F55\u7684\u5185\u5BB9\u4E0D\u53EF\u4FEE\u6539\uFF1A\u66F4\u6B63\u53E6\u4F5C\u8BB0\u5F55\uFF0C\u5199\u660E\u7406\u7531\uFF0C\u539F\u8BB0\u5F55\u4FDD\u7559\u3002",correctPaymentTitle:"\u66F4\u6B63\u4ED8\u6B3E\u8BB0\u5F55",correctWhichPayment:"\u8981\u66F4\u6B63\u7684\u4ED8\u6B3E",correctAmount:"\u66F4\u6B63\u540E\u7684\u91D1\u989D\uFF08\u5143\uFF09",correctReason:"\u66F4\u6B63\u7406\u7531",correctSubmit:"\u8BB0\u5F55\u66F4\u6B63",paymentCorrected:"\u4ED8\u6B3E\u8BB0\u5F55\u5DF2\u66F4\u6B63\u3002",correctAcceptanceTitle:"\u66F4\u6B63\u9A8C\u6536\u7ED3\u8BBA",currentResult:"\u73B0\u8BB0\u5F55\u7684\u7ED3\u8BBA\uFF1A{result}",correctedResult:"\u66F4\u6B63\u540E\u7684\u7ED3\u8BBA",acceptanceCorrected:"\u9A8C\u6536\u7ED3\u8BBA\u5DF2\u66F4\u6B63\u3002",suspendTitle:"\u4E2D\u6B62\u5408\u540C",suspendIntro:"\u4E2D\u6B62\u671F\u95F4\u4E0D\u518D\u9A8C\u6536\uFF0C\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",suspend:"\u4E2D\u6B62\u5408\u540C",suspended:"\u5408\u540C\u5DF2\u4E2D\u6B62\u3002",resumeTitle:"\u6062\u590D\u5C65\u884C",resume:"\u6062\u590D\u5C65\u884C",resumed:"\u5408\u540C\u5DF2\u6062\u590D\u5C65\u884C\u3002",terminateTitle:"\u89E3\u9664\u5408\u540C",terminateIntro:"\u89E3\u9664\u540E\u5408\u540C\u4E0D\u518D\u5C65\u884C\uFF0C\u4E0D\u53EF\u64A4\u56DE\uFF1B\u5DF2\u9A8C\u6536\u7684\u6B3E\u9879\u4ECD\u5E94\u652F\u4ED8\u3002",terminate:"\u89E3\u9664\u5408\u540C",terminated:"\u5408\u540C\u5DF2\u89E3\u9664\u3002"},perf:{title:"\u7EE9\u6548\u8BC4\u4EF7",none:"\u5C1A\u65E0\u7EE9\u6548\u8BC4\u4EF7\u3002",evaluator:"\u8BC4\u4EF7\u4E3B\u4F53",evaluators:{SELF:"\u81EA\u8BC4",PURCHASER:"\u91C7\u8D2D\u4EBA\u8BC4\u4EF7",THIRD_PARTY:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7"},statuses:{OPEN:"\u8BC4\u4EF7\u4E2D",CONCLUDED:"\u5DF2\u5B8C\u6210"},grades:{EXCELLENT:"\u4F18",GOOD:"\u826F",FAIR:"\u4E2D",POOR:"\u5DEE"},thirdParty:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784",thirdPartySearch:"\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u540D\u79F0\uFF08\u90E8\u5206\u5373\u53EF\uFF09",thirdPartyNone:"\u6CA1\u6709\u540D\u79F0\u76F8\u7B26\u3001\u767B\u8BB0\u72B6\u6001\u6B63\u5E38\u7684\u793E\u4F1A\u7EC4\u7EC7\u3002",thirdPartyPick:"\u8BF7\u5148\u6309\u540D\u79F0\u67E5\u627E\u5E76\u9009\u62E9\u7B2C\u4E09\u65B9\u8BC4\u4EF7\u673A\u6784\u3002",open:"\u5F00\u5C55\u7EE9\u6548\u8BC4\u4EF7",openSelf:"\u5F00\u5C55\u81EA\u8BC4",notFound:"\u6CA1\u6709\u8FD9\u9879\u7EE9\u6548\u8BC4\u4EF7\uFF0C\u6216\u8BC4\u4EF7\u5C1A\u672A\u5B8C\u6210\u3001\u4E0D\u4E88\u516C\u5F00\u3002",pageTitle:"\u7EE9\u6548\u8BC4\u4EF7\uFF1A{title}",openedAt:"\u5F00\u59CB\u4E8E {at}",theContract:"\u5408\u540C",result:"\u8BC4\u4EF7\u7ED3\u679C",resultText:"\u603B\u5206 {total} \u5206\uFF0C\u5B8C\u6210\u4E8E {at}\uFF0C\u7B49\u7EA7\uFF1A",totalIs:"{total} \u5206",scoreTitle:"\u8BC4\u5206",indicators:"\u8BC4\u4EF7\u6307\u6807",group:"\u4E00\u7EA7\u6307\u6807\uFF08\u5206\u503C\uFF09",indicator:"\u6307\u6807",maxPoints:"\u5206\u503C",points:"\u5F97\u5206",scoreLabel:"{name} \u5F97\u5206\uFF080 \u81F3 {max} \u5206\uFF09",pointsInvalid:"\u8BF7\u586B\u5199 0 \u81F3 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\u3002",totalSoFar:"\u5DF2\u8BC4\u5408\u8BA1 {total} \u5206\uFF0C\u5C1A\u6709 {blank} \u9879\u672A\u8BC4\u5206\u3002",totalWouldBe:"\u5408\u8BA1 {total} \u5206\uFF0C\u7B49\u7EA7\uFF1A",comment:"\u8BC4\u4EF7\u610F\u89C1",submitScores:"\u4FDD\u5B58\u8BC4\u5206",scoresSaved:"\u8BC4\u5206\u5DF2\u4FDD\u5B58\u3002",concludeHint:"\u5168\u90E8\u6307\u6807\u8BC4\u5206\u540E\u65B9\u53EF\u7ED3\u675F\u8BC4\u4EF7\uFF1B\u7ED3\u675F\u540E\u7B49\u7EA7\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",conclude:"\u7ED3\u675F\u8BC4\u4EF7\u5E76\u8BC4\u5B9A\u7B49\u7EA7",concluded:"\u8BC4\u4EF7\u5DF2\u5B8C\u6210\uFF0C\u7B49\u7EA7\u5DF2\u8BB0\u5165\u627F\u63A5\u4E3B\u4F53\u7684\u767B\u8BB0\u4FE1\u606F\u3002",gradesTitle:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7",concludedAt:"\u8BC4\u5B9A\u65F6\u95F4",total:"\u603B\u5206",grade:"\u7B49\u7EA7",contract:"\u5408\u540C",notCounted:"\u81EA\u8BC4\uFF0C\u4E0D\u4F5C\u4E3A\u6295\u6807\u8D44\u683C\u4F9D\u636E",nav:"\u7EE9\u6548\u8BC4\u4EF7",mineTitle:"\u6211\u7684\u7EE9\u6548\u8BC4\u4EF7",opened:"\u5F00\u59CB\u65F6\u95F4"},paudit:{title:"\u5BA1\u8BA1\uFF1A{title} \u7684\u91C7\u8D2D\u5168\u8FC7\u7A0B",intro:"\u91C7\u8D2D\u9879\u76EE\u3001\u6295\u6807\u3001\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3001\u5408\u540C\u548C\u7EE9\u6548\u8BC4\u4EF7\u5171 {streams} \u4E2A\u8BB0\u5F55\u7684\u4E8B\u4EF6\uFF0C\u6309\u8BB0\u8D26\u987A\u5E8F\u6392\u5217\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002",procurementPage:"\u91C7\u8D2D\u9879\u76EE\u9875\u9762",timeline:"\u91C7\u8D2D\u5168\u8FC7\u7A0B\u65F6\u95F4\u7EBF",record:"\u8BB0\u5F55",categories:{procurement:"\u91C7\u8D2D\u9879\u76EE",bid:"\u6295\u6807",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",contract:"\u5408\u540C",performance:"\u7EE9\u6548\u8BC4\u4EF7",organisation:"\u793E\u4F1A\u7EC4\u7EC7",catalogue:"\u6307\u5BFC\u6027\u76EE\u5F55",expertpool:"\u4E13\u5BB6\u5E93"},corrects:"\u66F4\u6B63\u7B2C {version} \u53F7\u4E8B\u4EF6",omitted:"\u53E6\u6709 {count} \u9879\u53D8\u66F4\u672A\u5217\u51FA",asOf:"\u5408\u540C\u7684\u5386\u53F2\u72B6\u6001",asOfPick:"\u9009\u62E9\u5408\u540C\u7684\u67D0\u4E00\u4E8B\u4EF6\uFF0C\u67E5\u770B\u5176\u540E\u7684\u5408\u540C\u72B6\u6001",asOfAt:"\u7B2C {version} \u53F7\u4E8B\u4EF6 {kind}\uFF08{at}\uFF09\u4E4B\u540E",asOfChart:"\u5F53\u65F6\u5DF2\u652F\u4ED8 {paid}\uFF0C\u672A\u652F\u4ED8 {remaining}\u3002",ocds:"OCDS \u6570\u636E\u5BFC\u51FA",ocdsIntro:"\u6309\u5F00\u653E\u7F14\u7EA6\u6570\u636E\u6807\u51C6\uFF08OCDS 1.1\uFF09\u5BFC\u51FA\u672C\u91C7\u8D2D\u7684\u53D1\u5E03\u5305\uFF08\u6BCF\u4E2A\u516C\u5F00\u4E8B\u4EF6\u4E00\u6761\u53D1\u5E03\uFF09\u548C\u8BB0\u5F55\u5305\uFF08\u542B\u6C47\u603B\u53D1\u5E03\u4E0E\u5B57\u6BB5\u5386\u53F2\uFF09\u3002",ocdsReleases:"\u4E0B\u8F7D\u53D1\u5E03\u5305\uFF08release package\uFF09",ocdsRecords:"\u4E0B\u8F7D\u8BB0\u5F55\u5305\uFF08record package\uFF09",ocdsNone:"\u8BE5\u91C7\u8D2D\u9879\u76EE\u5C1A\u672A\u53D1\u5E03\uFF0C\u6CA1\u6709 OCDS \u6570\u636E\u3002",navHint:"\u91C7\u8D2D\u9879\u76EE\u5BA1\u8BA1",open:"\u67E5\u770B\u91C7\u8D2D\u5168\u8FC7\u7A0B",procurementId:"\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7",idInvalid:"\u8BF7\u7C98\u8D34\u5B8C\u6574\u7684\u91C7\u8D2D\u9879\u76EE\u7F16\u53F7\uFF08UUID\uFF09\u3002"},stats:{nav:"\u7EDF\u8BA1",title:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u7EDF\u8BA1",intro:"\u6309\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE\u6C47\u603B\u7684\u4E2D\u6807\u3001\u5408\u540C\u548C\u652F\u4ED8\u91D1\u989D\u3002",jurisdiction:"\u8F96\u533A\uFF08\u5BA1\u8BA1\u4EBA\u5458\u53EF\u7559\u7A7A\u67E5\u770B\u5168\u90E8\uFF09",show:"\u67E5\u770B",chartTitle:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8",chartDescribe:"\u5404\u76EE\u5F55\u9879\u76EE\u7684\u5408\u540C\u91D1\u989D\u4E0E\u5DF2\u652F\u4ED8\uFF1A{items}\u3002",contracted:"\u5408\u540C\u91D1\u989D",paid:"\u5DF2\u652F\u4ED8",awarded:"\u4E2D\u6807\u91D1\u989D",awards:"\u4E2D\u6807\u6570",contracts:"\u5408\u540C\u6570",item:"\u76EE\u5F55\u9879\u76EE",none:"\u6682\u65E0\u6570\u636E\u3002",published:"\u5DF2\u53D1\u5E03\u91C7\u8D2D\u9879\u76EE",opened:"\u5DF2\u5F00\u6807",fewBids:"\u6709\u6548\u6295\u6807\u5C11\u4E8E\u4E09\u5BB6\u7684\u5F00\u6807",fewBidsShare:"{count} \u6B21\uFF08{share}\uFF09",averageDays:"\u516C\u544A\u81F3\u4E2D\u6807\u516C\u544A\u5E73\u5747\u5929\u6570",days:"{days} \u5929",grades:"\u7EE9\u6548\u8BC4\u4EF7\u7B49\u7EA7\u5206\u5E03"},audit:{nav:"\u5BA1\u8BA1",title:"\u5BA1\u8BA1\uFF1A\u8BB0\u5F55\u3001\u65F6\u95F4\u7EBF\u4E0E\u6838\u9A8C",find:"\u67E5\u627E\u8BB0\u5F55",query:"\u540D\u79F0\u3001\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801\u6216\u8BB0\u5F55\u6D41\u540D\u79F0",queryHint:"\u4F8B\u5982\u201C\u517B\u8001\u201D\u300118 \u4F4D\u4FE1\u7528\u4EE3\u7801\uFF0C\u6216 organisation-\u2026 \u6D41\u540D\u79F0\u3002",found:"\u627E\u5230\u7684\u8BB0\u5F55",timeline:"\u65F6\u95F4\u7EBF",events:"\u5171 {count} \u4E2A\u4E8B\u4EF6\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",when:"\u65F6\u95F4",who:"\u64CD\u4F5C\u4EBA\uFF08\u89D2\u8272\uFF09",what:"\u4E8B\u4EF6",reason:"\u7406\u7531",changes:"\u53D8\u66F4\u5185\u5BB9\uFF08\u539F \u2192 \u65B0\uFF09",noChange:"\u65E0\u5B57\u6BB5\u53D8\u5316",becomes:"\u6539\u4E3A",empty:"\uFF08\u7A7A\uFF09",ledgerItself:"\u7CFB\u7EDF\u65F6\u9650",more:"\u52A0\u8F7D\u66F4\u591A\u4E8B\u4EF6",asOf:"\u5386\u53F2\u72B6\u6001",slider:"\u9009\u62E9\u65F6\u95F4\u70B9\uFF08\u6309\u4E8B\u4EF6\uFF09",sliderValue:"\u7B2C {version} \u7248\u4E4B\u540E \xB7 {when}",verifyRecord:"\u6838\u9A8C\u672C\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE",recordOk:"\u672C\u8BB0\u5F55 {count} \u4E2A\u4E8B\u4EF6\u7684\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",verify:"\u6838\u9A8C\u6574\u4E2A\u8D26\u672C",verifyIntro:"\u9010\u6BB5\u91CD\u65B0\u8BA1\u7B97\u6BCF\u6761\u8BB0\u5F55\u7684\u54C8\u5E0C\u94FE\uFF0C\u6BCF\u6BB5\u6700\u591A\u4E00\u4E07\u4E2A\u4E8B\u4EF6\u3002",verifyButton:"\u6838\u9A8C\u54C8\u5E0C\u94FE",progress:"\u6838\u9A8C\u8FDB\u5EA6",verifying:"\u5DF2\u6838\u9A8C {checked} \u4E2A\u4E8B\u4EF6\uFF0C\u5171 {head} \u4E2A\u2026\u2026",ledgerOk:"\u6838\u9A8C\u5B8C\u6210\uFF1A{count} \u4E2A\u4E8B\u4EF6\uFF0C\u6240\u6709\u54C8\u5E0C\u94FE\u5B8C\u6574\u3002",stalled:"\u6838\u9A8C\u5728\u4F4D\u7F6E {position} \u5904\u672A\u80FD\u7EE7\u7EED\uFF0C\u5C1A\u672A\u5B8C\u6210\uFF1A\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002",broken:"\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF1A\u8BB0\u5F55 {stream} \u7B2C {version} \u7248\uFF08\u4F4D\u7F6E {position}\uFF09\u4E0E\u8BB0\u5F55\u7684\u54C8\u5E0C\u4E0D\u7B26\uFF0C\u53EF\u80FD\u88AB\u7BE1\u6539\u3002",export:"\u5BFC\u51FA",exportIntro:"\u4E0B\u8F7D\u6574\u4E2A\u8D26\u672C\u7684 JSON Lines \u6587\u4EF6\uFF0C\u4E0E civic-ledger export \u76F8\u540C\uFF0C\u53EF\u7528 civic-ledger import \u6216\u72EC\u7ACB\u811A\u672C\u590D\u6838\u3002",exportButton:"\u5BFC\u51FA JSON Lines",kinds:{RegistrationApplied:"\u7533\u8BF7\u767B\u8BB0",OrganisationRegistered:"\u51C6\u4E88\u767B\u8BB0",RegistrationRefused:"\u4E0D\u4E88\u767B\u8BB0",ChangeRegistered:"\u53D8\u66F4\u767B\u8BB0",SuspensionOrdered:"\u8D23\u4EE4\u505C\u6B62\u6D3B\u52A8",SuspensionLifted:"\u6062\u590D\u6D3B\u52A8"},fields:{status:"\u72B6\u6001",name:"\u540D\u79F0",domicile:"\u4F4F\u6240",purpose:"\u5B97\u65E8",businessScope:"\u4E1A\u52A1\u8303\u56F4",legalRepresentative:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",registeredFunds:"\u6CE8\u518C\u8D44\u91D1",supervisoryUnit:"\u4E1A\u52A1\u4E3B\u7BA1\u5355\u4F4D",creditCode:"\u7EDF\u4E00\u793E\u4F1A\u4FE1\u7528\u4EE3\u7801",lastChangedAt:"\u6700\u8FD1\u53D8\u66F4\u65F6\u95F4",changesCount:"\u53D8\u66F4\u6B21\u6570",suspensions:"\u505C\u6B62\u6D3B\u52A8\u8BB0\u5F55",registeredAt:"\u767B\u8BB0\u65F6\u95F4",appliedAt:"\u7533\u8BF7\u65F6\u95F4",decisionDue:"\u5BA1\u6279\u671F\u9650",id:"\u8BB0\u5F55\u7F16\u53F7",jurisdiction:"\u767B\u8BB0\u7BA1\u7406\u673A\u5173",kind:"\u7C7B\u578B"}},live:{following:"\u672C\u5217\u8868\u5B9E\u65F6\u66F4\u65B0\uFF0C\u65E0\u9700\u5237\u65B0\u9875\u9762\u3002",stopped:"\u5B9E\u65F6\u66F4\u65B0\u5DF2\u4E2D\u65AD\uFF08{message}\uFF09\uFF0C\u5237\u65B0\u9875\u9762\u53EF\u91CD\u65B0\u8FDE\u63A5\u3002"},proc:{nav:"\u91C7\u8D2D\u516C\u544A",navEligible:"\u53EF\u6295\u6807\u9879\u76EE",navMyBids:"\u6211\u7684\u6295\u6807",boardTitle:"\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u91C7\u8D2D\u516C\u544A",boardIntro:"\u5DF2\u53D1\u5E03\u7684\u91C7\u8D2D\u9879\u76EE\uFF0C\u6309\u53D1\u5E03\u987A\u5E8F\u6392\u5217\uFF1B\u65E0\u9700\u767B\u5F55\u5373\u53EF\u67E5\u770B\u3002",mineTitle:"\u672C\u5355\u4F4D\u7684\u91C7\u8D2D\u9879\u76EE",mineIntro:"\u672C\u5355\u4F4D\u8D77\u8349\u548C\u53D1\u5E03\u7684\u5168\u90E8\u91C7\u8D2D\u9879\u76EE\uFF0C\u5305\u62EC\u8349\u7A3F\u3002",filters:"\u7B5B\u9009\u91C7\u8D2D\u9879\u76EE",anyStatus:"\u5168\u90E8\u72B6\u6001",itemCode:"\u76EE\u5F55\u7F16\u7801",boardEmpty:"\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u91C7\u8D2D\u9879\u76EE\u3002",boardCount:"\u5171 {count} \u4E2A\u91C7\u8D2D\u9879\u76EE",title:"\u9879\u76EE\u540D\u79F0",purchaser:"\u91C7\u8D2D\u4EBA",procurement:"\u91C7\u8D2D\u9879\u76EE",openProcurement:"\u67E5\u770B\u91C7\u8D2D\u9879\u76EE",description:"\u9879\u76EE\u8BF4\u660E",item:"\u6307\u5BFC\u6027\u76EE\u5F55\u9879\u76EE",pickItem:"\u8BF7\u9009\u62E9\u76EE\u5F55\u9879\u76EE",itemHint:"\u6309\u672C\u8F96\u533A\u6307\u5BFC\u6027\u76EE\u5F55\u7684\u5C42\u7EA7\u9009\u62E9\uFF1B\u5DF2\u505C\u7528\u7684\u9879\u76EE\u4E0D\u80FD\u9009\u62E9\uFF08CAT-ITEM\uFF09\u3002",retired:"\uFF08\u5DF2\u505C\u7528\uFF09",noCatalogue:"\u672C\u8F96\u533A\u5C1A\u672A\u5EFA\u7ACB\u6307\u5BFC\u6027\u76EE\u5F55\uFF08\u6307\u5BFC\u6027\u76EE\u5F55\uFF09\uFF0C\u65E0\u6CD5\u8D77\u8349\u91C7\u8D2D\u9879\u76EE\uFF1A\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002",method:"\u91C7\u8D2D\u65B9\u5F0F",methods:{OPEN_TENDER:"\u516C\u5F00\u62DB\u6807",INVITED_TENDER:"\u9080\u8BF7\u62DB\u6807",NEGOTIATION:"\u7ADE\u4E89\u6027\u8C08\u5224",CONSULTATION:"\u7ADE\u4E89\u6027\u78CB\u5546",SINGLE_SOURCE:"\u5355\u4E00\u6765\u6E90",QUOTATION:"\u8BE2\u4EF7"},budget:"\u9884\u7B97\u91D1\u989D\uFF08\u5143\uFF09",bidSecurity:"\u6295\u6807\u4FDD\u8BC1\u91D1\uFF08\u5143\uFF09",serviceStart:"\u670D\u52A1\u5F00\u59CB\u65E5\u671F",serviceEnd:"\u670D\u52A1\u7ED3\u675F\u65E5\u671F",servicePeriod:"\u670D\u52A1\u671F\u9650",bidDeadline:"\u6295\u6807\u622A\u6B62\u65F6\u95F4",openingAt:"\u5F00\u6807\u65F6\u95F4",chinaTime:"\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09",chinaTimeHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\u3002",publishedAt:"\u53D1\u5E03\u65F6\u95F4",eligibility:"\u6295\u6807\u4EBA\u7C7B\u578B",anyKind:"\u4E0D\u9650",minRating:"\u6700\u4F4E\u8BC4\u4F30\u7B49\u7EA7",minYears:"\u6700\u5C11\u767B\u8BB0\u5E74\u9650",requirements:"\u6295\u6807\u4EBA\u8D44\u683C\u6761\u4EF6",wholeInvalid:"\u7B49\u7EA7\u548C\u5E74\u9650\u8BF7\u586B\u6574\u6570\uFF0C\u6216\u7559\u7A7A\u9002\u7528\u9ED8\u8BA4\u503C\u3002",kindsHint:"\u4E0D\u52FE\u9009\u5373\u4E0D\u9650\u7EC4\u7EC7\u7C7B\u578B\u3002",limitsHint:"\u7559\u7A7A\u5219\u9002\u7528\u653F\u7B56\u9ED8\u8BA4\u503C\uFF08\u767B\u8BB0\u6EE1 1 \u5E74\uFF0C\u4E0D\u9650\u8BC4\u4F30\u7B49\u7EA7\uFF09\uFF1B\u7B49\u7EA7\u586B 1\u20135\uFF08\u5373 1A\u20135A\uFF09\u3002",scoring:"\u8BC4\u5206\u529E\u6CD5",priceWeight:"\u4EF7\u683C\u5206\u6743\u91CD\uFF08%\uFF09",priceWeightShort:"\u4EF7\u683C\u5206 {n}%",criterion:"\u8BC4\u5206\u9879 {n}",maxPoints:"\u5206\u503C",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"\u66F4\u6B63\u516C\u544A\u6B21\u6570",terms:"\u91C7\u8D2D\u516C\u544A\u5185\u5BB9",draftTitle:"\u8D77\u8349\u91C7\u8D2D\u9879\u76EE",draftIntro:"\u4E3A\u672C\u5355\u4F4D\u8D77\u8349\u653F\u5E9C\u8D2D\u4E70\u670D\u52A1\u9879\u76EE\uFF08\u8F96\u533A {jurisdiction}\uFF09\uFF1B\u8349\u7A3F\u4EC5\u672C\u5355\u4F4D\u53EF\u89C1\uFF0C\u53D1\u5E03\u540E\u516C\u5F00\u3002",saveDraft:"\u4FDD\u5B58\u8349\u7A3F",drafted:"\u8349\u7A3F\u5DF2\u4FDD\u5B58\uFF1A\u6838\u5BF9\u540E\u53D1\u5E03\u3002",moneyInvalid:"\u8BF7\u8F93\u5165\u4EE5\u5143\u4E3A\u5355\u4F4D\u7684\u91D1\u989D\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570\uFF0C\u4F8B\u5982 30,000.00\u3002",priceHint:"\u4EE5\u5143\u4E3A\u5355\u4F4D\uFF0C\u4F8B\u5982 30,000.00\u3002",statuses:{DRAFT:"\u8349\u7A3F",PUBLISHED:"\u6295\u6807\u4E2D",BIDDING_CLOSED:"\u6295\u6807\u5DF2\u622A\u6B62",OPENED:"\u5DF2\u5F00\u6807",EVALUATED:"\u5DF2\u8BC4\u5BA1",AWARDED:"\u5DF2\u53D1\u5E03\u4E2D\u6807\u516C\u544A",FAILED:"\u91C7\u8D2D\u5931\u8D25",CANCELLED:"\u5DF2\u7EC8\u6B62"},purchaserActions:"\u91C7\u8D2D\u4EBA\u64CD\u4F5C",publishIntro:"\u53D1\u5E03\u540E\u5373\u4E3A\u91C7\u8D2D\u516C\u544A\uFF08\u91C7\u8D2D\u516C\u544A\uFF09\uFF0C\u81EA\u73B0\u5728\u8D77\u81F3\u622A\u6B62\u65F6\u95F4\u63A5\u53D7\u6295\u6807\u3002",publish:"\u53D1\u5E03\u91C7\u8D2D\u516C\u544A",published:"\u91C7\u8D2D\u516C\u544A\u5DF2\u53D1\u5E03\u3002",openIntro:"\u5F00\u6807\u65F6\u95F4 {at} \u5230\u8FBE\u540E\u65B9\u53EF\u5F00\u6807\uFF1A\u5404\u6295\u6807\u5C06\u88AB\u89E3\u5BC6\u5E76\u4E0E\u627F\u8BFA\u503C\u6838\u5BF9\u3002",openBids:"\u5F00\u6807",opened:"\u5DF2\u5F00\u6807\u3002",committees:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",noCommittee:"\u5C1A\u672A\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",seats:"\u5728\u5E2D / \u5E2D\u4F4D",submitted:"\u5DF2\u63D0\u4EA4\u8BC4\u5206",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",committeeStatuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4",CONCLUDED:"\u8BC4\u5BA1\u7ED3\u675F"},experts:"\u62BD\u53D6\u4E13\u5BB6\u4EBA\u6570",constitute:"\u7EC4\u5EFA\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5E76\u62BD\u53D6\u4E13\u5BB6",constituted:"\u8BC4\u5BA1\u59D4\u5458\u4F1A\u5DF2\u7EC4\u5EFA\u3002",waitingSheets:"\u8FD8\u6709 {count} \u4F4D\u59D4\u5458\u672A\u63D0\u4EA4\u8BC4\u5206\u8868\u3002",conclude:"\u7ED3\u675F\u8BC4\u5BA1\u5E76\u8BB0\u5F55\u8BC4\u5BA1\u62A5\u544A",concluded:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F\uFF0C\u8BC4\u5BA1\u62A5\u544A\u5DF2\u8BB0\u5F55\u3002",award:"\u4E2D\u6807\u516C\u544A",awardIntro:"\u6309\u8BC4\u5BA1\u6392\u540D\uFF0C\u5411\u6392\u540D\u6700\u9AD8\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u53D1\u51FA\u4E2D\u6807\u516C\u544A\u3002",awardTo:"\u5411\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09\u53D1\u51FA\u4E2D\u6807\u516C\u544A",awarded:"\u4E2D\u6807\u516C\u544A\u5DF2\u53D1\u5E03\u3002",awardNotice:"\u4E2D\u6807\u516C\u544A",awardText:"\u4E2D\u6807\u4EBA\uFF1A{organisation}\uFF0C\u4E2D\u6807\u91D1\u989D {price}\uFF0C\u516C\u544A\u65F6\u95F4 {at}\uFF1B\u8D28\u7591\u671F\u81F3 {deadline}\u3002",ranking:"\u8BC4\u5BA1\u6392\u540D",total:"\u603B\u5206 {total}",challenges:"\u8D28\u7591",unanswered:"\u5F85\u7B54\u590D\uFF0C\u7B54\u590D\u671F\u9650 {due}",answerChallenge:"\u7B54\u590D\u8D28\u7591\uFF08\u671F\u9650 {due}\uFF09",decision:"\u7B54\u590D\u7ED3\u8BBA",decisions:{DISMISSED:"\u9A73\u56DE",UPHELD_REEVALUATION:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u8BC4\u5BA1",UPHELD_REPROCUREMENT:"\u6210\u7ACB\uFF0C\u91CD\u65B0\u91C7\u8D2D"},reply:"\u7B54\u590D\u5185\u5BB9",answer:"\u53D1\u51FA\u7B54\u590D",answered:"\u8D28\u7591\u5DF2\u7B54\u590D\u3002",ended:"\u91C7\u8D2D\u5DF2\u7ED3\u675F\uFF1A{reason}\uFF08{at}\uFF09",amendTitle:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amendIntro:"\u6295\u6807\u622A\u6B62\u524D\u53EF\u66F4\u6B63\u91C7\u8D2D\u9700\u6C42\u548C\u65F6\u95F4\uFF1B\u622A\u6B62\u65F6\u95F4\u53EA\u80FD\u5EF6\u540E\u3002\u6240\u4F5C\u66F4\u6B63\u4E0E\u7406\u7531\u4E00\u5E76\u516C\u5F00\u3002",amendDeadlineHint:"\u6309\u5317\u4EAC\u65F6\u95F4\u586B\u5199\uFF1B\u53EA\u80FD\u5EF6\u540E\u3002\u5B9E\u8D28\u6027\u66F4\u6B63\u987B\u81EA\u66F4\u6B63\u4E4B\u65E5\u8D77\u91CD\u65B0\u6EE1\u8DB3\u7B49\u6807\u671F\u3002",substantive:"\u5B9E\u8D28\u6027\u66F4\u6B63\uFF08\u5F71\u54CD\u6295\u6807\u6587\u4EF6\u7F16\u5236\uFF09",substantiveHint:"\u66F4\u6B63\u8D44\u683C\u8981\u6C42\u6216\u8BC4\u5206\u529E\u6CD5\u603B\u662F\u5B9E\u8D28\u6027\u7684\u3002",amendReason:"\u66F4\u6B63\u7406\u7531",amend:"\u53D1\u5E03\u66F4\u6B63\u516C\u544A",amended:"\u66F4\u6B63\u516C\u544A\u5DF2\u53D1\u5E03\u3002",cancelTitle:"\u7EC8\u6B62\u91C7\u8D2D",cancelIntro:"\u4E2D\u6807\u516C\u544A\u53D1\u5E03\u524D\u53EF\u7EC8\u6B62\u91C7\u8D2D\uFF0C\u987B\u8BF4\u660E\u7406\u7531\uFF1B\u7EC8\u6B62\u540E\u4E0D\u53EF\u6062\u590D\u3002",cancel:"\u7EC8\u6B62\u91C7\u8D2D",cancelled:"\u91C7\u8D2D\u5DF2\u7EC8\u6B62\u3002",excludeTitle:"\u4E2D\u6807\u5019\u9009\u4EBA\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C",excludeIntro:"\u6392\u540D\u6700\u9AD8\u7684\u6295\u6807\u653E\u5F03\u4E2D\u6807\u6216\u88AB\u53D6\u6D88\u8D44\u683C\u540E\uFF0C\u7531\u6392\u540D\u5176\u6B21\u4E14\u4ECD\u6709\u6548\u7684\u6295\u6807\u9012\u8865\uFF1B\u65E0\u4EBA\u9012\u8865\u65F6\u91C7\u8D2D\u5931\u8D25\uFF08\u5E9F\u6807\uFF09\u3002",rankedBid:"\u6392\u540D\u6295\u6807",rankedOption:"\u7B2C {rank} \u540D {name}\uFF08{price}\uFF09",candidateMark:"\uFF08\u4E2D\u6807\u5019\u9009\u4EBA\uFF09",excludeWhat:"\u60C5\u5F62",excludeKinds:{DECLINE:"\u6295\u6807\u4EBA\u653E\u5F03\u4E2D\u6807",DISQUALIFY:"\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},excludeSubmit:"\u8BB0\u5F55",declined:"\u5DF2\u8BB0\u5F55\u653E\u5F03\u4E2D\u6807\u3002",disqualified:"\u5DF2\u53D6\u6D88\u8BE5\u6295\u6807\u7684\u4E2D\u6807\u8D44\u683C\u3002",exclusions:{DECLINED:"\u5DF2\u653E\u5F03\u4E2D\u6807",DISQUALIFIED:"\u5DF2\u53D6\u6D88\u4E2D\u6807\u8D44\u683C"},exclusionReason:"\uFF1A{reason}",complaintTitle:"\u6295\u8BC9",complaintAbout:"\u8D28\u7591\u201C{grounds}\u201D",complaintReference:"\u6295\u8BC9\u7F16\u53F7\uFF08\u8D22\u653F\u90E8\u95E8\u53D7\u7406\uFF09",complaintHint:"\u8D28\u7591\u4EBA\u5411\u8D22\u653F\u90E8\u95E8\u6295\u8BC9\u540E\uFF0C\u8BB0\u5F55\u5176\u53D7\u7406\u7F16\u53F7\u3002",recordComplaint:"\u8BB0\u5F55\u6295\u8BC9",complaintRecorded:"\u6295\u8BC9\u5DF2\u8BB0\u5F55\u3002",complaints:"\u6295\u8BC9\uFF1A{refs}",challengeTitle:"\u63D0\u51FA\u8D28\u7591",challengeIntro:"\u5BF9\u4E2D\u6807\u7ED3\u679C\u6709\u5F02\u8BAE\u7684\u6295\u6807\u4EBA\u53EF\u5728\u8D28\u7591\u671F\u5185\uFF08\u81F3 {deadline}\uFF09\u63D0\u51FA\u8D28\u7591\uFF0C\u5199\u660E\u8D28\u7591\u4E8B\u9879\u548C\u7406\u7531\u3002",grounds:"\u8D28\u7591\u4E8B\u9879\u53CA\u7406\u7531",challengeSubmit:"\u63D0\u51FA\u8D28\u7591",challengeFiled:"\u8D28\u7591\u5DF2\u63D0\u51FA\u3002",documents:"\u6295\u6807\u6587\u4EF6\uFF08\u9644\u4EF6\uFF09",commitmentAndDocuments:"\u627F\u8BFA\u503C\u4E0E\u6295\u6807\u6587\u4EF6\u6458\u8981",documentsHint:"\u53EA\u767B\u8BB0\u6BCF\u4E2A\u6587\u4EF6\u7684\u540D\u79F0\u548C SHA-256 \u6458\u8981\uFF0C\u6587\u4EF6\u672C\u8EAB\u4E0D\u4E0A\u4F20\uFF1B\u5F00\u6807\u540E\u53EF\u636E\u6B64\u6838\u5BF9\u6240\u4EA4\u6587\u4EF6\u3002",hashing:"\u6B63\u5728\u8BA1\u7B97\u6587\u4EF6\u6458\u8981\u2026",removeDocument:"\u5220\u9664\u9644\u4EF6 {name}",documentUnreadable:"\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{message}",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u91C7\u8D2D\u9879\u76EE\u3002",sealedBids:"\u5BC6\u5C01\u6295\u6807",sealedCount:"\u5DF2\u6536\u5230 {count} \u4EFD\u5BC6\u5C01\u6295\u6807\u3002",sealedIntro:"\u5F00\u6807\u524D\u53EA\u516C\u5F00\u6BCF\u4EFD\u6295\u6807\u7684\u627F\u8BFA\u503C\uFF08\u54C8\u5E0C\uFF09\u548C\u5BC6\u5C01\u65F6\u95F4\uFF0C\u6295\u6807\u4EBA\u548C\u5185\u5BB9\u5747\u4E0D\u516C\u5F00\u3002",sealedAt:"\u5BC6\u5C01\u65F6\u95F4",commitment:"\u627F\u8BFA\u503C",opening:"\u5F00\u6807\u7ED3\u679C\uFF08{at}\uFF09",openedBids:"\u5F00\u6807\u8BB0\u5F55",price:"\u6295\u6807\u62A5\u4EF7\uFF08\u5143\uFF09",valid:"\u662F\u5426\u6709\u6548",validYes:"\u6709\u6548",validNo:"\u65E0\u6548",noBids:"\u6CA1\u6709\u6295\u6807\u3002",eligibleTitle:"\u53EF\u6295\u6807\u7684\u91C7\u8D2D\u9879\u76EE",eligibleIntro:"\u6B63\u5728\u63A5\u53D7\u6295\u6807\u7684\u9879\u76EE\uFF1B\u6309\u767B\u8BB0\u4FE1\u606F\u5224\u65AD\u672C\u7EC4\u7EC7\u80FD\u5426\u6295\u6807\uFF0C\u4E0D\u80FD\u6295\u6807\u7684\u5217\u51FA\u539F\u56E0\u3002",mayBid:"\u80FD\u5426\u6295\u6807",eligible:"\u53EF\u4EE5\u6295\u6807",ineligible:"\u4E0D\u80FD\u6295\u6807",myBidsTitle:"\u6211\u7684\u6295\u6807",myBid:"\u672C\u7EC4\u7EC7\u7684\u6295\u6807",bidStatuses:{SUBMITTED:"\u5DF2\u6295\u6807",WITHDRAWN:"\u5DF2\u64A4\u56DE"},replacements:"\u4FEE\u6539\u6B21\u6570",proposal:"\u6280\u672F\u65B9\u6848",submitBid:"\u63D0\u4EA4\u5BC6\u5C01\u6295\u6807",bidSubmitted:"\u6295\u6807\u5DF2\u5BC6\u5C01\u63D0\u4EA4\uFF1A\u5F00\u6807\u524D\u4EFB\u4F55\u4EBA\uFF08\u5305\u62EC\u91C7\u8D2D\u4EBA\uFF09\u90FD\u770B\u4E0D\u5230\u5185\u5BB9\u3002",replaceBid:"\u4FEE\u6539\u6295\u6807",bidReplaced:"\u6295\u6807\u5DF2\u4FEE\u6539\uFF0C\u627F\u8BFA\u503C\u5DF2\u66F4\u65B0\u3002",withdrawBid:"\u64A4\u56DE\u6295\u6807",bidWithdrawn:"\u6295\u6807\u5DF2\u64A4\u56DE\uFF1B\u622A\u6B62\u524D\u53EF\u4EE5\u91CD\u65B0\u6295\u6807\u3002",sealedNote:"\u6295\u6807\u5185\u5BB9\u5DF2\u52A0\u5BC6\u5BC6\u5C01\uFF0C\u5F00\u6807\u524D\u53EA\u663E\u793A\u627F\u8BFA\u503C\u3002",notTakingBids:"\u672C\u9879\u76EE\u76EE\u524D\u4E0D\u63A5\u53D7\u6295\u6807\u3002"},eval:{nav:"\u6211\u7684\u8BC4\u5BA1",myTitle:"\u6211\u53C2\u52A0\u7684\u8BC4\u5BA1\u59D4\u5458\u4F1A",none:"\u60A8\u8FD8\u6CA1\u6709\u88AB\u62BD\u53D6\u53C2\u52A0\u8BC4\u5BA1\u59D4\u5458\u4F1A\u3002",openCommittee:"\u6253\u5F00\u8BC4\u5BA1\u59D4\u5458\u4F1A",committee:"\u8BC4\u5BA1\u59D4\u5458\u4F1A",notFound:"\u6CA1\u6709\u8FD9\u4E2A\u8BC4\u5BA1\u59D4\u5458\u4F1A\uFF0C\u6216\u60A8\u65E0\u6743\u67E5\u770B\u3002",statuses:{SCORING:"\u8BC4\u5BA1\u4E2D",STALLED:"\u7F3A\u989D\u5F85\u91CD\u7EC4\uFF08\u4E13\u5BB6\u5DF2\u62BD\u5C3D\uFF09",CONCLUDED:"\u8BC4\u5BA1\u5DF2\u7ED3\u675F"},mySeat:"\u6211\u7684\u5E2D\u4F4D",seatToScore:"\u5F85\u8BC4\u5206",seatSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4",seatRecused:"\u5DF2\u56DE\u907F",sheetsIn:"\u5DF2\u63D0\u4EA4\u8BC4\u5206\u8868",constitutedAt:"\u7EC4\u5EFA\u65F6\u95F4",seats:"\u59D4\u5458\u4EBA\u6570",yourSheet:"\u6211\u7684\u8BC4\u5206\u8868",sheetCaption:"\u8BC4\u5206\u8868\uFF08\u6BCF\u4E2A\u6709\u6548\u6295\u6807\u3001\u6BCF\u9879\u8BC4\u5206\u56E0\u7D20\uFF09",max:"\u6EE1\u5206 {max}",scoreLabel:"{name} \u7684\u201C{criterion}\u201D\u5F97\u5206",sheetHint:"\u5F97\u5206\u53EF\u4EE5\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\u3002\u63D0\u4EA4\u540E\u8BC4\u5206\u8868\u5373\u9501\u5B9A\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002",submitSheet:"\u63D0\u4EA4\u5E76\u9501\u5B9A\u8BC4\u5206\u8868",sheetSubmitted:"\u8BC4\u5206\u8868\u5DF2\u63D0\u4EA4\u5E76\u9501\u5B9A\u3002",pointsInvalid:"\u8BF7\u586B 0 \u5230 {max} \u4E4B\u95F4\u7684\u5206\u6570\uFF0C\u6700\u591A\u4E24\u4F4D\u5C0F\u6570",declareTitle:"\u56DE\u907F\u7533\u62A5",declareHint:"\u4E0E\u67D0\u4E2A\u6295\u6807\u4EBA\u6709\u5229\u5BB3\u5173\u7CFB\u7684\uFF0C\u5E94\u5F53\u7533\u62A5\u5E76\u56DE\u907F\uFF1B\u7531\u62BD\u53D6\u987A\u5E8F\u4E2D\u7684\u4E0B\u4E00\u4F4D\u4E13\u5BB6\u63A5\u66FF\u3002",relatedBidder:"\u6709\u5173\u7CFB\u7684\u6295\u6807\u4EBA",relationKind:"\u5173\u7CFB\u7C7B\u578B",relationNote:"\u8BF4\u660E",declare:"\u7533\u62A5\u5E76\u56DE\u907F",declared:"\u5DF2\u7533\u62A5\u56DE\u907F\uFF0C\u60A8\u4E0D\u518D\u53C2\u52A0\u672C\u6B21\u8BC4\u5BA1\u3002",youRecused:"\u60A8\u5DF2\u56DE\u907F\u672C\u6B21\u8BC4\u5BA1\uFF0C\u4E0D\u518D\u8BC4\u5206\u3002\u56DE\u907F\u539F\u56E0\uFF1A",kinds:{LEGAL_REPRESENTATIVE:"\u6CD5\u5B9A\u4EE3\u8868\u4EBA",EMPLOYMENT:"\u4E09\u5E74\u5185\u4EFB\u804C",MANAGEMENT:"\u4E09\u5E74\u5185\u62C5\u4EFB\u8463\u4E8B\u3001\u76D1\u4E8B\u3001\u7BA1\u7406\u4EBA\u5458",CONTROL:"\u63A7\u80A1\u80A1\u4E1C\u3001\u5B9E\u9645\u63A7\u5236\u4EBA",RELATIVE:"\u8FD1\u4EB2\u5C5E",LITIGATION:"\u8BC9\u8BBC",OTHER:"\u5176\u4ED6\u5229\u5BB3\u5173\u7CFB"},members:"\u59D4\u5458",member:"\u59D3\u540D",role:"\u8EAB\u4EFD",roles:{REPRESENTATIVE:"\u91C7\u8D2D\u4EBA\u4EE3\u8868",EXPERT:"\u8BC4\u5BA1\u4E13\u5BB6"},you:"\u672C\u4EBA",sheetDigest:"\u8BC4\u5206\u8868\u6458\u8981",sheetsHidden:"\u5168\u90E8\u59D4\u5458\u63D0\u4EA4\u8BC4\u5206\u8868\u4E4B\u524D\uFF0C\u5176\u4ED6\u59D4\u5458\u7684\u8BC4\u5206\u4E0D\u516C\u5F00\uFF1B\u53EA\u663E\u793A\u5176\u8BC4\u5206\u8868\u6458\u8981\u3002",hidden:"\u672A\u516C\u5F00",conclusion:"\u8BC4\u5BA1\u7ED3\u8BBA",total:"\u603B\u5206 {total}\uFF08\u4EF7\u683C\u5206 {price}\uFF0C\u8BC4\u5206\u56E0\u7D20 {criteria}\uFF09",sheetsDigest:"\u5168\u90E8\u8BC4\u5206\u8868\u6458\u8981\uFF1A"}},en:{appTitle:"Social organisation registry",skipToMain:"Skip to content",nav:"Main navigation",navQueue:"Today's queue",navSearch:"Search",navMyOrganisation:"My organisation",navApply:"New application",navPublicSearch:"Public registry (no sign-in)",switchLanguage:"\u4E2D\u6587",switchLanguageLabel:"\u5207\u6362\u5230\u4E2D\u6587",signOut:"Sign out",signedInAs:"Signed in as",role:"Role",jurisdiction:"Jurisdiction",roles:{registrar:"Registrar",purchaser:"Purchaser",ngo:"Organisation",evaluator:"Evaluator",auditor:"Auditor",admin:"Administrator"},signInTitle:"Sign in",signInPassword:"Username and password",signInToken:"With a token",username:"Username",password:"Password",token:"Token",tokenHelp:"Paste the token your administrator issued with civic-ledger token issue; it is kept for this browser session only.",signIn:"Sign in",signInWithToken:"Sign in with the token",tokenMalformed:"This is not a valid token: paste all of it.",tokenExpired:"The token has expired; sign in again.",sessionEnded:"Your session has ended; sign in again.",queueTitle:"Today's queue",queueIntro:"Statutory deadlines still open in your jurisdiction, overdue ones first.",queueEmpty:"Nothing is waiting.",weekChartTitle:"Cases due this week",weekChartDescribe:"{overdue} overdue; due each day this week: {days}.",today:"Today",listSeparator:", ",organisation:"Organisation",caseKind:"Case",rule:"Rule",openedOn:"Opened",due:"Due",state:"State",overdue:"Overdue",dueToday:"Due today",onTime:"On time",cases:{REGISTRATION_DECISION:"Registration decision",PREPARATION_DECISION:"Preparation decision",ESTABLISHMENT_DECISION:"Establishment decision",ESTABLISHMENT_APPLICATION:"Application for establishment",ANNUAL_REPORT:"Annual report {year}",ABNORMAL_ESCALATION:"Abnormal listing escalates",ABNORMAL_AUTO_REMOVAL:"Abnormal listing ends",ABNORMAL_REMOVAL_DECISION:"Removal from the abnormal list",RATING_EXPIRY:"Rating expires"},searchTitle:"Find an organisation",searchName:"Name contains",searchCreditCode:"Unified social credit code",searchStatus:"Status",anyStatus:"Any",search:"Search",results:"{count} found",noResults:"No organisation matches.",statuses:{APPLIED:"Applied",PREP_APPLIED:"Applied for preparation",PREPARING:"Preparing",ESTAB_APPLIED:"Applied for establishment",ACTIVE:"Active",SUSPENDED:"Suspended",LIQUIDATING:"Liquidating",REFUSED:"Refused",LAPSED:"Lapsed",DEREGISTERED:"Deregistered",REVOKED:"Revoked"},kinds:{SOCIAL_GROUP:"Social group",SOCIAL_SERVICE_ORG:"Social service organisation",FOUNDATION:"Foundation"},kind:"Kind",creditCode:"Unified social credit code",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",legalRepresentativeName:"Legal representative's name",idNumber:"Resident ID number",phone:"Phone",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit (leave empty for direct registration)",supervisoryUnitShort:"Supervisory unit",publicFundraising:"Public fundraising foundation",appliedAt:"Applied",registeredAt:"Registered",refusedAt:"Refused",refusalReason:"Reason for refusal",decisionDue:"Decision due",loading:"Loading\u2026",notFound:"No such organisation.",profileTitle:"Organisation",openCases:"Open cases",annualReports:"Annual reports",year:"Year",submittedAt:"Submitted",conclusion:"Conclusion",notFiledDue:"Not filed (due)",conclusions:{QUALIFIED:"Qualified",BASICALLY_QUALIFIED:"Basically qualified",UNQUALIFIED:"Unqualified"},none:"None",creditStanding:"Credit standing",lists:{NORMAL:"Normal",ABNORMAL:"Abnormal list",SERIOUS:"Serious violations list"},creditHistory:"Listings",listedAt:"Listed",endedAt:"Removed",reason:"Reason",rating:"Rating",ratingScore:"{label} ({score} points), valid until {until}",noRating:"Not rated",decision:"Decision",approve:"Approve registration",refuse:"Refuse registration",refuseReason:"Reason for refusing",approved:"Registration approved.",refused:"Registration refused.",conflict:"Changed by someone else: reload before you act.",reload:"Reload",applyTitle:"Application for registration",applyIntro:"Enter the application; once submitted it waits for a decision.",submit:"Submit application",submitting:"Submitting\u2026",applied:"The application was recorded.",ruleLabel:"rule {rule}",ruleSeparator:": ",rules:{"CAT-ITEM":"guidance catalogue item","PROC-METHOD":"procurement method","PROC-PERIOD":"minimum bidding period","PROC-TERM":"service term","PROC-STATE":"not allowed in the procurement\u2019s current status","BID-SECURITY":"cap on the bid security","BID-SEALED":"sealed bids","BID-ELIGIBLE":"who may bid","BID-MIN-BIDDERS":"minimum valid bids","EVAL-PRICE-WEIGHT":"weight of the price","EVAL-COMMITTEE":"make-up of the committee","EVAL-RECUSAL":"recusal (\u56DE\u907F)","AWARD-RANK":"award by rank","REG-USCC":"unified social credit code","REG-NAME":"name","REG-STATE":"not allowed in the current status","REG-REFUSAL-REASON":"a refusal needs a reason","REG-CHANGE":"change of registration","REG-MIN-MEMBERS":"minimum members","REG-MIN-FUNDS":"minimum funds","REG-TWO-STAGE":"a social group's two stages","REG-DECISION-DUE":"decision deadline","REG-ANNUAL-REPORT":"annual report","CREDIT-ABNORMAL":"abnormal list","CREDIT-SERIOUS":"serious violations list","RATE-GRADE":"rating",HUB:"hub organisations","CON-SIGN":"signing the contract","CON-PAYMENT":"contract payments","CON-SUPPLEMENT":"supplementary contracts","CON-ACCEPTANCE":"delivery acceptance","AUDIT-IMMUTABLE":"records are corrected, never changed","PERF-SCORE":"performance scores","PERF-EVALUATOR":"who evaluates performance","PERF-FEEDS":"grades on the registry record"},ruleText:{"CON-SIGN":"The purchaser signs with the awarded supplier, for the awarded price, within the statutory days after the award notice, with no challenge pending; one contract per procurement.","CON-PAYMENT":"The payment milestones add up to the contract amount; a payment follows a passed acceptance, never exceeds its milestone, and is due within the days the policy allows.","CON-SUPPLEMENT":"A supplement is of the same subject; all supplements together stay within the statutory share of the original amount.","CON-ACCEPTANCE":"The acceptance of a public service takes its recipients\u2019 part and is published; a contract is completed once every delivery passed.","AUDIT-IMMUTABLE":"What is recorded is never changed: a correction says why.","PERF-SCORE":"Each indicator is scored from 0 to its weight; every one is scored before the conclusion.","PERF-EVALUATOR":"Performance is evaluated once the contract has ended; a third party is an active registered organisation unrelated to the supplier."},networkError:"Cannot reach the server: {message}",reasonLabel:"Reason",required:"required",backToQueue:"Back to today's queue",version:"Version",twoStage:"Two stages: apply for preparation first",members:"Members",individualMembers:"Individual members",unitMembers:"Unit members",memberCounts:"{individual} individual, {unit} unit members",approvePreparation:"Approve preparation",refusePreparation:"Refuse preparation",preparationApproved:"Preparation approved.",preparationRefused:"Preparation refused.",establishment:"Establishment",establishmentDue:"Apply for establishment while preparing (by {due}).",applyEstablishment:"Apply for establishment",establishmentApplied:"The application for establishment was recorded.",con:{nav:"Contracts",navMine:"My contracts",navUnit:"Our contracts",statuses:{ACTIVE:"In performance",SUSPENDED:"Suspended",TERMINATED:"Terminated",COMPLETED:"Completed"},kinds:{DELIVERY:"Delivery acceptance",PAYMENT:"Payment",ASSESSMENT:"Performance evaluation"},ocds:{scheduled:"Not yet done",met:"Accepted",notMet:"Failed acceptance"},signTitle:"Sign the procurement contract",signIntro:"The contract is signed with the awarded supplier for the awarded price (within the statutory days after the award notice); the payment milestones must add up to the contract amount.",supplier:"Supplier (awarded)",amount:"Contract amount",milestones:"Milestones",milestoneId:"No.",kind:"Kind",title:"Title",milestoneTitle:"{id} title",due:"{id} date",dueShort:"Date",paymentAmount:"{id} amount (yuan)",follows:"{id} follows delivery",followsNone:"(none)",followsText:"paid once {id} {title} is accepted",remove:"Remove",removeMilestone:"Remove milestone {id}",addDelivery:"Add a delivery milestone",addPayment:"Add a payment milestone",sumMatches:"Payments add up to {sum}, the contract amount.",sumShort:"Payments add up to {sum}, {gap} short of the contract amount.",sumOver:"Payments add up to {sum}, {gap} over the contract amount.",sumUnreadable:"A payment amount cannot be read: enter yuan.",sign:"Sign the contract",signed:"The contract is signed.",contractLink:"Procurement contract ({status})",notFound:"There is no such contract.",between:"Purchaser {purchaser} and supplier {supplier}",fromProcurement:"The procurement",money:"Amount and payments",supplemented:"Supplements",total:"Total (with supplements)",accepted:"Payable after acceptance",paid:"Paid",remaining:"Remaining",overdue:"Overdue",amountShort:"Amount",chartTitle:"Paid and remaining",chartPaid:"Paid",chartOwed:"Accepted, not yet paid",chartLater:"Not yet accepted",chartDescribe:"Total {total}: paid {paid}, accepted and not yet paid {owed}, not yet accepted {later}.",terms:"Terms",signedAt:"Signed",endedAt:"Ended",fromSupplement:"Supplement",acceptances:"Acceptance results",noAcceptances:"No acceptance recorded yet.",result:"Result",passed:"Passed",failed:"Failed",superseded:"(corrected)",recipientsShort:"Service recipients",recipientsCount:"{count} service recipients took part",acceptedAt:"Accepted",paymentDue:"Pay by",payments:"Payments",noPayments:"No payment yet.",paidAt:"Paid",reference:"Voucher reference",onTime:"On time",late:"Paid late",inTime:"On time",supplements:"Supplementary contracts",corrections:"Corrections",correctedPayment:"payment corrected from {from} to {to}",correctedAcceptance:"{id} acceptance corrected from {from} to {to}",statusChanges:"Status changes",overdueTitle:"Payments overdue: {unpaid}",overdueSince:"due by {due}, {unpaid} unpaid",actions:"Purchaser\u2019s actions",acceptTitle:"Delivery acceptance",deliveryMilestone:"Delivery milestone",recipients:"Service recipients taking part",recipientsHint:"The acceptance of a public service takes its recipients\u2019 part: at least 1.",recipientsNote:"How the recipients took part (who, how chosen)",report:"Acceptance report",acceptSubmit:"Record the result",acceptedPassed:"Acceptance recorded: passed.",acceptedFailed:"Acceptance recorded: failed.",countInvalid:"Enter a whole number of people.",payTitle:"Record a payment",paymentMilestone:"Payment milestone",payHint:"{left} unpaid on it; it follows {delivery} ({state}).",deliveryAccepted:"accepted",deliveryNotAccepted:"not yet accepted",payAmount:"Amount (yuan)",paySubmit:"Record the payment",paymentRecorded:"The payment is recorded.",paidInFull:"Paid in full",partlyPaid:"Partly paid",complete:"Confirm the contract completed",completed:"The contract is completed.",myTitle:"My contracts",myIntro:"The procurement contracts this organisation signed as supplier, and the payments it received.",unitTitle:"Our unit\u2019s contracts",unitIntro:"The procurement contracts this unit signed as purchaser.",none:"No contracts.",received:"Payments received",supplementTitle:"Sign a supplementary contract",headroom:"Supplements together may add at most {percent}% of the original amount (Government Procurement Law, art. 49); {used} added so far, {left} left.",headroomLeft:"At most {left}",supplementAmount:"Supplement amount (yuan)",supplementDescription:"What it adds",sameSubject:"Same subject as the contract, its other terms unchanged",supplementPayment:"The supplement's payment milestone",supplementPayTitle:"Supplement payment name",supplementPayDue:"Supplement payment date",supplementFollows:"Supplement payment after the acceptance of",supplementSubmit:"Sign the supplement",supplementRecorded:"Supplementary contract signed.",correctIntro:"A record is never changed: a correction is a new record with its reason, and the old one stays.",correctPaymentTitle:"Correct a payment",correctWhichPayment:"Payment to correct",correctAmount:"Corrected amount (yuan)",correctReason:"Reason for the correction",correctSubmit:"Record the correction",paymentCorrected:"Payment corrected.",correctAcceptanceTitle:"Correct an acceptance result",currentResult:"Recorded now: {result}",correctedResult:"Corrected result",acceptanceCorrected:"Acceptance result corrected.",suspendTitle:"Suspend the contract",suspendIntro:"While suspended nothing is accepted; what was accepted is still paid.",suspend:"Suspend",suspended:"Contract suspended.",resumeTitle:"Resume the contract",resume:"Resume",resumed:"Contract resumed.",terminateTitle:"Terminate the contract",terminateIntro:"A terminated contract is not performed any further, and this cannot be undone; what was accepted is still paid.",terminate:"Terminate",terminated:"Contract terminated."},perf:{title:"Performance evaluation",none:"No performance evaluation yet.",evaluator:"Evaluated by",evaluators:{SELF:"Self-evaluation",PURCHASER:"The purchaser",THIRD_PARTY:"A third party"},statuses:{OPEN:"Open",CONCLUDED:"Concluded"},grades:{EXCELLENT:"Excellent (\u4F18)",GOOD:"Good (\u826F)",FAIR:"Fair (\u4E2D)",POOR:"Poor (\u5DEE)"},thirdParty:"Third-party evaluator",thirdPartySearch:"Third party\u2019s name (part of it)",thirdPartyNone:"No active organisation has such a name.",thirdPartyPick:"Find the third party by its name and pick it first.",open:"Open an evaluation",openSelf:"Open a self-evaluation",notFound:"There is no such evaluation, or it is not concluded and not public yet.",pageTitle:"Performance evaluation: {title}",openedAt:"opened {at}",theContract:"The contract",result:"Result",resultText:"Total {total} points, concluded {at}, grade:",totalIs:"{total} points",scoreTitle:"Scores",indicators:"Indicators",group:"Group (weight)",indicator:"Indicator",maxPoints:"Weight",points:"Points",scoreLabel:"{name} points (0 to {max})",pointsInvalid:"Enter points from 0 to {max}, with at most two decimals.",totalSoFar:"{total} points so far; {blank} indicators not scored yet.",totalWouldBe:"Total {total} points, grade:",comment:"Comment",submitScores:"Save the scores",scoresSaved:"The scores are saved.",concludeHint:"Every indicator is scored before the conclusion; the grade then goes on the supplier\u2019s registry record.",conclude:"Conclude and grade",concluded:"Concluded; the grade is on the supplier\u2019s registry record.",gradesTitle:"Performance grades",concludedAt:"Concluded",total:"Total",grade:"Grade",contract:"Contract",notCounted:"self-evaluation: not read for eligibility",nav:"Evaluations",mineTitle:"My performance evaluations",opened:"Opened"},paudit:{title:"Audit: the purchase {title}",intro:"The events of its {streams} records (procurement, bids, committees, contract, evaluations) in ledger order, in China time.",procurementPage:"The procurement\u2019s page",timeline:"The purchase\u2019s timeline",record:"Record",categories:{procurement:"Procurement",bid:"Bid",committee:"Committee",contract:"Contract",performance:"Evaluation",organisation:"Organisation",catalogue:"Catalogue",expertpool:"Expert pool"},corrects:"corrects event {version}",omitted:"{count} more changes not listed",asOf:"The contract as it stood",asOfPick:"Pick an event of the contract to see the contract after it",asOfAt:"after event {version} {kind} ({at})",asOfChart:"Then paid {paid}, remaining {remaining}.",ocds:"OCDS export",ocdsIntro:"The purchase as Open Contracting Data Standard 1.1: its release package (one release per public event) and its record package (with the compiled release and each field\u2019s history).",ocdsReleases:"Download the release package",ocdsRecords:"Download the record package",ocdsNone:"This procurement is not published: it has no OCDS data.",navHint:"Audit a purchase",open:"Open the purchase\u2019s history",procurementId:"Procurement id",idInvalid:"Paste the whole procurement id (a UUID)."},stats:{nav:"Statistics",title:"Purchase of services: statistics",intro:"Awarded, contracted and paid amounts by catalogue item.",jurisdiction:"Jurisdiction (auditors may leave it blank for all)",show:"Show",chartTitle:"Contracted and paid by catalogue item",chartDescribe:"Contracted and paid by catalogue item: {items}.",contracted:"Contracted",paid:"Paid",awarded:"Awarded",awards:"Awards",contracts:"Contracts",item:"Catalogue item",none:"No figures yet.",published:"Procurements published",opened:"Openings",fewBids:"Openings with fewer than three valid bids",fewBidsShare:"{count} ({share})",averageDays:"Average days from notice to award notice",days:"{days} days",grades:"Performance grades"},audit:{nav:"Audit",title:"Audit: records, timelines and verification",find:"Find a record",query:"Name, credit code or stream name",queryHint:"E.g. \u201C\u517B\u8001\u201D, an 18-character credit code, or an organisation-\u2026 stream name.",found:"Records found",timeline:"Timeline",events:"{count} events (China time)",when:"When",who:"Who (role)",what:"Event",reason:"Reason",changes:"Changes (old \u2192 new)",noChange:"No field changed",becomes:"becomes",empty:"(empty)",ledgerItself:"Statutory clock",more:"Load more events",asOf:"As it stood",slider:"Point in time (by event)",sliderValue:"After version {version} \xB7 {when}",verifyRecord:"Verify this record\u2019s hash chain",recordOk:"The hash chain of this record\u2019s {count} events is intact.",verify:"Verify the whole ledger",verifyIntro:"Re-computes every record\u2019s hash chain, at most 10,000 events a stretch.",verifyButton:"Verify the hash chains",progress:"Verification progress",verifying:"{checked} of {head} events verified\u2026",ledgerOk:"Verified: {count} events, every hash chain intact.",stalled:"Verification could not go on past position {position} and is not complete: try again later.",broken:"Broken hash chain: record {stream} version {version} (position {position}) does not match its recorded hash; it may have been altered.",export:"Export",exportIntro:"Download the whole ledger as JSON Lines, the same as civic-ledger export, to check with civic-ledger import or an independent script.",exportButton:"Export JSON Lines",kinds:{RegistrationApplied:"Applied for registration",OrganisationRegistered:"Registration approved",RegistrationRefused:"Registration refused",ChangeRegistered:"Change registered",SuspensionOrdered:"Ordered to stop activities",SuspensionLifted:"Suspension lifted"},fields:{status:"Status",name:"Name",domicile:"Domicile",purpose:"Purpose",businessScope:"Business scope",legalRepresentative:"Legal representative",registeredFunds:"Registered funds",supervisoryUnit:"Supervisory unit",creditCode:"Credit code",lastChangedAt:"Last changed",changesCount:"Changes",suspensions:"Suspensions",registeredAt:"Registered",appliedAt:"Applied",decisionDue:"Decision due",id:"Record id",jurisdiction:"Registration authority",kind:"Kind"}},live:{following:"This list updates live: no need to reload the page.",stopped:"Live updates stopped ({message}); reload the page to reconnect."},proc:{nav:"Procurement notices",navEligible:"Open to bid",navMyBids:"My bids",boardTitle:"Government purchase of services: procurement notices",boardIntro:"Published procurements, in the order they were published; open to everyone without signing in.",mineTitle:"My unit's procurements",mineIntro:"Every procurement your unit drafted or published, drafts included.",filters:"Filter procurements",anyStatus:"Any status",itemCode:"Catalogue code",boardEmpty:"No procurement matches.",boardCount:"{count} procurements",title:"Title",purchaser:"Purchaser (\u91C7\u8D2D\u4EBA)",procurement:"Procurement",openProcurement:"Open the procurement",description:"Description",item:"Guidance catalogue item",pickItem:"Pick a catalogue item",itemHint:"Picked from the jurisdiction's guidance catalogue tree; a retired item cannot be procured (CAT-ITEM).",retired:"(retired)",noCatalogue:"This jurisdiction has no guidance catalogue (\u6307\u5BFC\u6027\u76EE\u5F55) yet, so no procurement can be drafted: ask an administrator.",method:"Method",methods:{OPEN_TENDER:"Open tender (\u516C\u5F00\u62DB\u6807)",INVITED_TENDER:"Invited tender (\u9080\u8BF7\u62DB\u6807)",NEGOTIATION:"Competitive negotiation (\u7ADE\u4E89\u6027\u8C08\u5224)",CONSULTATION:"Competitive consultation (\u7ADE\u4E89\u6027\u78CB\u5546)",SINGLE_SOURCE:"Single source (\u5355\u4E00\u6765\u6E90)",QUOTATION:"Request for quotation (\u8BE2\u4EF7)"},budget:"Budget (yuan)",bidSecurity:"Bid security (yuan)",serviceStart:"Service starts",serviceEnd:"Service ends",servicePeriod:"Service period",bidDeadline:"Bid deadline",openingAt:"Opening",chinaTime:"(China time)",chinaTimeHint:"In China time.",publishedAt:"Published",eligibility:"Who may bid",anyKind:"Any kind",minRating:"Minimum rating",minYears:"Minimum years registered",requirements:"Bidders' qualifications",wholeInvalid:"A rating or a number of years is a whole number, or blank for the default.",kindsHint:"None ticked: any kind of organisation.",limitsHint:"Blank: the policy's default (registered a year, any rating); a rating is 1\u20135 (1A\u20135A).",scoring:"Scoring scheme",priceWeight:"Price weight (%)",priceWeightShort:"price {n}%",criterion:"Criterion {n}",maxPoints:"Points",defaultPlan:"\u670D\u52A1\u65B9\u6848",defaultTeam:"\u56E2\u961F\u4E0E\u7ECF\u9A8C",amendments:"Amendments",terms:"Terms of the notice",draftTitle:"Draft a procurement",draftIntro:"Drafts a purchase of services for your unit (jurisdiction {jurisdiction}); a draft is seen by your unit only until it is published.",saveDraft:"Save the draft",drafted:"Draft saved: check it, then publish.",moneyInvalid:"Enter an amount in yuan with at most two decimals, e.g. 30,000.00.",priceHint:"In yuan, e.g. 30,000.00.",statuses:{DRAFT:"Draft",PUBLISHED:"Taking bids",BIDDING_CLOSED:"Bidding closed",OPENED:"Opened",EVALUATED:"Evaluated",AWARDED:"Awarded",FAILED:"Failed",CANCELLED:"Cancelled"},purchaserActions:"Purchaser's actions",publishIntro:"Publishing makes it a procurement notice (\u91C7\u8D2D\u516C\u544A): bids are taken from now until the deadline.",publish:"Publish the notice",published:"The procurement notice is published.",openIntro:"The bids may be opened from {at}: each is decrypted and checked against its commitment.",openBids:"Open the bids",opened:"The bids are opened.",committees:"Evaluation committees",noCommittee:"No committee has been constituted yet.",seats:"Sitting / seats",submitted:"Sheets submitted",constitutedAt:"Constituted",committeeStatuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty",CONCLUDED:"Concluded"},experts:"Experts to draw",constitute:"Constitute the committee and draw experts",constituted:"The committee is constituted.",waitingSheets:"{count} members have not submitted their score sheets yet.",conclude:"Conclude the evaluation and record the report",concluded:"The evaluation is concluded and its report recorded.",award:"Award",awardIntro:"The award notice goes to the top-ranked bid still standing.",awardTo:"Award to rank {rank}, {name} ({price})",awarded:"The award notice is published.",awardNotice:"Award notice (\u4E2D\u6807\u516C\u544A)",awardText:"Awarded to {organisation} for {price}, noticed {at}; challenges until {deadline}.",ranking:"Ranking",total:"{total} points",challenges:"Challenges (\u8D28\u7591)",unanswered:"awaiting an answer, due {due}",answerChallenge:"Answer the challenge (due {due})",decision:"Decision",decisions:{DISMISSED:"Dismissed",UPHELD_REEVALUATION:"Upheld: re-evaluate",UPHELD_REPROCUREMENT:"Upheld: procure again"},reply:"Reply",answer:"Send the answer",answered:"The challenge is answered.",ended:"The procurement ended: {reason} ({at})",amendTitle:"Publish an amendment",amendIntro:"Until the bid deadline the description and the times may be amended; the deadline may only move later. The amendment is published with its reason.",amendDeadlineHint:"Beijing time; later only. A substantive amendment needs the full bidding period again from today.",substantive:"Substantive (changes how bids are prepared)",substantiveHint:"A change of requirements or scoring always is.",amendReason:"Reason for the amendment",amend:"Publish the amendment",amended:"Amendment published.",cancelTitle:"Cancel the procurement",cancelIntro:"Before the award a procurement may be cancelled, with the reason; this cannot be undone.",cancel:"Cancel the procurement",cancelled:"Procurement cancelled.",excludeTitle:"A ranked bidder declines, or is disqualified",excludeIntro:"When the top-ranked bid declines or is disqualified, the next valid bid in rank takes its place; with none left the procurement fails.",rankedBid:"Ranked bid",rankedOption:"No. {rank} {name} ({price})",candidateMark:" (candidate)",excludeWhat:"What happened",excludeKinds:{DECLINE:"The bidder declines the award",DISQUALIFY:"Disqualify the bid"},excludeSubmit:"Record",declined:"Declined award recorded.",disqualified:"Bid disqualified.",exclusions:{DECLINED:"Declined the award",DISQUALIFIED:"Disqualified"},exclusionReason:": {reason}",complaintTitle:"Complaints",complaintAbout:"Challenge \u201C{grounds}\u201D",complaintReference:"Complaint reference (finance department)",complaintHint:"When the challenger complains to the finance department, record its reference.",recordComplaint:"Record the complaint",complaintRecorded:"Complaint recorded.",complaints:"Complaints: {refs}",challengeTitle:"Challenge the award",challengeIntro:"A bidder who disputes the award may challenge it until {deadline}, stating what and why.",grounds:"What is challenged, and why",challengeSubmit:"File the challenge",challengeFiled:"Challenge filed.",documents:"Bid documents",commitmentAndDocuments:"Commitment and document digests",documentsHint:"Only each file\u2019s name and SHA-256 digest are recorded, the file is not uploaded; after the opening the files handed in are checked against them.",hashing:"Computing the files\u2019 digests\u2026",removeDocument:"Remove {name}",documentUnreadable:"The file could not be read: {message}",notFound:"There is no such procurement.",sealedBids:"Sealed bids",sealedCount:"{count} sealed bids received.",sealedIntro:"Until the opening only each bid\u2019s commitment (a hash) and sealing time are public: neither bidder nor content.",sealedAt:"Sealed",commitment:"Commitment",opening:"Opening ({at})",openedBids:"Bids opened",price:"Price (yuan)",valid:"Valid",validYes:"valid",validNo:"invalid",noBids:"No bids.",eligibleTitle:"Procurements open to bid",eligibleIntro:"Procurements taking bids; whether your organisation may bid as the registry shows it, and why not where it may not.",mayBid:"May bid",eligible:"May bid",ineligible:"May not bid",myBidsTitle:"My bids",myBid:"My organisation's bid",bidStatuses:{SUBMITTED:"Submitted",WITHDRAWN:"Withdrawn"},replacements:"Replacements",proposal:"Technical proposal",submitBid:"Submit the sealed bid",bidSubmitted:"Your bid is sealed: until the opening nobody, the purchaser included, can read it.",replaceBid:"Replace the bid",bidReplaced:"The bid is replaced under a new commitment.",withdrawBid:"Withdraw the bid",bidWithdrawn:"The bid is withdrawn; you may bid again before the deadline.",sealedNote:"The content is encrypted and sealed: until the opening only its commitment shows.",notTakingBids:"This procurement is not taking bids."},eval:{nav:"My evaluations",myTitle:"Committees I sit on",none:"You have not been drawn for any committee.",openCommittee:"Open the committee",committee:"Evaluation committee",notFound:"There is no such committee, or you may not see it.",statuses:{SCORING:"Scoring",STALLED:"Stalled: a seat is empty (the draw ran out)",CONCLUDED:"Concluded"},mySeat:"My seat",seatToScore:"To score",seatSubmitted:"Sheet submitted",seatRecused:"Recused",sheetsIn:"Sheets in",constitutedAt:"Constituted",seats:"Seats",yourSheet:"My score sheet",sheetCaption:"Score sheet (every valid bid, every criterion)",max:"out of {max}",scoreLabel:"Points of {name} for \u201C{criterion}\u201D",sheetHint:"Points may have two decimals. Once submitted the sheet is locked.",submitSheet:"Submit and lock the sheet",sheetSubmitted:"Your score sheet is submitted and locked.",pointsInvalid:"Give 0 to {max} points, with at most two decimals",declareTitle:"Declare a relation (\u56DE\u907F\u7533\u62A5)",declareHint:"If you are related to a bidder, declare it and step down; the next expert of the draw takes your seat.",relatedBidder:"Bidder you are related to",relationKind:"Kind of relation",relationNote:"How (\u8BF4\u660E)",declare:"Declare and step down",declared:"Your relation is declared: you take no further part in this evaluation.",youRecused:"You are recused (\u56DE\u907F) from this evaluation and score nothing, because of:",kinds:{LEGAL_REPRESENTATIVE:"Legal representative",EMPLOYMENT:"Employed within 3 years",MANAGEMENT:"Director, supervisor or manager within 3 years",CONTROL:"Controlling shareholder or controller",RELATIVE:"Close relative",LITIGATION:"In litigation",OTHER:"Other relation"},members:"Members",member:"Name",role:"Role",roles:{REPRESENTATIVE:"Purchaser representative",EXPERT:"Expert"},you:"you",sheetDigest:"Sheet digest",sheetsHidden:"Until every member has submitted, the other members\u2019 scores stay hidden: only their sheets\u2019 digests show.",hidden:"hidden",conclusion:"Conclusion",total:"total {total} (price {price}, criteria {criteria})",sheetsDigest:"Digest of all sheets:"}}};function qe(e,t,r={}){let n=t.split(".").reduce((i,a)=>i?.[a],Mr[e]);return(typeof n=="string"?n:t).replace(/\{(\w+)\}/g,(i,a)=>(r[a]??`{${a}}`).toString())}function Ct(e){return e==="en"?"en, zh-CN;q=0.5":"zh-CN, zh;q=0.9, en;q=0.5"}function $e(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Pe(e){return $e(e)==="object"}function Ur(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Rt(e,t){return e.length<124?e:t}var In="graphql-transport-ws";var he=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(he||{}),fe=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(fe||{});function Tn(e){if(!Pe(e))throw new Error(`Message is expected to be an object, but got ${$e(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${$e(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Pe(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${$e(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Pe(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${$e(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${$e(e.payload.query)}`);if(e.payload.variables!=null&&!Pe(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${$e(e.payload.variables)}`);if(e.payload.operationName!=null&&$e(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${$e(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Pe(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${$e(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${$e(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Pe(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${$e(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${$e(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Ur(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${$e(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function _n(e,t){return Tn(typeof e=="string"?JSON.parse(e,t):e)}function Fe(e,t){return Tn(e),JSON.stringify(e,t)}function An(e){let{url:t,connectionParams:r,lazy:n=!0,onNonLazyError:o=console.error,lazyCloseTimeout:i=0,keepAlive:a=0,disablePong:s,connectionAckWaitTimeout:d=0,retryAttempts:l=5,retryWait:p=async function(Y){let M=Math.pow(2,Y);await new Promise(q=>setTimeout(q,M*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:f=Dt,on:c,webSocketImpl:$,generateID:y=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,Y=>{let M=Math.random()*16|0;return(Y=="x"?M:M&3|8).toString(16)})},jsonMessageReplacer:u,jsonMessageReviver:m}=e,g;if($){if(!Hr($))throw new Error("Invalid WebSocket implementation provided");g=$}else typeof WebSocket<"u"?g=WebSocket:typeof global<"u"?g=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(g=window.WebSocket||window.MozWebSocket);if(!g)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let I=g,h=(()=>{let U=(()=>{let M={};return{on(q,Z){return M[q]=Z,()=>{delete M[q]}},emit(q){"id"in q&&M[q.id]?.(q)}}})(),Y={connecting:c?.connecting?[c.connecting]:[],opened:c?.opened?[c.opened]:[],connected:c?.connected?[c.connected]:[],ping:c?.ping?[c.ping]:[],pong:c?.pong?[c.pong]:[],message:c?.message?[U.emit,c.message]:[U.emit],closed:c?.closed?[c.closed]:[],error:c?.error?[c.error]:[]};return{onMessage:U.on,on(M,q){let Z=Y[M];return Z.push(q),()=>{let k=Z.indexOf(q);k>-1&&Z.splice(k,1)}},emit(M,...q){for(let Z of[...Y[M]])Z(...q)}}})();function A(U){let Y=[h.on("error",M=>{Y.forEach(q=>q()),U(M)}),h.on("closed",M=>{Y.forEach(q=>q()),U(M)})];return()=>Y.forEach(M=>M())}let v,T=0,E,_=!1,w=0,S=!1;async function P(){clearTimeout(E);let[U,Y]=await(v??(v=new Promise((Z,k)=>(async()=>{if(_){if(await p(w),!T)return v=void 0,k({code:1e3,reason:"All Subscriptions Gone"});w++}h.emit("connecting",_);let N=new I(typeof t=="function"?await t():t,In),G,K;function te(){isFinite(a)&&a>0&&(clearTimeout(K),K=setTimeout(()=>{N.readyState===I.OPEN&&(N.send(Fe({type:fe.Ping})),h.emit("ping",!1,void 0))},a))}A(pe=>{v=void 0,clearTimeout(G),clearTimeout(K),k(pe),pe instanceof at&&(N.close(4499,"Terminated"),N.onerror=null,N.onclose=null)}),N.onerror=pe=>h.emit("error",pe),N.onclose=pe=>h.emit("closed",pe),N.onopen=async()=>{try{h.emit("opened",N);let pe=typeof r=="function"?await r():r;if(N.readyState!==I.OPEN)return;N.send(Fe(pe?{type:fe.ConnectionInit,payload:pe}:{type:fe.ConnectionInit},u)),isFinite(d)&&d>0&&(G=setTimeout(()=>{N.close(he.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},d)),te()}catch(pe){h.emit("error",pe),N.close(he.InternalClientError,Rt(pe instanceof Error?pe.message:String(pe),"Internal client error"))}};let Re=!1;N.onmessage=({data:pe})=>{try{let se=_n(pe,m);if(h.emit("message",se),se.type==="ping"||se.type==="pong"){h.emit(se.type,!0,se.payload),se.type==="pong"?te():s||(N.send(Fe(se.payload?{type:fe.Pong,payload:se.payload}:{type:fe.Pong},u)),h.emit("pong",!1,se.payload));return}if(Re)return;if(se.type!==fe.ConnectionAck)throw new Error(`First message cannot be of type ${se.type}`);clearTimeout(G),Re=!0,h.emit("connected",N,se.payload,_),_=!1,w=0;let jt=new Promise((_a,wr)=>A(wr));jt.catch(()=>{}),Z([N,jt])}catch(se){N.onmessage=null,h.emit("error",se),N.close(he.BadResponse,Rt(se instanceof Error?se.message:String(se),"Bad response"))}}})())));U.readyState===I.CLOSING&&await Y;let M=()=>{},q=new Promise(Z=>M=Z);return[U,M,new Promise((Z,k)=>{let N=A(k);U.readyState!==I.OPEN&&Y.catch(k),q.then(()=>{if(N(),!T){let G=()=>U.close(1e3,"Normal Closure");isFinite(i)&&i>0?(clearTimeout(E),E=setTimeout(()=>{!T&&U.readyState===I.OPEN&&G()},i)):G()}Z()})})]}function V(U){if(Dt(U)&&(Br(U.code)||[he.InternalServerError,he.InternalClientError,he.BadRequest,he.BadResponse,he.Unauthorized,he.SubprotocolNotAcceptable,he.SubscriberAlreadyExists,he.TooManyInitialisationRequests].includes(U.code)))throw U;if(S)return!1;if(Dt(U)&&U.code===1e3)return T>0;if(!l||w>=l||!f(U))throw U;return _=!0}n||(async()=>{for(T++;;)try{let[,,U]=await P();await U}catch(U){try{if(!V(U))return}catch(Y){return o?.(Y)}}})();function ue(U,Y){let M=y(U),q=!1,Z=!1,k=()=>{T--,q=!0};return(async()=>{for(T++;;)try{let[N,G,K]=await P();if(q)return K.catch(()=>{}),G();let te=h.onMessage(M,Re=>{switch(Re.type){case fe.Next:{Y.next(Re.payload);return}case fe.Error:{Z=!0,q=!0,Y.error(Re.payload),k();return}case fe.Complete:{q=!0,k();return}}});N.send(Fe({id:M,type:fe.Subscribe,payload:U},u)),k=()=>{!q&&N.readyState===I.OPEN&&N.send(Fe({id:M,type:fe.Complete},u)),T--,q=!0,G()},await K.finally(te);return}catch(N){if(!V(N))return}})().then(()=>{Z||Y.complete()}).catch(N=>{Y.error(N)}),()=>{q||k()}}return{on:h.on,subscribe:ue,iterate(U){let Y=[],M={done:!1,error:null,resolve:()=>{}},q=ue(U,{next(k){Y.push(k),M.resolve()},error(k){M.done=!0,M.error=k,M.resolve()},complete(){M.done=!0,M.resolve()}}),Z=(async function*(){for(;;){for(Y.length||await new Promise(N=>M.resolve=N);Y.length;)yield Y.shift();if(M.error)throw M.error;if(M.done)return}})();return Z.throw=async k=>(M.done||(M.done=!0,M.error=k,M.resolve()),{done:!0,value:void 0}),Z.return=async()=>(q(),{done:!0,value:void 0}),Z},async dispose(){if(S=!0,v){let[U]=await v;U.close(1e3,"Normal Closure")}},terminate(){v&&h.emit("closed",new at)}}}var at=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function Dt(e){return Pe(e)&&"code"in e&&"reason"in e}function Br(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Hr(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var Pt="civic-ledger.token",Sn="civic-ledger.lang";function st(e){let t=String(e).trim().split(".");if(t.length!==3)return null;try{let r=t[1].replace(/-/g,"+").replace(/_/g,"/"),n=r+"=".repeat((4-r.length%4)%4),o=Uint8Array.from(atob(n),a=>a.charCodeAt(0)),i=JSON.parse(new TextDecoder().decode(o));return i&&typeof i.role=="string"&&typeof i.exp=="number"?i:null}catch{return null}}var Ee={token(){return sessionStorage.getItem(Pt)},save(e){sessionStorage.setItem(Pt,e.trim())},clear(){sessionStorage.removeItem(Pt),Rn()}},Ge={get(){return localStorage.getItem(Sn)==="en"?"en":"zh"},set(e){localStorage.setItem(Sn,e)}};function Me(){let e=crypto.getRandomValues(new Uint8Array(16));e[6]=e[6]&15|64,e[8]=e[8]&63|128;let t=Array.from(e,r=>r.toString(16).padStart(2,"0")).join("");return`${t.slice(0,8)}-${t.slice(8,12)}-${t.slice(12,16)}-${t.slice(16,20)}-${t.slice(20)}`}var W=class extends Error{constructor(t,r={},n=200){super(t),this.code=r.code??"INTERNAL",this.rule=r.rule??null,this.field=r.field??null,this.extensions=r,this.status=n}},wn=()=>{};function Cn(e){wn=e}async function O(e,t,{lang:r,token:n=Ee.token()}={}){let o={"content-type":"application/json","accept-language":Ct(r)};n&&(o.authorization=`Bearer ${n}`);let i;try{i=await fetch("/graphql",{method:"POST",headers:o,body:JSON.stringify({query:e,variables:t})})}catch(d){throw new W(d.message,{code:"NETWORK"},0)}let a;try{a=await i.json()}catch{throw new W(`HTTP ${i.status}`,{code:"NETWORK"},i.status)}let s=a.errors?.[0];if(s){let d=new W(s.message,s.extensions??{},i.status);throw i.status===401&&wn(d),d}return a.data}var Se=null;function jr(e){let t=Ee.token();return Se&&(Se.token!==t||Se.lang!==e)&&Rn(),Se||(Se={client:An({url:`${location.protocol==="https:"?"wss:":"ws:"}//${location.host}/graphql/ws`,lazy:!0,lazyCloseTimeout:3e3,connectionParams:()=>({"Accept-Language":Ct(e),...t?{Authorization:`Bearer ${t}`}:{}}),retryAttempts:1/0,shouldRetry:()=>!0,retryWait:n=>new Promise(o=>setTimeout(o,Math.min(2**n,30)*1e3+Math.random()*1e3))}),token:t,lang:e}),Se.client}function Rn(){if(!Se)return;let{client:e}=Se;Se=null,e.dispose()}function kt(e,t,{lang:r,onData:n,onError:o=()=>{}}){return jr(r).subscribe({query:e,variables:t},{next:i=>{let a=i.errors?.[0];a?o(new W(a.message,a.extensions??{})):n(i.data)},error:i=>{let a=Array.isArray(i)?i[0]:null;o(a?new W(a.message,a.extensions??{}):new W(i?.reason||`WebSocket ${i?.code??""}`.trim(),{code:"NETWORK"},0))},complete:()=>{}})}var Dn="Asia/Shanghai";function ct(e){return String(e??"").replace(/[\uFF01-\uFF5E]/g,t=>String.fromCharCode(t.charCodeAt(0)-65248)).replace(/\u3000/g," ")}function ge(e){return ct(e).replace(/\s+/g,"").toUpperCase()}function F(e){return String(e??"").trim()}function Ue(e){return ct(e).replace(/[\s,¥￥]/g,"").replace(/^CNY/i,"").replace(/[元圆]$/,"")}function x(e){if(e==null||e==="")return"";let t=String(e),r=t.startsWith("-"),[n,o=""]=(r?t.slice(1):t).split("."),i=n.replace(/\B(?=(\d{3})+(?!\d))/g,","),a=(o+"00").slice(0,Math.max(2,o.length));return`${r?"-":""}\xA5${i}.${a}`}function Pn(e){return e==="en"?"en-GB":"zh-CN"}function L(e,t){if(!e)return"";let r=new Date(e);return Number.isNaN(r.getTime())?String(e):new Intl.DateTimeFormat(Pn(t),{timeZone:Dn,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(r)}function ee(e,t){if(!e)return"";let r=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!r)return String(e);let n=new Date(Date.UTC(+r[1],+r[2]-1,+r[3]));return new Intl.DateTimeFormat(Pn(t),{timeZone:"UTC",year:"numeric",month:t==="en"?"short":"long",day:"numeric"}).format(n)}function dt(e=new Date){return new Intl.DateTimeFormat("en-CA",{timeZone:Dn}).format(e)}var X=ie.bind(ne),Vr=`query AuditFind($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 20) { nodes { id name creditCode status } }
}`,qr=`query Timeline($s: String!, $from: Int) {
  recordTimeline(stream: $s, fromVersion: $from, first: 100) {
    stream totalCount nextVersion
    entries { version position kind command actor role reason recordedAt changes { field old new } }
  }
}`,Gr=`query AsOf($id: UUID!, $at: DateTime!) {
  organisationAsOf(id: $id, at: $at) { name status creditCode domicile registeredFunds supervisoryUnit version }
}`,Wr=`query Verify($after: Int) {
  verifyLedger(after: $after) { eventsChecked lastPosition head done firstFailure { stream version position reason } }
}`,Yr=`query VerifyStream($s: String!) {
  verifyStream(stream: $s) { eventsChecked firstFailure { stream version position reason } }
}`,Kr=10,Qr=1e3,xn=/^organisation-[0-9a-fA-F-]{36}$/;function zr(e,t){let r=e("audit.fields."+t);return r==="audit.fields."+t?t:r}var Zr=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;function kn(e,t,r,n){return n==null?e("audit.empty"):r==="status"?e("statuses."+n):r==="kind"?e("kinds."+n):r==="registeredFunds"?x(n):Zr.test(n)?L(n,t):n}function Jr({t:e,lang:t,ErrorText:r,onOpen:n}){let[o,i]=b(""),[a,s]=b(null),[d,l]=b(null),[p,f]=b(!1),c=async $=>{$.preventDefault();let y=F(o);if(!y||p)return;if(xn.test(y))return n(y);f(!0),l(null);let u=ge(y),m=/^[0-9A-Z]{18}$/.test(u)?{creditCode:u}:{nameContains:y};try{s((await O(Vr,{filter:m},{lang:t})).organisations.nodes)}catch(g){l(g),s(null)}finally{f(!1)}};return X`<section aria-labelledby="audit-find-heading">
    <h2 id="audit-find-heading">${e("audit.find")}</h2>
    <form class="search" role="search" onSubmit=${c}>
      <div class="field">
        <label for="audit-query">${e("audit.query")}</label>
        <input id="audit-query" value=${o} spellcheck=${!1} aria-describedby="audit-query-hint" onInput=${$=>i($.currentTarget.value)} />
        <p class="hint" id="audit-query-hint">${e("audit.queryHint")}</p>
      </div>
      <button type="submit" disabled=${p}>${e("search")}</button>
    </form>
    <${r} error=${d} />
    ${a&&a.length===0?X`<p class="empty" role="status">${e("noResults")}</p>`:null}
    ${a&&a.length>0?X`<ul class="found" aria-label=${e("audit.found")}>
          ${a.map($=>X`<li>
              <button type="button" class="link" onClick=${()=>n("organisation-"+$.id)}>${$.name}</button>
              ${" "}<code>${$.creditCode}</code> ${e("statuses."+$.status)}
            </li>`)}
        </ul>`:null}
  </section>`}function Xr({t:e,lang:t,changes:r}){return r.length===0?X`<span class="empty">${e("audit.noChange")}</span>`:X`<ul class="changes">
    ${r.map(n=>X`<li>
        <span class="field-name">${zr(e,n.field)}</span>: <del>${kn(e,t,n.field,n.old)}</del>
        <span aria-label=${e("audit.becomes")}> → </span><ins>${kn(e,t,n.field,n.new)}</ins>
      </li>`)}
  </ul>`}function ei({t:e,lang:t,ErrorText:r,stream:n,entries:o}){let[i,a]=b(o.length-1),[s,d]=b(null),[l,p]=b(null),f=n.slice(13),c=o[Math.min(i,o.length-1)]?.recordedAt;H(()=>{if(!c)return;let y=!0;return p(null),O(Gr,{id:f,at:c},{lang:t}).then(u=>y&&d(u.organisationAsOf),u=>y&&p(u)),()=>{y=!1}},[f,c,t]);let $=c?L(c,t):"";return X`<section aria-labelledby="audit-asof-heading">
    <h2 id="audit-asof-heading">${e("audit.asOf")}</h2>
    <div class="field">
      <label for="audit-slider">${e("audit.slider")}</label>
      <input id="audit-slider" type="range" min="0" max=${o.length-1} step="1" value=${i}
        aria-valuetext=${e("audit.sliderValue",{version:o[i]?.version,when:$})}
        onInput=${y=>a(Number(y.currentTarget.value))} />
      <p class="hint" id="audit-asof-when" aria-live="polite">${e("audit.sliderValue",{version:o[i]?.version,when:$})}</p>
    </div>
    <${r} error=${l} />
    ${s?X`<dl class="facts as-of">
          <div><dt>${e("name")}</dt><dd>${s.name}</dd></div>
          <div><dt>${e("state")}</dt><dd>${e("statuses."+s.status)}</dd></div>
          <div><dt>${e("creditCode")}</dt><dd><code>${s.creditCode}</code></dd></div>
          <div><dt>${e("audit.fields.domicile")}</dt><dd>${s.domicile}</dd></div>
          <div><dt>${e("audit.fields.registeredFunds")}</dt><dd>${x(s.registeredFunds)}</dd></div>
          <div><dt>${e("version")}</dt><dd>${s.version}</dd></div>
        </dl>`:null}
  </section>`}function ti({t:e,lang:t,ErrorText:r,stream:n}){let[o,i]=b([]),[a,s]=b(null),[d,l]=b(!1),[p,f]=b(null),c=async(m,g)=>{l(!0),s(null);try{let I=(await O(qr,{s:n,from:m},{lang:t})).recordTimeline;i([...g,I])}catch(I){s(I)}finally{l(!1)}};H(()=>{i([]),f(null),c(0,[])},[n,t]);let $=async()=>{f({busy:!0});try{let m=(await O(Yr,{s:n},{lang:t})).verifyStream;f({result:m})}catch(m){f({error:m})}},y=o.flatMap(m=>m.entries),u=o[o.length-1];return X`<section aria-labelledby="audit-timeline-heading">
    <h2 id="audit-timeline-heading">${e("audit.timeline")} <code>${n}</code></h2>
    <div class="action">
      <button type="button" id="audit-verify-record" disabled=${p?.busy} onClick=${$}>${e("audit.verifyRecord")}</button>
      <div role="status" aria-live="polite">
        ${p?.result?X`<${Nn} t=${e} failure=${p.result.firstFailure} ok=${e("audit.recordOk",{count:p.result.eventsChecked})} />`:null}
      </div>
      <${r} error=${p?.error} />
    </div>
    <${r} error=${a} />
    ${y.length>0?X`<${ei} key=${n+y.length} t=${e} lang=${t} ErrorText=${r} stream=${n} entries=${y} />`:null}
    ${y.length>0?X`<table class="timeline">
          <caption>${e("audit.events",{count:u.totalCount})}</caption>
          <thead><tr><th scope="col">${e("version")}</th><th scope="col">${e("audit.when")}</th><th scope="col">${e("audit.who")}</th><th scope="col">${e("audit.what")}</th><th scope="col">${e("audit.reason")}</th><th scope="col">${e("audit.changes")}</th></tr></thead>
          <tbody>
            ${y.map(m=>X`<tr>
                <td>${m.version}</td>
                <td>${L(m.recordedAt,t)}</td>
                <td>${m.actor??e("audit.ledgerItself")}${m.role?X` <span class="role">(${e("roles."+m.role)})</span>`:null}</td>
                <td>${e("audit.kinds."+m.kind)==="audit.kinds."+m.kind?m.kind:e("audit.kinds."+m.kind)}</td>
                <td>${m.reason??""}</td>
                <td><${Xr} t=${e} lang=${t} changes=${m.changes} /></td>
              </tr>`)}
          </tbody>
        </table>`:d?X`<p role="status">${e("loading")}</p>`:null}
    ${u?.nextVersion!=null&&o.length<Kr?X`<button type="button" disabled=${d} onClick=${()=>c(u.nextVersion,o)}>${e("audit.more")}</button>`:null}
  </section>`}function Nn({t:e,failure:t,ok:r}){return t?X`<p class="error verify-broken">
    ${e("audit.broken",{stream:t.stream,version:t.version,position:t.position})}
    <br /><span class="rule">${t.reason}</span>
  </p>`:X`<p class="notice verify-ok">${r}</p>`}function ni({t:e,lang:t,ErrorText:r}){let[n,o]=b(null),[i,a]=b(null),[s,d]=b(!1),l=be(!1),p=async()=>{if(l.current)return;l.current=!0,d(!0),a(null);let f=0,c=0;try{let $=!1;for(let y=0;y<Qr&&!$;y++){let u=(await O(Wr,{after:f},{lang:t})).verifyLedger;if(c+=u.eventsChecked,f=u.lastPosition,$=u.done||u.firstFailure!=null,o({checked:c,at:f,head:u.head,failure:u.firstFailure,done:$}),!$&&u.eventsChecked===0)break}if(!$)throw new W(e("audit.stalled",{position:f}),{code:"INTERNAL"})}catch($){a($)}finally{l.current=!1,d(!1)}};return X`<section aria-labelledby="audit-verify-heading">
    <h2 id="audit-verify-heading">${e("audit.verify")}</h2>
    <p>${e("audit.verifyIntro")}</p>
    <div class="action">
      <button type="button" id="audit-verify" onClick=${p} disabled=${s}>${e("audit.verifyButton")}</button>
    </div>
    ${n?X`<div class="field">
          <label for="audit-verify-progress">${e("audit.progress")}</label>
          <progress id="audit-verify-progress" max=${Math.max(n.head,1)} value=${n.at}>${n.at}</progress>
        </div>`:null}
    <div role="status" aria-live="polite" id="audit-verify-result">
      ${n&&!n.done?X`<p>${e("audit.verifying",{checked:n.checked,head:n.head})}</p>`:null}
      ${n?.done?X`<${Nn} t=${e} failure=${n.failure} ok=${e("audit.ledgerOk",{count:n.checked})} />`:null}
    </div>
    <${r} error=${i} />
  </section>`}function ri({t:e,ErrorText:t}){let[r,n]=b(null),[o,i]=b(!1),a=async()=>{if(!o){i(!0),n(null);try{let s=await fetch("/export.jsonl",{headers:{authorization:`Bearer ${Ee.token()}`}});if(!s.ok){let c=(await s.json().catch(()=>({}))).errors?.[0];throw Object.assign(new Error(c?.message??`HTTP ${s.status}`),{code:c?.extensions?.code??"NETWORK"})}let d=/filename="([^"]+)"/.exec(s.headers.get("content-disposition")??"")?.[1]??"civic-ledger.jsonl",l=URL.createObjectURL(await s.blob()),p=document.createElement("a");p.href=l,p.download=d,document.body.append(p),p.click(),p.remove(),setTimeout(()=>URL.revokeObjectURL(l),6e4)}catch(s){n(s)}finally{i(!1)}}};return X`<section aria-labelledby="audit-export-heading">
    <h2 id="audit-export-heading">${e("audit.export")}</h2>
    <p>${e("audit.exportIntro")}</p>
    <button type="button" id="audit-export" disabled=${o} onClick=${a}>${e("audit.exportButton")}</button>
    <${t} error=${r} />
  </section>`}function On({t:e,lang:t,ErrorText:r,params:n,extra:o=null}){let[i,a]=b(n.get("stream")),s=d=>{a(d),history.replaceState(null,"","/app/audit?stream="+encodeURIComponent(d))};return X`<main id="main" class="audit">
    <h1>${e("audit.title")}</h1>
    <${Jr} t=${e} lang=${t} ErrorText=${r} onOpen=${s} />
    ${i&&xn.test(i)?X`<${ti} key=${i} t=${e} lang=${t} ErrorText=${r} stream=${i} />`:null}
    ${o}
    <${ni} t=${e} lang=${t} ErrorText=${r} />
    <${ri} t=${e} ErrorText=${r} />
  </main>`}var we=ie.bind(ne);function ce(e){let t=/^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(Ue(e));if(!t)return null;let r=Number(t[1])*100+Number(((t[2]??"")+"00").slice(0,2));return Number.isSafeInteger(r)?r:null}function z(e,{untilRemount:t=!1}={}){let r=be(!1),n=be(null),[o,i]=b(!1),[a,s]=b(null);return{run:async(l,p,f)=>{if(r.current)return;r.current=!0,i(!0),s(null),n.current??=Me();let c=!1;try{let $=await O(l,{i:{...p,commandId:n.current}},{lang:e});n.current=null,c=!0,await f($)}catch($){$.code!=="NETWORK"&&(n.current=null),s($)}finally{c&&t||(r.current=!1),i(!1)}},busy:o,error:a,setError:s}}function Ce(e,t,r={}){if(!e)return null;let n=String(e.field??"").split(".")[0];return n&&Object.hasOwn(t,n)?t[n]:e.rule&&r[e.rule]||null}function me({ui:e,id:t,label:r,value:n,onInput:o,error:i,hint:a,rows:s,className:d="",...l}){let{ErrorText:p}=e,f=[a?t+"-hint":null,i?t+"-error":null].filter(Boolean).join(" ")||void 0,c={id:t,value:n,"aria-invalid":i?"true":void 0,"aria-describedby":f,onInput:$=>o($.currentTarget.value),...l};return we`<div class=${"field "+d+(i?" invalid":"")}>
    <label for=${t}>${r}</label>
    ${s?we`<textarea rows=${s} ...${c}></textarea>`:we`<input ...${c} />`}
    ${a?we`<p class="hint" id=${t+"-hint"}>${a}</p>`:null}
    ${i?we`<${p} error=${i} id=${t+"-error"} />`:null}
  </div>`}function Ne({ui:e,id:t,label:r,mutation:n,input:o,onDone:i,className:a}){let{lang:s,ErrorText:d}=e,l=z(s);return we`<div class="action">
    <button type="button" id=${t} class=${a} disabled=${l.busy} onClick=${()=>l.run(n,o,i)}>${r}</button>
    <${d} error=${l.error} id=${t+"-error"} />
  </div>`}function ke({ui:e,id:t,title:r,intro:n,reasonLabel:o,submitLabel:i,mutation:a,input:s,reasonKey:d="reason",onDone:l,danger:p=!1,untilRemount:f=!1}){let{t:c,lang:$,ErrorText:y}=e,[u,m]=b(""),g=z($,{untilRemount:f}),I=A=>{A.preventDefault(),g.run(a,{...s,[d]:F(u)},l)},h=Ce(g.error,{[d]:"reason"})==="reason";return we`<form class=${"reason-form"+(p?" danger":"")} id=${t} onSubmit=${I} novalidate aria-labelledby=${t+"-heading"}>
    <h3 id=${t+"-heading"}>${r}</h3>
    ${n?we`<p>${n}</p>`:null}
    <${me} ui=${e} id=${t+"-reason"} label=${o??c("reasonLabel")} rows="2" value=${u} onInput=${m} error=${h?g.error:null} />
    <div class="action">
      <button type="submit" id=${t+"-submit"} class=${p?"danger":void 0} disabled=${g.busy}>${g.busy?c("submitting"):i}</button>
      ${g.error&&!h?we`<${y} error=${g.error} id=${t+"-error"} />`:null}
    </div>
  </form>`}var ii=new Uint32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),Ie=(e,t)=>e>>>t|e<<32-t;function oi(e){let t=new Uint32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),r=e.length,n=new Uint8Array((r+8>>6)+1<<6);n.set(e),n[r]=128;let o=new DataView(n.buffer);o.setUint32(n.length-8,Math.floor(r/536870912)),o.setUint32(n.length-4,r<<3>>>0);let i=new Uint32Array(64);for(let a=0;a<n.length;a+=64){for(let u=0;u<16;u++)i[u]=o.getUint32(a+u*4);for(let u=16;u<64;u++){let m=Ie(i[u-15],7)^Ie(i[u-15],18)^i[u-15]>>>3,g=Ie(i[u-2],17)^Ie(i[u-2],19)^i[u-2]>>>10;i[u]=i[u-16]+m+i[u-7]+g>>>0}let[s,d,l,p,f,c,$,y]=t;for(let u=0;u<64;u++){let m=y+(Ie(f,6)^Ie(f,11)^Ie(f,25))+(f&c^~f&$)+ii[u]+i[u]>>>0,g=(Ie(s,2)^Ie(s,13)^Ie(s,22))+(s&d^s&l^d&l)>>>0;y=$,$=c,c=f,f=p+m>>>0,p=l,l=d,d=s,s=m+g>>>0}t[0]+=s,t[1]+=d,t[2]+=l,t[3]+=p,t[4]+=f,t[5]+=c,t[6]+=$,t[7]+=y}return Array.from(t,a=>a.toString(16).padStart(8,"0")).join("")}async function Ln(e){let t=new Uint8Array(await e.arrayBuffer());if(globalThis.isSecureContext&&globalThis.crypto?.subtle){let r=new Uint8Array(await crypto.subtle.digest("SHA-256",t));return Array.from(r,n=>n.toString(16).padStart(2,"0")).join("")}return oi(t)}var Q=ie.bind(ne),ai=`query Eligible($after: String) {
  eligibleProcurements(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    scannedTo
    nodes { eligible reasons { code message } procurement { id title purchaser budget bidDeadline item { code nameZh } } }
  }
}`,lt="id procurementId status statusZh commitment sealedAt submittedAt withdrawnAt replacements version revealed { price valid defects }",Mn=`query MyBids { myBids(first: 100) { nodes { ${lt} } } }`,si=`mutation Submit($i: SubmitBidInput!) { submitBid(input: $i) { ${lt} } }`,ci=`mutation Replace($i: ReplaceBidInput!) { replaceBid(input: $i) { ${lt} } }`,di=`mutation Withdraw($i: WithdrawBidInput!) { withdrawBid(input: $i) { ${lt} } }`,li="mutation Challenge($i: ChallengeAwardInput!) { challengeAward(input: $i) { version } }";function Un({ui:e}){let{t,lang:r,ErrorText:n,Link:o}=e,[i,a]=b(null),[s,d]=b(null);return H(()=>{let l=!0;return O(ai,{after:null},{lang:r}).then(p=>l&&a(p.eligibleProcurements.nodes),p=>l&&d(p)),()=>{l=!1}},[r]),Q`<main id="main">
    <h1>${t("proc.eligibleTitle")}</h1>
    <p>${t("proc.eligibleIntro")}</p>
    <${n} error=${s} />
    ${i==null&&!s?Q`<p role="status">${t("loading")}</p>`:null}
    ${i&&i.length===0?Q`<p class="empty">${t("proc.boardEmpty")}</p>`:null}
    ${i&&i.length>0?Q`<table class="board eligible">
          <caption>${t("proc.eligibleTitle")}</caption>
          <thead><tr><th scope="col">${t("proc.title")}</th><th scope="col">${t("proc.item")}</th><th scope="col">${t("proc.budget")}</th><th scope="col">${t("proc.bidDeadline")}</th><th scope="col">${t("proc.mayBid")}</th></tr></thead>
          <tbody>
            ${i.map(l=>Q`<tr class=${l.eligible?"eligible":"ineligible"}>
                <td><${o} href=${"/app/procurements/"+l.procurement.id}>${l.procurement.title}<//></td>
                <td><code>${l.procurement.item.code}</code> ${l.procurement.item.nameZh}</td>
                <td class="money">${x(l.procurement.budget)}</td>
                <td>${L(l.procurement.bidDeadline,r)}</td>
                <td>
                  ${l.eligible?Q`<strong class="badge ok">${t("proc.eligible")}</strong>`:Q`<span class="badge no">${t("proc.ineligible")}</span>
                        <ul class="reasons">${l.reasons.map(p=>Q`<li>${p.message} <code class="rule">${p.code}</code></li>`)}</ul>`}
                </td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function ui(e,t){if(e.length===0)return{};let r=e.map((i,a)=>`$p${a}: UUID!`).join(", "),n=e.map((i,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await O(`query Titles(${r}) { ${n} }`,Object.fromEntries(e.map((i,a)=>["p"+a,i])),{lang:t});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.title]))}function Bn({ui:e}){let{t,lang:r,ErrorText:n,Link:o}=e,[i,a]=b(null),[s,d]=b({}),[l,p]=b(null);return H(()=>{let f=!0;return O(Mn,{},{lang:r}).then(async c=>{if(!f)return;a(c.myBids.nodes);let $=[...new Set(c.myBids.nodes.map(u=>u.procurementId))].slice(0,100),y=await ui($,r);f&&d(y)}).catch(c=>f&&p(c)),()=>{f=!1}},[r]),Q`<main id="main">
    <h1>${t("proc.myBidsTitle")}</h1>
    <${n} error=${l} />
    ${i==null&&!l?Q`<p role="status">${t("loading")}</p>`:null}
    ${i&&i.length===0?Q`<p class="empty">${t("proc.noBids")}</p>`:null}
    ${i&&i.length>0?Q`<table class="board my-bids">
          <caption>${t("proc.myBidsTitle")}</caption>
          <thead><tr><th scope="col">${t("proc.procurement")}</th><th scope="col">${t("state")}</th><th scope="col">${t("proc.sealedAt")}</th><th scope="col">${t("proc.replacements")}</th><th scope="col">${t("proc.commitment")}</th></tr></thead>
          <tbody>
            ${i.map(f=>Q`<tr>
                <td><${o} href=${"/app/procurements/"+f.procurementId}>${s[f.procurementId]??t("proc.openProcurement")}<//></td>
                <td>${t("proc.bidStatuses."+f.status)}</td>
                <td>${L(f.sealedAt,r)}</td>
                <td>${f.replacements}</td>
                <td><code class="hash">${f.commitment}</code></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}function Fn({ui:e,prefix:t,command:r,submitLabel:n,onSend:o}){let{t:i,ErrorText:a}=e,[s,d]=b(""),[l,p]=b(""),[f,c]=b([]),[$,y]=b(!1),[u,m]=b(null),g=E=>{E.preventDefault();let _=ce(s);if(_==null)return m(new W(i("proc.moneyInvalid"),{code:"VALIDATION",field:"priceFen"}));m(null),o(_,F(l),f)},I=async E=>{let _=[...E.currentTarget.files];E.currentTarget.value="",y(!0);try{let w=[];for(let S of _)w.push({name:S.name,sha256:await Ln(S)});c(S=>[...S,...w.filter(P=>!S.some(V=>V.name===P.name&&V.sha256===P.sha256))])}catch(w){m(new W(i("proc.documentUnreadable",{message:w.message}),{code:"VALIDATION",field:"documents"}))}finally{y(!1)}},h=u??r.error,A=h&&(h.field==="priceFen"||h.field==="price"),v=h&&h.field==="technicalProposal",T=h&&String(h.field??"").startsWith("documents");return Q`<form class="bid" onSubmit=${g} novalidate>
    <div class=${"field"+(A?" invalid":"")}>
      <label for=${t+"-price"}>${i("proc.price")}</label>
      <input id=${t+"-price"} inputmode="decimal" value=${s} aria-describedby=${t+"-price-hint"+(A?" "+t+"-price-error":"")}
        aria-invalid=${A?"true":void 0} onInput=${E=>d(E.currentTarget.value)} />
      <p class="hint" id=${t+"-price-hint"}>${i("proc.priceHint")}</p>
      ${A?Q`<${a} error=${h} id=${t+"-price-error"} />`:null}
    </div>
    <div class=${"field"+(v?" invalid":"")}>
      <label for=${t+"-proposal"}>${i("proc.proposal")}</label>
      <textarea id=${t+"-proposal"} rows="3" value=${l} aria-invalid=${v?"true":void 0}
        aria-describedby=${v?t+"-proposal-error":void 0} onInput=${E=>p(E.currentTarget.value)}></textarea>
      ${v?Q`<${a} error=${h} id=${t+"-proposal-error"} />`:null}
    </div>
    <div class=${"field documents"+(T?" invalid":"")}>
      <label for=${t+"-documents"}>${i("proc.documents")}</label>
      <input id=${t+"-documents"} type="file" multiple aria-describedby=${t+"-documents-hint"+(T?" "+t+"-documents-error":"")}
        aria-invalid=${T?"true":void 0} onChange=${I} />
      <p class="hint" id=${t+"-documents-hint"}>${i("proc.documentsHint")}</p>
      ${$?Q`<p role="status">${i("proc.hashing")}</p>`:null}
      ${f.length>0?Q`<ul class="documents" id=${t+"-document-list"}>${f.map((E,_)=>Q`<li><span class="name">${E.name}</span> <code class="hash">${E.sha256}</code>
              <button type="button" class="link" aria-label=${i("proc.removeDocument",{name:E.name})} onClick=${()=>c(w=>w.filter((S,P)=>P!==_))}>${i("con.remove")}</button></li>`)}</ul>`:null}
      ${T?Q`<${a} error=${h} id=${t+"-documents-error"} />`:null}
    </div>
    <div class="action">
      <button type="submit" id=${t+"-send"} disabled=${r.busy||$}>${n}</button>
      ${h&&!A&&!v&&!T?Q`<${a} error=${h} id=${t+"-error"} />`:null}
    </div>
  </form>`}function Hn({ui:e,procurement:t,onChanged:r}){let{t:n,lang:o,ErrorText:i}=e,[a,s]=b(null),[d,l]=b(null),[p,f]=b(null),[c,$]=b(0),y=z(o),u=z(o),m=z(o);H(()=>{let T=!0;return O(Mn,{},{lang:o}).then(E=>T&&s(E.myBids.nodes.filter(_=>_.procurementId===t.id)),E=>T&&l(E)),()=>{T=!1}},[o,t.id,c]);let g=T=>()=>{f(n(T)),$(E=>E+1),r()},I=a?.find(T=>T.status==="SUBMITTED"),h=t.status==="PUBLISHED",A=e.claims?.organisation,v=t.status==="AWARDED"&&t.award&&t.award.organisationId!==A&&t.openedBids.some(T=>T.organisationId===A);return Q`<section class="decision" aria-labelledby="my-bid-heading">
    <h2 id="my-bid-heading">${n("proc.myBid")}</h2>
    ${p?Q`<p class="notice" role="status">${p}</p>`:null}
    <${i} error=${d} />
    ${I?Q`<dl class="facts">
            <div><dt>${n("state")}</dt><dd id="my-bid-status">${n("proc.bidStatuses."+I.status)}</dd></div>
            <div><dt>${n("proc.commitment")}</dt><dd><code class="hash" id="my-bid-commitment">${I.commitment}</code></dd></div>
            <div><dt>${n("proc.sealedAt")}</dt><dd>${L(I.sealedAt,o)}</dd></div>
            <div><dt>${n("proc.replacements")}</dt><dd>${I.replacements}</dd></div>
          </dl>
          <p class="hint">${n("proc.sealedNote")}</p>
          ${h?Q`<h3>${n("proc.replaceBid")}</h3>
                <${Fn} ui=${e} prefix="replace" command=${u} submitLabel=${n("proc.replaceBid")}
                  onSend=${(T,E,_)=>u.run(ci,{bidId:I.id,priceFen:T,technicalProposal:E,documents:_,expectedVersion:I.version},g("proc.bidReplaced"))} />
                <div class="action">
                  <button type="button" id="withdraw-bid" class="secondary" disabled=${m.busy}
                    onClick=${()=>m.run(di,{bidId:I.id,expectedVersion:I.version},g("proc.bidWithdrawn"))}>${n("proc.withdrawBid")}</button>
                  <${i} error=${m.error} id="withdraw-error" />
                </div>`:null}`:h?Q`<${Fn} ui=${e} prefix="bid" command=${y} submitLabel=${n("proc.submitBid")}
            onSend=${(T,E,_)=>y.run(si,{procurementId:t.id,priceFen:T,technicalProposal:E,documents:_},g("proc.bidSubmitted"))} />`:Q`<p class="empty">${n("proc.notTakingBids")}</p>`}
    ${v?Q`<${ke} key=${"challenge"+c} ui=${e} id="challenge" title=${n("proc.challengeTitle")}
          intro=${n("proc.challengeIntro",{deadline:ee(t.award.challengeDeadline,o)})} reasonLabel=${n("proc.grounds")} reasonKey="grounds"
          submitLabel=${n("proc.challengeSubmit")} mutation=${li} input=${{procurementId:t.id,organisationId:A}} onDone=${g("proc.challengeFiled")} />`:null}
  </section>`}var Te=ie.bind(ne);function ut({id:e,title:t,describe:r,parts:n,format:o=String}){let i=n.reduce((l,p)=>l+Math.max(0,p.value),0),a=600,s=0,d=n.map(l=>{let p=i>0?Math.max(0,l.value)/i*a:0,f=Te`<rect class=${"part "+l.className} x=${s.toFixed(2)} y="0" width=${p.toFixed(2)} height="28" data-part=${l.key} data-value=${l.value} />`;return s+=p,f});return Te`<figure class="chart split-bar" id=${e}>
    <figcaption>${t}</figcaption>
    <svg viewBox=${`0 0 ${a} 28`} preserveAspectRatio="none" role="img" aria-label=${r} focusable="false">
      <rect class="track" x="0" y="0" width=${a} height="28" />
      ${d}
    </svg>
    <ul class="legend">
      ${n.map(l=>Te`<li data-part=${l.key}><span class=${"swatch "+l.className} aria-hidden="true"></span>${l.label} ${o(l.value)}</li>`)}
    </ul>
  </figure>`}function jn({id:e,title:t,describe:r,bars:n}){let o=Math.max(1,...n.map(l=>l.count)),i=64,a=110,s=18,d=i*n.length;return Te`<figure class="chart count-bars" id=${e}>
    <figcaption>${t}</figcaption>
    <svg viewBox=${`0 0 ${d} ${s+a+36}`} role="img" aria-label=${r} focusable="false">
      ${n.map((l,p)=>{let f=l.count/o*a,c=p*i+10,$=s+a-f;return Te`<g class=${"bar "+(l.className??"")} data-key=${l.key} data-count=${l.count}>
          <rect x=${c} y=${$.toFixed(2)} width=${i-20} height=${f.toFixed(2)} />
          <text class="count" x=${c+(i-20)/2} y=${($-4).toFixed(2)} text-anchor="middle">${l.count}</text>
          <text class="label" x=${c+(i-20)/2} y=${s+a+16} text-anchor="middle">${l.label}</text>
          ${l.sublabel?Te`<text class="label sub" x=${c+(i-20)/2} y=${s+a+32} text-anchor="middle">${l.sublabel}</text>`:null}
        </g>`})}
      <line class="axis" x1="0" x2=${d} y1=${s+a} y2=${s+a} />
    </svg>
  </figure>`}function Vn({id:e,title:t,describe:r,series:n,rows:o,format:i=String}){let a=Math.max(1,...o.flatMap(c=>c.values)),s=220,d=420,l=14,p=n.length*(l+2)+14,f=o.length*p+4;return Te`<figure class="chart paired-bars" id=${e}>
    <figcaption>${t}</figcaption>
    <svg viewBox=${`0 0 ${s+d+140} ${f}`} role="img" aria-label=${r} focusable="false">
      ${o.map((c,$)=>{let y=$*p+4;return Te`<g class="row" data-key=${c.key}>
          <text class="label" x=${s-8} y=${y+p/2-2} text-anchor="end">${c.label}</text>
          ${c.values.map((u,m)=>{let g=u/a*d,I=y+m*(l+2);return Te`<rect class=${"bar "+n[m].className} x=${s} y=${I} width=${g.toFixed(2)} height=${l} data-series=${n[m].className} data-value=${u} />
              <text class="value" x=${s+g+4} y=${I+l-3}>${i(u)}</text>`})}
        </g>`})}
    </svg>
    <ul class="legend">${n.map(c=>Te`<li><span class=${"swatch "+c.className} aria-hidden="true"></span>${c.label}</li>`)}</ul>
  </figure>`}var j=ie.bind(ne),pi=["LEGAL_REPRESENTATIVE","EMPLOYMENT","MANAGEMENT","CONTROL","RELATIVE","LITIGATION","OTHER"];function xt(e){let t=/^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(Ue(e));return t?Number(t[1])*100+Number(((t[2]??"")+"00").slice(0,2)):null}var mi=e=>(e/100).toFixed(2),$i="memberId name role drawPosition sitting recusal { organisationId kind source note } submitted submittedAt sheetDigest scores { bidId criteria { key pointsHundredths } }",Gn=`committeeId procurementId status version seats seed constitutedAt concludedAt allSubmitted
  members { ${$i} }
  report { committeeId sheetsDigest ranking { rank bidId organisationId price priceScore criteriaScore total } }`,hi=`query MyCommittees { myCommittees(first: 100) { ${Gn} } }`,qn=`query Committee($id: UUID!) { committee(id: $id) { ${Gn} } }`,fi=`query Procurement($id: UUID!) { procurement(id: $id) {
  id title status scoring { priceWeightPercent criteria { key name maxPoints } }
  openedBids { bidId organisationId organisationName price valid }
} }`,gi="mutation Declare($i: DeclareRelationInput!) { declareRelation(input: $i) { version } }",bi="mutation Sheet($i: SubmitScoreSheetInput!) { submitScoreSheet(input: $i) { version } }";async function vi(e,t){if(e.length===0)return{};let r=e.map((i,a)=>`$p${a}: UUID!`).join(", "),n=e.map((i,a)=>`p${a}: procurement(id: $p${a}) { id title }`).join(" "),o=await O(`query Titles(${r}) { ${n} }`,Object.fromEntries(e.map((i,a)=>["p"+a,i])),{lang:t});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.title]))}function Wn({ui:e}){let{t,lang:r,claims:n,ErrorText:o,Link:i}=e,[a,s]=b(null),[d,l]=b({}),[p,f]=b(null);return H(()=>{let c=!0;return O(hi,{},{lang:r}).then(async $=>{if(!c)return;s($.myCommittees);let y=await vi([...new Set($.myCommittees.map(u=>u.procurementId))].slice(0,100),r);c&&l(y)}).catch($=>c&&f($)),()=>{c=!1}},[r]),j`<main id="main">
    <h1>${t("eval.myTitle")}</h1>
    <${o} error=${p} />
    ${a==null&&!p?j`<p role="status">${t("loading")}</p>`:null}
    ${a&&a.length===0?j`<p class="empty">${t("eval.none")}</p>`:null}
    ${a&&a.length>0?j`<table class="board my-committees">
          <caption>${t("eval.myTitle")}</caption>
          <thead><tr><th scope="col">${t("proc.procurement")}</th><th scope="col">${t("state")}</th><th scope="col">${t("eval.mySeat")}</th><th scope="col">${t("eval.sheetsIn")}</th><th scope="col">${t("eval.constitutedAt")}</th></tr></thead>
          <tbody>
            ${a.map(c=>{let $=c.members.find(u=>u.memberId===n.organisation),y=c.members.filter(u=>u.sitting);return j`<tr>
                <td><${i} href=${"/app/committees/"+c.committeeId}>${d[c.procurementId]??t("eval.openCommittee")}<//></td>
                <td>${t("eval.statuses."+c.status)}</td>
                <td>${$?t($.sitting?$.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused"):""}</td>
                <td>${y.filter(u=>u.submitted).length} / ${y.length}</td>
                <td>${L(c.constitutedAt,r)}</td>
              </tr>`})}
          </tbody>
        </table>`:null}
  </main>`}function yi(e,t,r){if(!e||e.field!=="scores.criteria.points")return null;let n=t.find(i=>e.message.includes(i.bidId)),o=r.find(i=>e.message.includes(`'${i.name}'`)||e.message.includes(`\u201C${i.name}\u201D`));return n&&o?`${n.bidId}/${o.key}`:null}function Ei({ui:e,committee:t,me:r,bids:n,criteria:o,onDone:i}){let{t:a,lang:s,ErrorText:d}=e,[l,p]=b({}),[f,c]=b(null),$=z(s),y=g=>{g.preventDefault();let I=[];for(let h of n){let A={bidId:h.bidId,criteria:[]};for(let v of o){let T=xt(l[h.bidId+"/"+v.key]??"");if(T==null)return c({key:h.bidId+"/"+v.key,error:new W(a("eval.pointsInvalid",{max:v.maxPoints}),{code:"VALIDATION"})});A.criteria.push({key:v.key,pointsHundredths:T})}I.push(A)}c(null),$.run(bi,{committeeId:t.committeeId,memberId:r.memberId,scores:I},i)},u=yi($.error,n,o),m=g=>f?.key===g?f.error:u===g?$.error:null;return j`<form class="sheet" onSubmit=${y} novalidate>
    <table class="sheet">
      <caption>${a("eval.sheetCaption")}</caption>
      <thead><tr><th scope="col">${a("organisation")}</th><th scope="col">${a("proc.price")}</th>${o.map(g=>j`<th scope="col">${g.name} (${a("eval.max",{max:g.maxPoints})})</th>`)}</tr></thead>
      <tbody>
        ${n.map((g,I)=>j`<tr>
            <th scope="row">${g.organisationName}</th>
            <td class="money">${x(g.price)}</td>
            ${o.map(h=>{let A=g.bidId+"/"+h.key,v=`score-${I}-${h.key}`,T=m(A);return j`<td class=${"field"+(T?" invalid":"")}>
                <label class="sr-only" for=${v}>${a("eval.scoreLabel",{name:g.organisationName,criterion:h.name})}</label>
                <input id=${v} inputmode="decimal" size="6" value=${l[A]??""} aria-invalid=${T?"true":void 0}
                  aria-describedby=${T?v+"-error":void 0} onInput=${E=>p({...l,[A]:E.currentTarget.value})} />
                ${T?j`<${d} error=${T} id=${v+"-error"} />`:null}
              </td>`})}
          </tr>`)}
      </tbody>
    </table>
    <p class="hint">${a("eval.sheetHint")}</p>
    <div class="action">
      <button type="submit" id="submit-sheet" disabled=${$.busy}>${a("eval.submitSheet")}</button>
      ${$.error&&!u?j`<${d} error=${$.error} id="submit-sheet-error" />`:null}
    </div>
  </form>`}function Ii({ui:e,committee:t,me:r,bids:n,onDone:o}){let{t:i,lang:a,ErrorText:s}=e,[d,l]=b(n[0]?.organisationId??""),[p,f]=b("OTHER"),[c,$]=b(""),y=z(a),u=g=>{g.preventDefault(),y.run(gi,{committeeId:t.committeeId,memberId:r.memberId,organisationId:d,kind:p,note:c.trim()},o)},m=y.error?.field==="note";return j`<form class="relation" onSubmit=${u} novalidate>
    <div class="field"><label for="relation-org">${i("eval.relatedBidder")}</label>
      <select id="relation-org" value=${d} onChange=${g=>l(g.currentTarget.value)}>
        ${n.map(g=>j`<option value=${g.organisationId}>${g.organisationName}</option>`)}
      </select></div>
    <div class="field"><label for="relation-kind">${i("eval.relationKind")}</label>
      <select id="relation-kind" value=${p} onChange=${g=>f(g.currentTarget.value)}>
        ${pi.map(g=>j`<option value=${g}>${i("eval.kinds."+g)}</option>`)}
      </select></div>
    <div class=${"field"+(m?" invalid":"")}><label for="relation-note">${i("eval.relationNote")}</label>
      <textarea id="relation-note" rows="2" value=${c} aria-invalid=${m?"true":void 0} aria-describedby=${m?"relation-note-error":void 0}
        onInput=${g=>$(g.currentTarget.value)}></textarea>
      ${m?j`<${s} error=${y.error} id="relation-note-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="declare-relation" class="secondary" disabled=${y.busy}>${i("eval.declare")}</button>
      ${y.error&&!m?j`<${s} error=${y.error} id="declare-relation-error" />`:null}
    </div>
  </form>`}function Ti(e,t,r){let n=e?.find(o=>o.bidId===t)?.criteria.find(o=>o.key===r)?.pointsHundredths;return n==null?"":mi(n)}function Yn({ui:e,id:t}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a}=e,[s,d]=b(void 0),[l,p]=b(null),[f,c]=b(null),[$,y]=b(null);H(()=>{let T=!0;return O(qn,{id:t},{lang:n}).then(async E=>{if(T&&(d(E.committee),E.committee)){let _=await O(fi,{id:E.committee.procurementId},{lang:n});T&&p(_.procurement)}}).catch(E=>T&&c(E)),()=>{T=!1}},[t,n]);let u=T=>async()=>{let E=await O(qn,{id:t},{lang:n});d(E.committee),y(r(T))};if(s===void 0&&!f)return j`<main id="main"><p role="status">${r("loading")}</p></main>`;if(!s)return j`<main id="main"><h1>${r("eval.committee")}</h1><${i} error=${f} />${f?null:j`<p class="empty">${r("eval.notFound")}</p>`}</main>`;let m=s.members.find(T=>T.memberId===o?.organisation),g=l?.openedBids.filter(T=>T.valid)??[],I=l?.scoring.criteria??[],h=T=>l?.openedBids.find(E=>E.organisationId===T)?.organisationName??T,A=s.members.filter(T=>T.sitting),v=s.status==="SCORING";return j`<main id="main">
    <h1>${r("eval.committee")}${l?j`：<${a} href=${"/app/procurements/"+l.id}>${l.title}<//>`:null}</h1>
    ${$?j`<p class="notice" role="status">${$}</p>`:null}
    <${i} error=${f} />
    <dl class="facts">
      <div><dt>${r("state")}</dt><dd id="committee-status">${r("eval.statuses."+s.status)}</dd></div>
      <div><dt>${r("eval.seats")}</dt><dd>${s.seats}</dd></div>
      <div><dt>${r("eval.sheetsIn")}</dt><dd id="sheets-in">${A.filter(T=>T.submitted).length} / ${A.length}</dd></div>
      <div><dt>${r("eval.constitutedAt")}</dt><dd>${L(s.constitutedAt,n)}</dd></div>
    </dl>

    ${m&&!m.sitting?j`<p class="notice" id="recused">${r("eval.youRecused")}</p>
          <ul class="reasons">${m.recusal.map(T=>j`<li>${h(T.organisationId)} — ${r("eval.kinds."+T.kind)}${T.note?"\uFF1A"+T.note:""}</li>`)}</ul>`:null}
    ${m&&m.sitting&&v&&!m.submitted&&l?j`<section aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">${r("eval.yourSheet")}</h2>
            <${Ei} ui=${e} committee=${s} me=${m} bids=${g} criteria=${I} onDone=${u("eval.sheetSubmitted")} />
          </section>
          <section aria-labelledby="relation-heading">
            <h2 id="relation-heading">${r("eval.declareTitle")}</h2>
            <p class="hint">${r("eval.declareHint")}</p>
            <${Ii} ui=${e} committee=${s} me=${m} bids=${g} onDone=${u("eval.declared")} />
          </section>`:null}

    <section aria-labelledby="members-heading">
      <h2 id="members-heading">${r("eval.members")}</h2>
      ${s.allSubmitted?null:j`<p class="hint" id="sheets-hidden">${r("eval.sheetsHidden")}</p>`}
      <table class="members">
        <caption>${r("eval.members")}</caption>
        <thead><tr><th scope="col">${r("eval.member")}</th><th scope="col">${r("eval.role")}</th><th scope="col">${r("state")}</th><th scope="col">${r("eval.sheetDigest")}</th>
          ${I.map(T=>j`<th scope="col">${T.name}</th>`)}</tr></thead>
        <tbody>
          ${s.members.map(T=>j`<tr class=${T.memberId===m?.memberId?"me":""}>
              <td>${T.name}${T.memberId===m?.memberId?j` <strong>(${r("eval.you")})</strong>`:null}</td>
              <td>${r("eval.roles."+T.role)}</td>
              <td>${r(T.sitting?T.submitted?"eval.seatSubmitted":"eval.seatToScore":"eval.seatRecused")}</td>
              <td>${T.sheetDigest?j`<code class="hash">${T.sheetDigest.slice(0,16)}…</code>`:""}</td>
              ${I.map(E=>j`<td class="scores">${T.scores?g.map(_=>j`<span class="score">${_.organisationName}：${Ti(T.scores,_.bidId,E.key)}</span> `):T.submitted?j`<span class="hidden">${r("eval.hidden")}</span>`:""}</td>`)}
            </tr>`)}
        </tbody>
      </table>
    </section>

    ${s.report?j`<section aria-labelledby="conclusion-heading">
          <h2 id="conclusion-heading">${r("eval.conclusion")}</h2>
          <ol class="ranking" id="conclusion">
            ${s.report.ranking.map(T=>j`<li>${h(T.organisationId)} · ${x(T.price)} · ${r("eval.total",{total:T.total,price:T.priceScore,criteria:T.criteriaScore})}</li>`)}
          </ol>
          <p class="hint">${r("eval.sheetsDigest")} <code class="hash">${s.report.sheetsDigest}</code></p>
        </section>`:null}
  </main>`}var B=ie.bind(ne),Nt="code nameZh nameEn weight",_i=`evaluationId contractId procurementId supplierId purchaserUnit jurisdiction evaluator evaluatorOrganisationId status
  indicators { ${Nt} children { ${Nt} children { ${Nt} } } } thresholds { excellent good fair }
  scores { indicator pointsHundredths } comment submissions unscored totalHundredths total grade
  openedAt lastSubmittedAt concludedAt version`,Ai=`query Evaluation($id: UUID!) { performanceEvaluation(id: $id) { ${_i} } }`,Si=`query ContractEvaluations($f: PerformanceEvaluationFilter!) {
  performanceEvaluations(filter: $f, first: 100) { nodes { evaluationId evaluator status total grade concludedAt } }
}`,wi="query EvaluatedContract($id: UUID!) { contract(id: $id) { id title supplier purchaser } }",Ci="query Grades($id: UUID!) { supplierGrades(organisationId: $id) { evaluationId contractId evaluator grade score concludedAt countsForEligibility } }",Ri="mutation Open($i: OpenPerformanceEvaluationInput!) { openPerformanceEvaluation(input: $i) { evaluationId } }",Di="query ThirdParties($f: OrganisationFilterInput) { organisations(filter: $f, first: 20) { nodes { id name creditCode } } }",Pi="mutation Score($i: SubmitPerformanceScoresInput!) { submitPerformanceScores(input: $i) { version } }",ki="mutation Conclude($i: PerformanceEvaluationActionInput!) { concludePerformanceEvaluation(input: $i) { version } }",pt=e=>`${Math.floor(e/100)}.${String(e%100).padStart(2,"0")}`;function Ot(e,t=null){return e.flatMap(r=>r.children?.length?Ot(r.children,r):[{leaf:r,group:t}])}function xi(e,t){return e>=t.excellent*100?"EXCELLENT":e>=t.good*100?"GOOD":e>=t.fair*100?"FAIR":"POOR"}function We({t:e,grade:t,id:r}){return t?B`<strong class=${"grade grade-"+t.toLowerCase()} id=${r}>${e("perf.grades."+t)}</strong>`:null}function Ni({ui:e,contract:t,value:r,onPick:n,error:o}){let{t:i,lang:a,ErrorText:s}=e,[d,l]=b(""),[p,f]=b(null),[c,$]=b(null),y=async()=>{$(null);try{let m=(await O(Di,{f:{nameContains:F(d),status:"ACTIVE"}},{lang:a})).organisations.nodes.filter(g=>g.id!==t.supplier);f(m),n(m[0]?.id??"")}catch(u){$(u)}};return B`<div class="third-party">
    <div class="field"><label for="evaluation-third-search">${i("perf.thirdPartySearch")}</label>
      <input id="evaluation-third-search" value=${d} onInput=${u=>l(u.currentTarget.value)}
        onKeyDown=${u=>u.key==="Enter"&&(u.preventDefault(),y())} /></div>
    <button type="button" class="secondary" id="evaluation-third-find" onClick=${y}>${i("search")}</button>
    <${s} error=${c} />
    ${p&&p.length===0?B`<p class="empty" role="status">${i("perf.thirdPartyNone")}</p>`:null}
    ${p&&p.length>0?B`<div class=${"field"+(o?" invalid":"")}><label for="evaluation-third">${i("perf.thirdParty")}</label>
          <select id="evaluation-third" value=${r} aria-invalid=${o?"true":void 0} aria-describedby=${o?"open-evaluation-error":void 0}
            onChange=${u=>n(u.currentTarget.value)}>
            ${p.map(u=>B`<option value=${u.id}>${u.name}（${u.creditCode}）</option>`)}
          </select></div>`:null}
  </div>`}function Kn({ui:e,contract:t}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a,navigate:s}=e,d=o?.role==="purchaser"&&o.organisation===t.purchaserUnit,l=o?.role==="ngo"&&o.organisation===t.supplier,p=t.status==="COMPLETED"||t.status==="TERMINATED",[f,c]=b(null),[$,y]=b(null),[u,m]=b(l?"SELF":"PURCHASER"),[g,I]=b(""),h=z(n);if(H(()=>{let v=!0,T={contractId:t.id,mine:d||l};return O(Si,{f:T},{lang:n}).then(E=>v&&c(E.performanceEvaluations.nodes),E=>v&&y(E)),()=>{v=!1}},[t.id,t.version,n]),!p&&(f??[]).length===0)return null;let A=v=>{v.preventDefault();let T={contractId:t.id,evaluator:u};if(u==="THIRD_PARTY"){if(!g)return h.setError(new W(r("perf.thirdPartyPick"),{code:"VALIDATION",field:"evaluatorOrganisationId"}));T.evaluatorOrganisationId=g}h.run(Ri,T,E=>s("/app/evaluations/"+E.openPerformanceEvaluation.evaluationId))};return B`<section aria-labelledby="evaluations-heading">
    <h2 id="evaluations-heading">${r("perf.title")}</h2>
    <${i} error=${$} />
    ${f&&f.length===0?B`<p class="empty">${r("perf.none")}</p>`:null}
    ${f&&f.length>0?B`<ul class="evaluations">${f.map(v=>B`<li><${a} href=${"/app/evaluations/"+v.evaluationId}>${r("perf.evaluators."+v.evaluator)}<//> · ${r("perf.statuses."+v.status)}
            ${v.grade?B` · ${r("perf.totalIs",{total:v.total})} <${We} t=${r} grade=${v.grade} />`:null}
            ${v.concludedAt?B` · ${L(v.concludedAt,n)}`:null}</li>`)}</ul>`:null}
    ${p&&(d||l)?B`<form class="open-evaluation" onSubmit=${A}>
          ${d?B`<div class="field"><label for="evaluation-kind">${r("perf.evaluator")}</label>
                <select id="evaluation-kind" value=${u} onChange=${v=>m(v.currentTarget.value)}>
                  ${["PURCHASER","THIRD_PARTY","SELF"].map(v=>B`<option value=${v}>${r("perf.evaluators."+v)}</option>`)}
                </select></div>
              ${u==="THIRD_PARTY"?B`<${Ni} ui=${e} contract=${t} value=${g} onPick=${I}
                    error=${h.error?.rule==="PERF-EVALUATOR"?h.error:null} />`:null}`:null}
          <div class="action">
            <button type="submit" id="open-evaluation" disabled=${h.busy}>${r(l?"perf.openSelf":"perf.open")}</button>
            <${i} error=${h.error} id="open-evaluation-error" />
          </div>
        </form>`:null}
  </section>`}function Oi(e,t){return!e||!String(e.field??"").startsWith("scores")?null:t.find(({leaf:r})=>new RegExp(`\\b${r.code}\\b`).test(e.message))?.leaf.code??null}function Li({ui:e,e:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,a=Ot(t.indicators),[s,d]=b(()=>Object.fromEntries(t.scores.map(v=>[v.indicator,pt(v.pointsHundredths)]))),[l,p]=b(t.comment??""),[f,c]=b(null),$=z(o),y=z(o),u=a.map(({leaf:v})=>[v,F(s[v.code]??"")?xt(s[v.code]):void 0]),m=u.reduce((v,[,T])=>v+(T??0),0),g=u.filter(([,v])=>v===void 0).length,I=v=>{v.preventDefault();let T=[];for(let[E,_]of u){if(_===null||_>E.weight*100)return c({code:E.code,error:new W(n("perf.pointsInvalid",{max:E.weight}),{code:"VALIDATION",rule:"PERF-SCORE"})});_!==void 0&&T.push({indicator:E.code,pointsHundredths:_})}c(null),$.run(Pi,{evaluationId:t.evaluationId,scores:T,comment:F(l),expectedVersion:t.version},()=>r(n("perf.scoresSaved")))},h=Oi($.error,a),A=v=>f?.code===v?f.error:h===v?$.error:null;return B`<section class="decision evaluation-form" aria-labelledby="score-heading">
    <h2 id="score-heading">${n("perf.scoreTitle")}</h2>
    <form onSubmit=${I} novalidate>
      <table class="indicators">
        <caption>${n("perf.indicators")}</caption>
        <thead><tr><th scope="col">${n("perf.group")}</th><th scope="col">${n("perf.indicator")}</th><th scope="col">${n("perf.maxPoints")}</th><th scope="col">${n("perf.points")}</th></tr></thead>
        <tbody>${a.map(({leaf:v,group:T})=>{let E="score-"+v.code,_=A(v.code),w=o==="en"?v.nameEn:v.nameZh;return B`<tr>
            <td>${T?`${o==="en"?T.nameEn:T.nameZh}\uFF08${T.weight}\uFF09`:"\u2014"}</td>
            <th scope="row">${w}</th>
            <td>${v.weight}</td>
            <td class=${"field"+(_?" invalid":"")}>
              <label class="sr-only" for=${E}>${n("perf.scoreLabel",{name:w,max:v.weight})}</label>
              <input id=${E} inputmode="decimal" size="6" value=${s[v.code]??""} aria-invalid=${_?"true":void 0}
                aria-describedby=${_?E+"-error":void 0} onInput=${S=>d({...s,[v.code]:S.currentTarget.value})} />
              ${_?B`<${i} error=${_} id=${E+"-error"} />`:null}
            </td>
          </tr>`})}</tbody>
      </table>
      <p id="evaluation-total" class="sum" aria-live="polite">${g>0?n("perf.totalSoFar",{total:pt(m),blank:g}):B`${n("perf.totalWouldBe",{total:pt(m)})} <${We} t=${n} grade=${xi(m,t.thresholds)} />`}</p>
      <div class="field"><label for="evaluation-comment">${n("perf.comment")}</label>
        <textarea id="evaluation-comment" rows="3" value=${l} onInput=${v=>p(v.currentTarget.value)}></textarea></div>
      <div class="action">
        <button type="submit" id="submit-scores" disabled=${$.busy}>${n("perf.submitScores")}</button>
        ${$.error&&!h?B`<${i} error=${$.error} id="submit-scores-error" />`:null}
      </div>
    </form>
    ${t.submissions>0?B`<div class="action">
          <p class="hint">${n("perf.concludeHint")}</p>
          <button type="button" id="conclude-evaluation" disabled=${y.busy}
            onClick=${()=>y.run(ki,{evaluationId:t.evaluationId,expectedVersion:t.version},()=>r(n("perf.concluded")))}>${n("perf.conclude")}</button>
          <${i} error=${y.error} id="conclude-evaluation-error" />
        </div>`:null}
  </section>`}function Fi(e,t){let r={SELF:"ngo",PURCHASER:"purchaser",THIRD_PARTY:"evaluator"}[t.evaluator];return!!e&&e.role===r&&!!e.organisation&&e.organisation===t.evaluatorOrganisationId}function Qn({ui:e,id:t}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a}=e,[s,d]=b(void 0),[l,p]=b(null),[f,c]=b(null),[$,y]=b(null),[u,m]=b(0);if(H(()=>{let h=!0;return O(Ai,{id:t},{lang:n}).then(async A=>{if(h&&(d(A.performanceEvaluation),A.performanceEvaluation?.contractId)){let v=await O(wi,{id:A.performanceEvaluation.contractId},{lang:n});h&&p(v.contract)}}).catch(A=>h&&c(A)),()=>{h=!1}},[t,n,u]),f)return B`<main id="main"><${i} error=${f} /></main>`;if(s===void 0)return B`<main id="main"><p role="status">${r("loading")}</p></main>`;if(s===null)return B`<main id="main"><h1>${r("perf.notFound")}</h1></main>`;let g=Object.fromEntries(s.scores.map(h=>[h.indicator,h.pointsHundredths])),I=Fi(o,s)&&s.status==="OPEN";return B`<main id="main" class="evaluation">
    <h1>${r("perf.pageTitle",{title:l?.title??"\u2026"})} <span class="status" id="evaluation-status">${r("perf.statuses."+s.status)}</span></h1>
    ${$?B`<p class="notice" role="status">${$}</p>`:null}
    <p>${r("perf.evaluators."+s.evaluator)} · ${r("perf.openedAt",{at:L(s.openedAt,n)})}
      ${l?B` · <${a} href=${"/app/contracts/"+l.id}>${r("perf.theContract")}<//>`:null}</p>
    ${s.status==="CONCLUDED"?B`<section class="award" aria-labelledby="grade-heading">
          <h2 id="grade-heading">${r("perf.result")}</h2>
          <p id="evaluation-result">${r("perf.resultText",{total:s.total,at:L(s.concludedAt,n)})} <${We} t=${r} grade=${s.grade} id="evaluation-grade" /></p>
          ${s.comment?B`<p>${r("perf.comment")}：${s.comment}</p>`:null}
        </section>`:null}
    ${I?B`<${Li} key=${s.version} ui=${e} e=${s} onDone=${h=>(y(h),m(A=>A+1))} />`:B`<section aria-labelledby="scores-heading">
          <h2 id="scores-heading">${r("perf.indicators")}</h2>
          <table class="indicators"><caption class="sr-only">${r("perf.indicators")}</caption>
            <thead><tr><th scope="col">${r("perf.group")}</th><th scope="col">${r("perf.indicator")}</th><th scope="col">${r("perf.maxPoints")}</th><th scope="col">${r("perf.points")}</th></tr></thead>
            <tbody>${Ot(s.indicators).map(({leaf:h,group:A})=>B`<tr>
                <td>${A?n==="en"?A.nameEn:A.nameZh:"\u2014"}</td>
                <th scope="row">${n==="en"?h.nameEn:h.nameZh}</th>
                <td>${h.weight}</td>
                <td>${g[h.code]!=null?pt(g[h.code]):"\u2014"}</td>
              </tr>`)}</tbody></table>
        </section>`}
  </main>`}function zn({ui:e,organisationId:t}){let{t:r,lang:n,Link:o}=e,[i,a]=b(null);return H(()=>{let s=!0;return O(Ci,{id:t},{lang:n}).then(d=>s&&a(d.supplierGrades),()=>s&&a([])),()=>{s=!1}},[t,n]),!i||i.length===0?null:B`<section aria-labelledby="grades-heading">
    <h2 id="grades-heading">${r("perf.gradesTitle")}</h2>
    <table class="grades"><caption class="sr-only">${r("perf.gradesTitle")}</caption>
      <thead><tr><th scope="col">${r("perf.concludedAt")}</th><th scope="col">${r("perf.evaluator")}</th><th scope="col">${r("perf.total")}</th><th scope="col">${r("perf.grade")}</th><th scope="col">${r("perf.contract")}</th></tr></thead>
      <tbody>${i.map(s=>B`<tr>
          <td>${L(s.concludedAt,n)}</td>
          <td>${r("perf.evaluators."+s.evaluator)}${s.countsForEligibility?null:B`<br /><span class="hint">${r("perf.notCounted")}</span>`}</td>
          <td>${s.score}</td>
          <td><${We} t=${r} grade=${s.grade} /></td>
          <td><${o} href=${"/app/contracts/"+s.contractId}>${r("perf.theContract")}<//></td>
        </tr>`)}</tbody></table>
  </section>`}var Mi=`query MyEvaluations { performanceEvaluations(filter: {mine: true}, first: 100) {
  totalCount nodes { evaluationId contractId evaluator status total grade openedAt concludedAt }
} }`;async function Ui(e,t){if(e.length===0)return{};let r=e.map((i,a)=>`$c${a}: UUID!`).join(", "),n=e.map((i,a)=>`c${a}: contract(id: $c${a}) { id title }`).join(" "),o=await O(`query Titles(${r}) { ${n} }`,Object.fromEntries(e.map((i,a)=>["c"+a,i])),{lang:t});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.title]))}function Zn({ui:e}){let{t,lang:r,ErrorText:n,Link:o}=e,[i,a]=b(null),[s,d]=b({}),[l,p]=b(null);return H(()=>{let f=!0;return O(Mi,{},{lang:r}).then(async c=>{if(!f)return;let $=c.performanceEvaluations.nodes;a($);let y=await Ui([...new Set($.map(u=>u.contractId))].slice(0,100),r);f&&d(y)}).catch(c=>f&&p(c)),()=>{f=!1}},[r]),B`<main id="main">
    <h1>${t("perf.mineTitle")}</h1>
    <${n} error=${l} />
    ${i==null&&!l?B`<p role="status">${t("loading")}</p>`:null}
    ${i&&i.length===0?B`<p class="empty">${t("perf.none")}</p>`:null}
    ${i&&i.length>0?B`<table class="board evaluations">
          <caption>${t("perf.mineTitle")}</caption>
          <thead><tr><th scope="col">${t("perf.contract")}</th><th scope="col">${t("perf.evaluator")}</th><th scope="col">${t("state")}</th><th scope="col">${t("perf.total")}</th><th scope="col">${t("perf.grade")}</th><th scope="col">${t("perf.opened")}</th></tr></thead>
          <tbody>${i.map(f=>B`<tr>
              <td><${o} href=${"/app/evaluations/"+f.evaluationId}>${s[f.contractId]??t("perf.theContract")}<//></td>
              <td>${t("perf.evaluators."+f.evaluator)}</td>
              <td>${t("perf.statuses."+f.status)}</td>
              <td>${f.total??"\u2014"}</td>
              <td><${We} t=${t} grade=${f.grade} /></td>
              <td>${L(f.openedAt,r)}</td>
            </tr>`)}</tbody>
        </table>`:null}
  </main>`}var R=ie.bind(ne),Bi=`id version status ocdsStatus procurement { id title } jurisdiction purchaser purchaserUnit supplier title
  item { code nameZh } method amount amountFen supplemented supplementedFen total totalFen accepted acceptedFen paid paidFen
  remaining remainingFen supplementMaxPercent supplementHeadroom supplementHeadroomFen serviceStart serviceEnd signedAt endedAt
  milestones { id kind title due amount amountFen follows supplementId ocdsStatus accepted paid paidFen
    acceptances { passed recipientsParticipating recipientsNote report paymentDue acceptedAt } }
  payments { id milestoneId amount amountFen reference late paidAt }
  supplements { id amount description supplementedAt }
  corrections { what paymentId milestoneId oldAmountFen newAmountFen oldPassed newPassed reason correctedAt }
  statusChanges { status reason at }
  overdue { on unpaid unpaidFen milestones { milestoneId title due unpaid } latePayments }`,Hi=`query Contract($id: UUID!) { contract(id: $id) { ${Bi} } }`,ji="query Supplier($id: UUID!) { organisation(id: $id) { name } }",er="id status title purchaser supplier total totalFen paid paidFen remaining remainingFen signedAt overdue { unpaidFen } payments { id milestoneId amount reference late paidAt }",Vi=`query MyContracts { myContracts(first: 100) { totalCount nodes { ${er} } } }`,qi=`query UnitContracts { contracts(filter: {mine: true}, first: 100) { totalCount nodes { ${er} } } }`,Gi="mutation Sign($i: SignContractInput!) { signContract(input: $i) { id } }",Wi="mutation Accept($i: AcceptMilestoneInput!) { acceptMilestone(input: $i) { version } }",Yi="mutation Pay($i: RecordPaymentInput!) { recordPayment(input: $i) { version } }",Ki="mutation Complete($i: ContractCommandInput!) { completeContract(input: $i) { version } }",Qi="mutation Supplement($i: SupplementContractInput!) { supplementContract(input: $i) { version } }",zi="mutation Suspend($i: ContractReasonInput!) { suspendContract(input: $i) { version } }",Zi="mutation Resume($i: ContractReasonInput!) { resumeContract(input: $i) { version } }",Ji="mutation Terminate($i: ContractReasonInput!) { terminateContract(input: $i) { version } }",Xi="mutation CorrectPayment($i: CorrectPaymentInput!) { correctPayment(input: $i) { version } }",eo="mutation CorrectAcceptance($i: CorrectAcceptanceInput!) { correctAcceptance(input: $i) { version } }",Jn=100;function to(e){let t=e<0,r=Math.abs(e),n=`${Math.floor(r/100)}.${String(r%100).padStart(2,"0")}`;return t?"-"+n:n}var de=e=>x(to(e)),tr=e=>de(e).replace("\xA5","");function no(e){let t=ct(e).replace(/[\s,]/g,"");return/^\d{1,6}$/.test(t)?Number(t):null}function nr({t:e,status:t}){return t?R`<span class=${"status status-"+t.toLowerCase()} id="contract-status">${e("con.statuses."+t)}</span>`:null}function Xn(e){let t={};return e.map(r=>{let n=r.kind==="DELIVERY"?"D":"P";return t[n]=(t[n]??0)+1,{...r,id:n+t[n]}})}function rr({ui:e,p:t,supplierName:r}){let{t:n,lang:o,ErrorText:i,navigate:a}=e,s=ce(t.award.price)??0,[d,l]=b(t.serviceStart),[p,f]=b(t.serviceEnd),[c,$]=b([{kind:"DELIVERY",title:"",due:t.serviceEnd,amount:"",follows:""},{kind:"PAYMENT",title:"",due:t.serviceEnd,amount:"",follows:"D1"}]),[y,u]=b(null),m=z(o),g=Xn(c),I=g.filter(k=>k.kind==="DELIVERY"),A=g.filter(k=>k.kind==="PAYMENT").map(k=>F(k.amount)?ce(k.amount):0),v=A.reduce((k,N)=>k+(N??0),0),T=A.some(k=>k==null),E=s-v,_=(k,N,G)=>$(K=>K.map((te,Re)=>Re===k?{...te,[N]:G}:te)),w=k=>$(N=>[...N,{kind:k,title:"",due:p,amount:"",follows:k==="PAYMENT"?Xn(N).filter(G=>G.kind==="DELIVERY").pop()?.id??"":""}]),S=k=>$(N=>N.filter((G,K)=>K!==k)),P=k=>{k.preventDefault();let N=g.findIndex(K=>K.kind==="PAYMENT"&&ce(K.amount)==null);if(N>=0)return u(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"milestone-"+N}));u(null);let G={procurementId:t.id,supplier:t.award.organisationId,amountFen:s,serviceStart:d,serviceEnd:p,milestones:g.map(K=>({id:K.id,kind:K.kind,title:F(K.title),due:K.due,...K.kind==="PAYMENT"?{amountFen:ce(K.amount),follows:K.follows||null}:{}}))};m.run(Gi,G,K=>a("/app/contracts/"+K.signContract.id+"?signed=1"))},V=y??m.error,ue=k=>V?.field==="milestone-"+k?V:null,U=String(V?.field??""),Y=U.startsWith("milestone-"),M=!!V&&!Y&&(U.startsWith("milestones")||V.rule==="CON-PAYMENT"&&!U),q=!!V&&!Y&&!M,Z;return T?Z=n("con.sumUnreadable"):E===0?Z=n("con.sumMatches",{sum:de(v)}):E>0?Z=n("con.sumShort",{sum:de(v),gap:de(E)}):Z=n("con.sumOver",{sum:de(v),gap:de(-E)}),R`<section class="decision sign" aria-labelledby="sign-heading">
    <h2 id="sign-heading">${n("con.signTitle")}</h2>
    <p>${n("con.signIntro")}</p>
    <form onSubmit=${P} novalidate>
      <dl class="facts">
        <div><dt>${n("con.supplier")}</dt><dd id="sign-supplier">${r}</dd></div>
        <div><dt>${n("con.amount")}</dt><dd id="sign-amount">${de(s)}</dd></div>
      </dl>
      <div class="dates">
        <div class="field"><label for="sign-start">${n("proc.serviceStart")}</label>
          <input id="sign-start" type="date" value=${d} onInput=${k=>l(k.currentTarget.value)} /></div>
        <div class="field"><label for="sign-end">${n("proc.serviceEnd")}</label>
          <input id="sign-end" type="date" value=${p} onInput=${k=>f(k.currentTarget.value)} /></div>
      </div>
      <fieldset class=${"milestones"+(M?" invalid":"")} aria-describedby="milestone-sum">
        <legend>${n("con.milestones")}</legend>
        ${g.map((k,N)=>{let G="ms-"+N,K=ue(N);return R`<div class=${"milestone-row kind-"+k.kind.toLowerCase()} data-id=${k.id}>
            <div class="field id"><span class="label" id=${G+"-id-label"}>${n("con.milestoneId")}</span><code id=${G+"-id"}>${k.id}</code></div>
            <div class="field"><label for=${G+"-kind"}>${n("con.kind")}</label>
              <select id=${G+"-kind"} value=${k.kind} onChange=${te=>_(N,"kind",te.currentTarget.value)}>
                ${["DELIVERY","PAYMENT"].map(te=>R`<option value=${te}>${n("con.kinds."+te)}</option>`)}
              </select></div>
            <div class="field grow"><label for=${G+"-title"}>${n("con.milestoneTitle",{id:k.id})}</label>
              <input id=${G+"-title"} value=${k.title} onInput=${te=>_(N,"title",te.currentTarget.value)} /></div>
            <div class="field"><label for=${G+"-due"}>${n("con.due",{id:k.id})}</label>
              <input id=${G+"-due"} type="date" value=${k.due} onInput=${te=>_(N,"due",te.currentTarget.value)} /></div>
            ${k.kind==="PAYMENT"?R`<div class=${"field"+(K?" invalid":"")}><label for=${G+"-amount"}>${n("con.paymentAmount",{id:k.id})}</label>
                    <input id=${G+"-amount"} inputmode="decimal" value=${k.amount} aria-invalid=${K?"true":void 0}
                      aria-describedby=${K?G+"-amount-error":void 0} onInput=${te=>_(N,"amount",te.currentTarget.value)}
                      onBlur=${()=>ce(k.amount)!=null&&_(N,"amount",tr(ce(k.amount)))} />
                    ${K?R`<${i} error=${K} id=${G+"-amount-error"} />`:null}</div>
                  <div class="field"><label for=${G+"-follows"}>${n("con.follows",{id:k.id})}</label>
                    <select id=${G+"-follows"} value=${k.follows} onChange=${te=>_(N,"follows",te.currentTarget.value)}>
                      <option value="">${n("con.followsNone")}</option>
                      ${I.map(te=>R`<option value=${te.id}>${te.id} ${te.title}</option>`)}
                    </select></div>`:null}
            <button type="button" class="link remove" onClick=${()=>S(N)} aria-label=${n("con.removeMilestone",{id:k.id})}>${n("con.remove")}</button>
          </div>`})}
        <p class="actions">
          <button type="button" class="secondary" id="add-delivery" disabled=${c.length>=Jn} onClick=${()=>w("DELIVERY")}>${n("con.addDelivery")}</button>
          ${" "}<button type="button" class="secondary" id="add-payment" disabled=${c.length>=Jn} onClick=${()=>w("PAYMENT")}>${n("con.addPayment")}</button>
        </p>
        <p id="milestone-sum" class=${"sum"+(E===0&&!T?" ok":" off")} aria-live="polite">${Z}</p>
        ${M?R`<${i} error=${V} id="milestones-error" />`:null}
      </fieldset>
      <div class="action">
        <button type="submit" id="sign-submit" disabled=${m.busy}>${m.busy?n("submitting"):n("con.sign")}</button>
        ${q?R`<${i} error=${V} id="sign-error" />`:null}
      </div>
    </form>
  </section>`}function ro({t:e,c:t}){let r=t.paidFen,n=Math.max(0,t.acceptedFen-t.paidFen),o=Math.max(0,t.totalFen-Math.max(t.acceptedFen,t.paidFen)),i=e("con.chartDescribe",{paid:de(r),owed:de(n),later:de(o),total:de(t.totalFen)});return R`<${ut}
    id="paid-chart"
    title=${e("con.chartTitle")}
    describe=${i}
    format=${de}
    parts=${[{key:"paid",label:e("con.chartPaid"),value:r,className:"paid"},{key:"owed",label:e("con.chartOwed"),value:n,className:"owed"},{key:"later",label:e("con.chartLater"),value:o,className:"later"}]}
  />`}function io({ui:e,c:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,a=t.milestones.filter(_=>_.kind==="DELIVERY"&&!_.accepted),[s,d]=b(a[0]?.id??""),[l,p]=b("true"),[f,c]=b(""),[$,y]=b(""),[u,m]=b(""),[g,I]=b(null),h=z(o);if(a.length===0)return null;let A=_=>{_.preventDefault();let w=no(f);if(w==null)return I(new W(n("con.countInvalid"),{code:"VALIDATION",field:"recipientsParticipating"}));I(null),h.run(Wi,{contractId:t.id,milestoneId:s,passed:l==="true",recipientsParticipating:w,recipientsNote:F($),report:F(u),expectedVersion:t.version},()=>r(n(l==="true"?"con.acceptedPassed":"con.acceptedFailed")))},v=g??h.error,T=_=>v&&v.field===_,E=v&&!T("recipientsParticipating")&&!T("report");return R`<form class="accept" onSubmit=${A} novalidate aria-labelledby="accept-heading">
    <h3 id="accept-heading">${n("con.acceptTitle")}</h3>
    <div class="field"><label for="accept-milestone">${n("con.deliveryMilestone")}</label>
      <select id="accept-milestone" value=${s} onChange=${_=>d(_.currentTarget.value)}>
        ${a.map(_=>R`<option value=${_.id}>${_.id} ${_.title}（${ee(_.due,o)}）</option>`)}
      </select></div>
    <fieldset class="result">
      <legend>${n("con.result")}</legend>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-passed" value="true" checked=${l==="true"} onChange=${()=>p("true")} />
        <label for="accept-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="accept-passed" id="accept-failed" value="false" checked=${l==="false"} onChange=${()=>p("false")} />
        <label for="accept-failed">${n("con.failed")}</label></div>
    </fieldset>
    <div class=${"field"+(T("recipientsParticipating")?" invalid":"")}><label for="accept-recipients">${n("con.recipients")}</label>
      <input id="accept-recipients" inputmode="numeric" value=${f} aria-invalid=${T("recipientsParticipating")?"true":void 0}
        aria-describedby=${"accept-recipients-hint"+(T("recipientsParticipating")?" accept-recipients-error":"")} onInput=${_=>c(_.currentTarget.value)} />
      <p class="hint" id="accept-recipients-hint">${n("con.recipientsHint")}</p>
      ${T("recipientsParticipating")?R`<${i} error=${v} id="accept-recipients-error" />`:null}</div>
    <div class="field"><label for="accept-note">${n("con.recipientsNote")}</label>
      <input id="accept-note" value=${$} onInput=${_=>y(_.currentTarget.value)} /></div>
    <div class=${"field"+(T("report")?" invalid":"")}><label for="accept-report">${n("con.report")}</label>
      <textarea id="accept-report" rows="3" value=${u} aria-invalid=${T("report")?"true":void 0}
        aria-describedby=${T("report")?"accept-report-error":void 0} onInput=${_=>m(_.currentTarget.value)}></textarea>
      ${T("report")?R`<${i} error=${v} id="accept-report-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="accept-submit" disabled=${h.busy}>${n("con.acceptSubmit")}</button>
      ${E?R`<${i} error=${v} id="accept-error" />`:null}
    </div>
  </form>`}function oo({ui:e,c:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,a=t.milestones.filter(E=>E.kind==="PAYMENT"&&E.paidFen<E.amountFen),[s,d]=b(a[0]?.id??""),[l,p]=b(""),[f,c]=b(""),[$,y]=b(null),u=z(o);if(a.length===0)return null;let m=a.find(E=>E.id===s)??a[0],g=E=>{E.preventDefault();let _=ce(l);if(_==null)return y(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));y(null),u.run(Yi,{contractId:t.id,milestoneId:m.id,amountFen:_,reference:F(f),expectedVersion:t.version},()=>r(n("con.paymentRecorded")))},I=$??u.error,h=I&&(I.field==="amountFen"||I.field==="amount"),A=I&&I.field==="reference",v=I&&!h&&!A,T=t.milestones.find(E=>E.id===m.follows);return R`<form class="pay" onSubmit=${g} novalidate aria-labelledby="pay-heading">
    <h3 id="pay-heading">${n("con.payTitle")}</h3>
    <div class="field"><label for="pay-milestone">${n("con.paymentMilestone")}</label>
      <select id="pay-milestone" value=${m.id} aria-describedby="pay-milestone-hint" onChange=${E=>d(E.currentTarget.value)}>
        ${a.map(E=>R`<option value=${E.id}>${E.id} ${E.title}</option>`)}
      </select>
      <p class="hint" id="pay-milestone-hint">${n("con.payHint",{left:de(m.amountFen-m.paidFen),delivery:T?`${T.id} ${T.title}`:"\u2014",state:T?.accepted?n("con.deliveryAccepted"):n("con.deliveryNotAccepted")})}</p></div>
    <div class=${"field"+(h?" invalid":"")}><label for="pay-amount">${n("con.payAmount")}</label>
      <input id="pay-amount" inputmode="decimal" value=${l} aria-invalid=${h?"true":void 0}
        aria-describedby=${h?"pay-amount-error":void 0} onInput=${E=>p(E.currentTarget.value)} />
      ${h?R`<${i} error=${I} id="pay-amount-error" />`:null}</div>
    <div class=${"field"+(A?" invalid":"")}><label for="pay-reference">${n("con.reference")}</label>
      <input id="pay-reference" value=${f} aria-invalid=${A?"true":void 0}
        aria-describedby=${A?"pay-reference-error":void 0} onInput=${E=>c(E.currentTarget.value)} />
      ${A?R`<${i} error=${I} id="pay-reference-error" />`:null}</div>
    <div class="action">
      <button type="submit" id="pay-submit" disabled=${u.busy}>${n("con.paySubmit")}</button>
      ${v?R`<${i} error=${I} id="pay-error" />`:null}
    </div>
  </form>`}function ao(e){let t=new Set(e.milestones.map(n=>n.id)),r=1;for(;t.has("S"+r);)r++;return"S"+r}function so({ui:e,c:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,a=t.milestones.filter(ue=>ue.kind==="DELIVERY"),[s,d]=b(""),[l,p]=b(""),[f,c]=b(!1),[$,y]=b(""),[u,m]=b(t.serviceEnd),[g,I]=b(a.at(-1)?.id??""),[h,A]=b(null),[v,T]=b(null),E=z(o,{untilRemount:!0}),_=ue=>{ue.preventDefault();let U=ce(s);if(U==null)return A(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));A(null),T({sameSubject:f});let Y=ao(t);E.run(Qi,{contractId:t.id,amountFen:U,sameSubject:f,description:F(l),milestones:[{id:Y,kind:"PAYMENT",title:F($),due:u,amountFen:U,follows:g||null}],expectedVersion:t.version},()=>r(n("con.supplementRecorded")))},w=h??E.error,P=w&&!w.field&&w.rule==="CON-SUPPLEMENT"&&v&&!v.sameSubject?"sameSubject":Ce(w,{amountFen:"amount",amount:"amount",description:"description",milestones:"milestone"},{"CON-SUPPLEMENT":"amount"}),V=n("con.headroom",{percent:t.supplementMaxPercent,used:x(t.supplemented),left:x(t.supplementHeadroom)});return R`<form class="supplement" onSubmit=${_} novalidate aria-labelledby="supplement-heading">
    <h3 id="supplement-heading">${n("con.supplementTitle")}</h3>
    <p id="supplement-headroom" class=${t.supplementHeadroomFen>0?"hint":"hint off"}>${V}</p>
    <${me} ui=${e} id="supplement-amount" label=${n("con.supplementAmount")} inputmode="decimal" value=${s} onInput=${d}
      hint=${n("con.headroomLeft",{left:x(t.supplementHeadroom)})} error=${P==="amount"?w:null}
      onBlur=${()=>ce(s)!=null&&d(tr(ce(s)))} />
    <${me} ui=${e} id="supplement-description" label=${n("con.supplementDescription")} rows="2" value=${l} onInput=${p} error=${P==="description"?w:null} />
    <div class=${"field checkbox"+(P==="sameSubject"?" invalid":"")}>
      <input type="checkbox" id="supplement-same" checked=${f} onChange=${ue=>c(ue.currentTarget.checked)}
        aria-invalid=${P==="sameSubject"?"true":void 0} aria-describedby=${P==="sameSubject"?"supplement-same-error":void 0} />
      <label for="supplement-same">${n("con.sameSubject")}</label>
      ${P==="sameSubject"?R`<${i} error=${w} id="supplement-same-error" />`:null}
    </div>
    <fieldset class=${"supplement-milestone"+(P==="milestone"?" invalid":"")}>
      <legend>${n("con.supplementPayment")}</legend>
      <${me} ui=${e} id="supplement-pay-title" label=${n("con.supplementPayTitle")} value=${$} onInput=${y} />
      <${me} ui=${e} id="supplement-pay-due" label=${n("con.supplementPayDue")} type="date" value=${u} onInput=${m} />
      <div class="field"><label for="supplement-follows">${n("con.supplementFollows")}</label>
        <select id="supplement-follows" value=${g} onChange=${ue=>I(ue.currentTarget.value)}>
          ${a.map(ue=>R`<option value=${ue.id}>${ue.id} ${ue.title}</option>`)}
        </select></div>
      ${P==="milestone"?R`<${i} error=${w} id="supplement-milestone-error" />`:null}
    </fieldset>
    <div class="action">
      <button type="submit" id="supplement-submit" disabled=${E.busy}>${E.busy?n("submitting"):n("con.supplementSubmit")}</button>
      ${w&&!P?R`<${i} error=${w} id="supplement-error" />`:null}
    </div>
  </form>`}function co({ui:e,c:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,[a,s]=b(t.payments[0]?.id??""),[d,l]=b(""),[p,f]=b(""),[c,$]=b(null),y=z(o,{untilRemount:!0});if(t.payments.length===0)return null;let u=I=>{I.preventDefault();let h=ce(d);if(h==null)return $(new W(n("proc.moneyInvalid"),{code:"VALIDATION",field:"amountFen"}));$(null),y.run(Xi,{contractId:t.id,paymentId:a,amountFen:h,reason:F(p),expectedVersion:t.version},()=>r(n("con.paymentCorrected")))},m=c??y.error,g=Ce(m,{amountFen:"amount",amount:"amount",reason:"reason"},{"CON-PAYMENT":"amount"});return R`<form class="correct-payment" onSubmit=${u} novalidate aria-labelledby="correct-payment-heading">
    <h3 id="correct-payment-heading">${n("con.correctPaymentTitle")}</h3>
    <p class="hint">${n("con.correctIntro")}</p>
    <div class="field"><label for="correct-payment">${n("con.correctWhichPayment")}</label>
      <select id="correct-payment" value=${a} onChange=${I=>s(I.currentTarget.value)}>
        ${t.payments.map(I=>R`<option value=${I.id}>${L(I.paidAt,o)} ${I.milestoneId} ${x(I.amount)} ${I.reference}</option>`)}
      </select></div>
    <${me} ui=${e} id="correct-payment-amount" label=${n("con.correctAmount")} inputmode="decimal" value=${d} onInput=${l} error=${g==="amount"?m:null} />
    <${me} ui=${e} id="correct-payment-reason" label=${n("con.correctReason")} rows="2" value=${p} onInput=${f} error=${g==="reason"?m:null} />
    <div class="action">
      <button type="submit" id="correct-payment-submit" disabled=${y.busy}>${n("con.correctSubmit")}</button>
      ${m&&!g?R`<${i} error=${m} id="correct-payment-error" />`:null}
    </div>
  </form>`}function lo({ui:e,c:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,a=t.milestones.filter(h=>h.kind==="DELIVERY"&&h.acceptances.length>0),[s,d]=b(a[0]?.id??""),l=a.find(h=>h.id===s)??a[0],p=l?.acceptances.at(-1)?.passed,[f,c]=b(null),[$,y]=b(""),u=z(o,{untilRemount:!0});if(!l)return null;let m=f??!p,g=h=>{h.preventDefault(),u.run(eo,{contractId:t.id,milestoneId:l.id,passed:m,reason:F($),expectedVersion:t.version},()=>r(n("con.acceptanceCorrected")))},I=Ce(u.error,{reason:"reason",passed:"passed"});return R`<form class="correct-acceptance" onSubmit=${g} novalidate aria-labelledby="correct-acceptance-heading">
    <h3 id="correct-acceptance-heading">${n("con.correctAcceptanceTitle")}</h3>
    <div class="field"><label for="correct-acceptance-milestone">${n("con.deliveryMilestone")}</label>
      <select id="correct-acceptance-milestone" value=${l.id} aria-describedby="correct-acceptance-current" onChange=${h=>(d(h.currentTarget.value),c(null))}>
        ${a.map(h=>R`<option value=${h.id}>${h.id} ${h.title}</option>`)}
      </select>
      <p class="hint" id="correct-acceptance-current">${n("con.currentResult",{result:n(p?"con.passed":"con.failed")})}</p></div>
    <fieldset class=${"result"+(I==="passed"?" invalid":"")}>
      <legend>${n("con.correctedResult")}</legend>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-passed" checked=${m===!0} onChange=${()=>c(!0)} />
        <label for="correct-passed">${n("con.passed")}</label></div>
      <div class="field checkbox"><input type="radio" name="correct-passed" id="correct-failed" checked=${m===!1} onChange=${()=>c(!1)} />
        <label for="correct-failed">${n("con.failed")}</label></div>
      ${I==="passed"?R`<${i} error=${u.error} id="correct-acceptance-passed-error" />`:null}
    </fieldset>
    <${me} ui=${e} id="correct-acceptance-reason" label=${n("con.correctReason")} rows="2" value=${$} onInput=${y} error=${I==="reason"?u.error:null} />
    <div class="action">
      <button type="submit" id="correct-acceptance-submit" disabled=${u.busy}>${n("con.correctSubmit")}</button>
      ${u.error&&!I?R`<${i} error=${u.error} id="correct-acceptance-error" />`:null}
    </div>
  </form>`}function uo({ui:e,c:t,onDone:r}){let{t:n}=e,o={contractId:t.id,expectedVersion:t.version};return R`<div class="course">
    ${t.status==="ACTIVE"?R`<${ke} ui=${e} id="suspend" title=${n("con.suspendTitle")} intro=${n("con.suspendIntro")} submitLabel=${n("con.suspend")}
          untilRemount mutation=${zi} input=${o} onDone=${()=>r(n("con.suspended"))} />`:null}
    ${t.status==="SUSPENDED"?R`<${ke} ui=${e} id="resume" title=${n("con.resumeTitle")} submitLabel=${n("con.resume")}
          untilRemount mutation=${Zi} input=${o} onDone=${()=>r(n("con.resumed"))} />`:null}
    <${ke} ui=${e} id="terminate" title=${n("con.terminateTitle")} intro=${n("con.terminateIntro")} submitLabel=${n("con.terminate")} danger
      untilRemount mutation=${Ji} input=${o} onDone=${()=>r(n("con.terminated"))} />
  </div>`}function po(e,t){return t.kind==="PAYMENT"?t.paidFen>=t.amountFen?e("con.paidInFull"):t.paidFen>0?e("con.partlyPaid"):e("con.ocds."+t.ocdsStatus):e("con.ocds."+t.ocdsStatus)}function ir({ui:e,id:t,flash:r}){let{t:n,lang:o,claims:i,ErrorText:a,Link:s}=e,[d,l]=b(void 0),[p,f]=b(null),[c,$]=b(null),[y,u]=b(r),[m,g]=b(0);if(H(()=>{let S=!0;return O(Hi,{id:t},{lang:o}).then(async P=>{if(S&&(l(P.contract),P.contract?.supplier)){let V=await O(ji,{id:P.contract.supplier},{lang:o});S&&f(V.organisation?.name??P.contract.supplier)}}).catch(P=>S&&$(P)),()=>{S=!1}},[t,o,m]),c)return R`<main id="main"><${a} error=${c} /></main>`;if(d===void 0)return R`<main id="main"><p role="status">${n("loading")}</p></main>`;if(d===null)return R`<main id="main"><h1>${n("con.notFound")}</h1></main>`;let I=i?.role==="purchaser"&&i.organisation===d.purchaserUnit,h=I&&(d.status==="ACTIVE"||d.status==="SUSPENDED"),A=S=>(u(S),g(P=>P+1)),v=(S,P,V)=>R`<div><dt>${n(S)}</dt><dd id=${V}>${P}</dd></div>`,T=Object.fromEntries(d.milestones.map(S=>[S.id,S])),E=d.milestones.flatMap(S=>S.acceptances.map((P,V)=>({m:S,a:P,inForce:V===S.acceptances.length-1}))),_=d.milestones.filter(S=>S.kind==="DELIVERY").every(S=>S.accepted),w=d.payments.length>0||d.milestones.some(S=>S.acceptances.length>0);return R`<main id="main" class="contract">
    <h1>${d.title} <${nr} t=${n} status=${d.status} /></h1>
    ${y?R`<p class="notice" role="status">${y}</p>`:null}
    <p>${n("con.between",{purchaser:d.purchaser,supplier:p??"\u2026"})} · ${n("jurisdiction")} ${d.jurisdiction} ·${" "}
      <${s} href=${"/app/procurements/"+d.procurement.id}>${n("con.fromProcurement")}<//></p>
    ${d.overdue.unpaidFen>0?R`<section class="overdue-alert" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">${n("con.overdueTitle",{unpaid:de(d.overdue.unpaidFen)})}</h2>
          <ul>${d.overdue.milestones.map(S=>R`<li>${S.milestoneId} ${S.title}：${n("con.overdueSince",{due:ee(S.due,o),unpaid:x(S.unpaid)})} <code class="rule">CON-PAYMENT</code></li>`)}</ul>
        </section>`:null}
    <section aria-labelledby="money-heading">
      <h2 id="money-heading">${n("con.money")}</h2>
      <dl class="facts money-facts">
        ${v("con.amount",x(d.amount),"contract-amount")}
        ${v("con.supplemented",x(d.supplemented),"contract-supplemented")}
        ${v("con.total",x(d.total),"contract-total")}
        ${v("con.accepted",x(d.accepted),"contract-accepted")}
        ${v("con.paid",x(d.paid),"contract-paid")}
        ${v("con.remaining",x(d.remaining),"contract-remaining")}
        ${v("con.overdue",d.overdue.unpaidFen>0?R`<strong class="badge overdue">${x(d.overdue.unpaid)}</strong>`:x(d.overdue.unpaid),"contract-overdue")}
      </dl>
      <${ro} t=${n} c=${d} />
    </section>
    <section aria-labelledby="contract-terms-heading">
      <h2 id="contract-terms-heading">${n("con.terms")}</h2>
      <dl class="facts">
        ${v("con.supplier",p??d.supplier,"contract-supplier")}
        ${v("proc.purchaser",d.purchaser)}
        ${v("proc.item",R`<code>${d.item.code}</code> ${d.item.nameZh}`)}
        ${v("proc.method",n("proc.methods."+d.method))}
        ${v("proc.servicePeriod",`${ee(d.serviceStart,o)} \u2013 ${ee(d.serviceEnd,o)}`)}
        ${v("con.signedAt",L(d.signedAt,o)+" "+n("proc.chinaTime"))}
        ${d.endedAt?v("con.endedAt",L(d.endedAt,o)):null}
      </dl>
    </section>
    <section aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">${n("con.milestones")}</h2>
      <table class="milestones">
        <caption class="sr-only">${n("con.milestones")}</caption>
        <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.kind")}</th><th scope="col">${n("con.title")}</th><th scope="col">${n("con.dueShort")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.paid")}</th><th scope="col">${n("state")}</th></tr></thead>
        <tbody>${d.milestones.map(S=>R`<tr data-id=${S.id}>
            <td><code>${S.id}</code></td>
            <td>${n("con.kinds."+S.kind)}${S.supplementId?R` <span class="badge">${n("con.fromSupplement")}</span>`:null}</td>
            <td>${S.title}${S.follows?R`<br /><span class="hint">${n("con.followsText",{id:S.follows,title:T[S.follows]?.title??""})}</span>`:null}</td>
            <td>${ee(S.due,o)}</td>
            <td class="money">${S.kind==="PAYMENT"?x(S.amount):""}</td>
            <td class="money">${S.kind==="PAYMENT"?x(S.paid):""}</td>
            <td>${po(n,S)}</td>
          </tr>`)}</tbody>
      </table>
    </section>
    <section aria-labelledby="acceptances-heading">
      <h2 id="acceptances-heading">${n("con.acceptances")}</h2>
      ${E.length===0?R`<p class="empty">${n("con.noAcceptances")}</p>`:null}
      ${E.length>0?R`<table class="acceptances"><caption class="sr-only">${n("con.acceptances")}</caption>
            <thead><tr><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.result")}</th><th scope="col">${n("con.recipientsShort")}</th><th scope="col">${n("con.report")}</th><th scope="col">${n("con.acceptedAt")}</th><th scope="col">${n("con.paymentDue")}</th></tr></thead>
            <tbody>${E.map(({m:S,a:P,inForce:V})=>R`<tr class=${V?"":"superseded"}>
                <td><code>${S.id}</code> ${S.title}</td>
                <td>${P.passed?R`<strong class="badge ok">${n("con.passed")}</strong>`:R`<span class="badge no">${n("con.failed")}</span>`}${V?null:R` <span class="hint">${n("con.superseded")}</span>`}</td>
                <td>${n("con.recipientsCount",{count:P.recipientsParticipating})}${P.recipientsNote?R`<br /><span class="hint">${P.recipientsNote}</span>`:null}</td>
                <td>${P.report}</td>
                <td>${L(P.acceptedAt,o)}</td>
                <td>${P.paymentDue?ee(P.paymentDue,o):"\u2014"}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${n("con.payments")}</h2>
      ${d.payments.length===0?R`<p class="empty">${n("con.noPayments")}</p>`:null}
      ${d.payments.length>0?R`<table class="payments"><caption class="sr-only">${n("con.payments")}</caption>
            <thead><tr><th scope="col">${n("con.paidAt")}</th><th scope="col">${n("con.milestoneId")}</th><th scope="col">${n("con.amountShort")}</th><th scope="col">${n("con.reference")}</th><th scope="col">${n("con.onTime")}</th></tr></thead>
            <tbody>${d.payments.map(S=>R`<tr class=${S.late?"overdue":""}>
                <td>${L(S.paidAt,o)}</td>
                <td><code>${S.milestoneId}</code> ${T[S.milestoneId]?.title??""}</td>
                <td class="money">${x(S.amount)}</td>
                <td>${S.reference}</td>
                <td>${S.late?R`<span class="badge overdue">${n("con.late")}</span>`:n("con.inTime")}</td>
              </tr>`)}</tbody></table>`:null}
    </section>
    ${d.supplements.length>0?R`<section aria-labelledby="supplements-heading">
          <h2 id="supplements-heading">${n("con.supplements")}</h2>
          <ul>${d.supplements.map(S=>R`<li>${L(S.supplementedAt,o)}：${x(S.amount)} · ${S.description}</li>`)}</ul>
        </section>`:null}
    ${d.corrections.length>0?R`<section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">${n("con.corrections")}</h2>
          <ul>${d.corrections.map(S=>R`<li>${L(S.correctedAt,o)}：${S.what==="PAYMENT"?n("con.correctedPayment",{from:de(S.oldAmountFen),to:de(S.newAmountFen)}):n("con.correctedAcceptance",{id:S.milestoneId,from:n(S.oldPassed?"con.passed":"con.failed"),to:n(S.newPassed?"con.passed":"con.failed")})} · ${S.reason}</li>`)}</ul>
        </section>`:null}
    ${d.statusChanges.length>0?R`<section aria-labelledby="changes-heading">
          <h2 id="changes-heading">${n("con.statusChanges")}</h2>
          <ul>${d.statusChanges.map(S=>R`<li>${L(S.at,o)}：${n("con.statuses."+S.status)}${S.reason?" \xB7 "+S.reason:""}</li>`)}</ul>
        </section>`:null}
    <${Kn} ui=${e} contract=${d} />
    ${h||I&&w?R`<section class="decision" aria-labelledby="contract-actions-heading">
          <h2 id="contract-actions-heading">${n("con.actions")}</h2>
          ${d.status==="ACTIVE"?R`<${io} key=${"a"+m} ui=${e} c=${d} onDone=${A} />`:null}
          ${h?R`<${oo} key=${"p"+m} ui=${e} c=${d} onDone=${A} />`:null}
          ${d.status==="ACTIVE"&&_?R`<${Ne} ui=${e} id="complete" label=${n("con.complete")} mutation=${Ki} input=${{contractId:d.id,expectedVersion:d.version}} onDone=${()=>A(n("con.completed"))} />`:null}
          ${d.status==="ACTIVE"?R`<${so} key=${"s"+d.version} ui=${e} c=${d} onDone=${A} />`:null}
          <${co} key=${"cp"+d.version} ui=${e} c=${d} onDone=${A} />
          <${lo} key=${"ca"+d.version} ui=${e} c=${d} onDone=${A} />
          ${h?R`<${uo} key=${"k"+d.version} ui=${e} c=${d} onDone=${A} />`:null}
        </section>`:null}
  </main>`}async function mo(e,t){if(e.length===0)return{};let r=e.map((i,a)=>`$o${a}: UUID!`).join(", "),n=e.map((i,a)=>`o${a}: organisation(id: $o${a}) { id name }`).join(" "),o=await O(`query Names(${r}) { ${n} }`,Object.fromEntries(e.map((i,a)=>["o"+a,i])),{lang:t});return Object.fromEntries(Object.values(o).filter(Boolean).map(i=>[i.id,i.name]))}function or({ui:e}){let{t,lang:r,claims:n,ErrorText:o,Link:i}=e,a=n?.role==="ngo",[s,d]=b(null),[l,p]=b({}),[f,c]=b(null);H(()=>{let u=!0;return O(a?Vi:qi,{},{lang:r}).then(async m=>{if(!u)return;let g=(a?m.myContracts:m.contracts).nodes;if(d(g),!a){let I=await mo([...new Set(g.map(h=>h.supplier))].slice(0,100),r);u&&p(I)}}).catch(m=>u&&c(m)),()=>{u=!1}},[r,a]);let $=(s??[]).flatMap(u=>u.payments.map(m=>({c:u,pm:m}))).sort((u,m)=>m.pm.paidAt.localeCompare(u.pm.paidAt)),y=t(a?"con.myTitle":"con.unitTitle");return R`<main id="main">
    <h1>${y}</h1>
    <p>${t(a?"con.myIntro":"con.unitIntro")}</p>
    <${o} error=${f} />
    ${s==null&&!f?R`<p role="status">${t("loading")}</p>`:null}
    ${s&&s.length===0?R`<p class="empty">${t("con.none")}</p>`:null}
    ${s&&s.length>0?R`<table class="board contracts">
          <caption>${y}</caption>
          <thead><tr><th scope="col">${t("con.title")}</th><th scope="col">${t(a?"proc.purchaser":"con.supplier")}</th><th scope="col">${t("con.total")}</th><th scope="col">${t("con.paid")}</th><th scope="col">${t("con.remaining")}</th><th scope="col">${t("con.overdue")}</th><th scope="col">${t("state")}</th></tr></thead>
          <tbody>${s.map(u=>R`<tr class=${u.overdue.unpaidFen>0?"overdue":""}>
              <td><${i} href=${"/app/contracts/"+u.id}>${u.title}<//></td>
              <td>${a?u.purchaser:l[u.supplier]??R`<code>${u.supplier.slice(0,8)}</code>`}</td>
              <td class="money">${x(u.total)}</td>
              <td class="money">${x(u.paid)}</td>
              <td class="money">${x(u.remaining)}</td>
              <td class="money">${u.overdue.unpaidFen>0?R`<span class="badge overdue">${de(u.overdue.unpaidFen)}</span>`:"\u2014"}</td>
              <td><${nr} t=${t} status=${u.status} /></td>
            </tr>`)}</tbody>
        </table>`:null}
    ${a&&s&&s.length>0?R`<section aria-labelledby="received-heading">
          <h2 id="received-heading">${t("con.received")}</h2>
          ${$.length===0?R`<p class="empty">${t("con.noPayments")}</p>`:null}
          ${$.length>0?R`<table class="payments received"><caption class="sr-only">${t("con.received")}</caption>
                <thead><tr><th scope="col">${t("con.paidAt")}</th><th scope="col">${t("con.title")}</th><th scope="col">${t("con.milestoneId")}</th><th scope="col">${t("con.amountShort")}</th><th scope="col">${t("con.reference")}</th><th scope="col">${t("con.onTime")}</th></tr></thead>
                <tbody>${$.map(({c:u,pm:m})=>R`<tr>
                    <td>${L(m.paidAt,r)}</td>
                    <td>${u.title}</td>
                    <td><code>${m.milestoneId}</code></td>
                    <td class="money">${x(m.amount)}</td>
                    <td>${m.reference}</td>
                    <td>${m.late?R`<span class="badge overdue">${t("con.late")}</span>`:t("con.inTime")}</td>
                  </tr>`)}</tbody></table>`:null}
        </section>`:null}
  </main>`}var D=ie.bind(ne),$o=["PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED","AWARDED","FAILED","CANCELLED"],ho=["OPEN_TENDER","INVITED_TENDER","NEGOTIATION","CONSULTATION","SINGLE_SOURCE","QUOTATION"],ar="id version status title purchaser jurisdiction budget bidDeadline openingAt publishedAt item { code nameZh }",fo=`query Board($f: ProcurementFilterInput!) {
  procurements(filter: $f, first: 100) { totalCount nodes { ${ar} } }
}`,go="subscription LiveBoard($j: String!) { procurementBoard(jurisdiction: $j) { procurementId } }",bo=`${ar} purchaserUnit description method budgetFen bidSecurity serviceStart serviceEnd stableAndFunded
  requirements { kinds minRating minYearsRegistered } scoring { priceWeightPercent criteria { key name maxPoints } }
  draftedAt amendments biddingClosedAt openedAt
  openedBids { bidId organisationId organisationName commitment price valid defects documents { name sha256 } }
  report { committeeId ranking { rank bidId organisationId price total } }
  excluded { bidId why reason } candidateBidId
  award { bidId organisationId price noticedAt challengeDeadline }
  challenges { challengeId organisationId grounds filedAt replyDue decision reply answeredAt complaints }
  ended { rule reason at }
  contract { id status }`,vo=`query One($id: UUID!) { procurement(id: $id) { ${bo} } }`,yo=`query Sealed($id: UUID!) {
  sealedBids(procurementId: $id, first: 100) { totalCount nodes { commitment sealedAt } }
}`,Eo=`subscription LiveSealed($id: UUID!) {
  procurementBids(procurementId: $id, first: 100) { status version totalCount bids { commitment sealedAt } }
}`,Io=`query Committees($id: UUID!) {
  procurementCommittees(procurementId: $id) { committeeId status version seats sitting submitted constitutedAt concludedAt }
}`,To=`query Catalogue($j: String!, $after: String) {
  catalogue(jurisdiction: $j) { items(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { code parent level nameZh nameEn status }
  } }
}`,_o="mutation Draft($i: DraftProcurementInput!) { draftProcurement(input: $i) { id } }",Ao="mutation Publish($i: ProcurementCommandInput!) { publishProcurement(input: $i) { version } }",So="mutation Open($i: ProcurementCommandInput!) { openBids(input: $i) { version } }",wo="mutation Constitute($i: ConstituteCommitteeInput!) { constituteCommittee(input: $i) { version } }",Co="mutation Conclude($i: CommitteeActionInput!) { concludeEvaluation(input: $i) { status } }",Ro="mutation Award($i: AwardProcurementInput!) { awardProcurement(input: $i) { version } }",Do="mutation Answer($i: AnswerChallengeInput!) { answerChallenge(input: $i) { version } }",Po="mutation Amend($i: AmendProcurementInput!) { amendProcurement(input: $i) { version } }",ko="mutation Cancel($i: ProcurementReasonInput!) { cancelProcurement(input: $i) { version } }",xo="mutation Decline($i: RankedBidReasonInput!) { declineAward(input: $i) { version } }",No="mutation Disqualify($i: RankedBidReasonInput!) { disqualifyBid(input: $i) { version } }",Oo="mutation Complaint($i: RecordComplaintInput!) { recordComplaint(input: $i) { version } }";function ht(e){return/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(e)?`${e}:00+08:00`:e}function mt(e){let t=new Date(dt()+"T00:00:00Z");return t.setUTCDate(t.getUTCDate()+e),t.toISOString().slice(0,10)}function Ye(e,t){return e.openedBids.find(r=>r.organisationId===t)?.organisationName??t}function sr({t:e,status:t}){return t?D`<span class=${"status status-"+t.toLowerCase()}>${e("proc.statuses."+t)}</span>`:null}function cr({ui:e,params:t}){let{t:r,lang:n,claims:o,ErrorText:i,Link:a,navigate:s}=e,d=o?.role==="purchaser",[l,p]=b(t.get("jurisdiction")??o?.jurisdiction??""),[f,c]=b(t.get("status")??""),[$,y]=b(t.get("item")??""),u=d&&t.get("mine")==="1",[m,g]=b(null),[I,h]=b(null),[A,v]=b(0),T=t.toString(),E=u?null:t.get("jurisdiction")??o?.jurisdiction;H(()=>{if(E)return kt(go,{j:E},{lang:n,onData:()=>v(w=>w+1)})},[E,n,Ee.token()]),H(()=>{let w=t.get("jurisdiction")??o?.jurisdiction;if(!u&&!w)return g(null);let S=u?{mine:!0}:{jurisdiction:w};t.get("status")&&(S.status=t.get("status")),!u&&t.get("item")&&(S.item=t.get("item"));let P=!0;return h(null),O(fo,{f:S},{lang:n}).then(V=>P&&g(V.procurements),V=>P&&(h(V),g(null))),()=>{P=!1}},[T,n,u,A]);let _=w=>{w.preventDefault();let S=new URLSearchParams;F(l)&&S.set("jurisdiction",F(l)),f&&S.set("status",f),F($)&&S.set("item",F($).toUpperCase()),s("/app/procurements?"+S.toString())};return D`<main id="main">
    <h1>${r(u?"proc.mineTitle":"proc.boardTitle")}</h1>
    <p>${r(u?"proc.mineIntro":"proc.boardIntro")}</p>
    ${d?D`<p class="actions">
          <${a} href="/app/procurements/new" class="button">${r("proc.draftTitle")}<//>
          ${" "}<${a} href=${u?"/app/procurements":"/app/procurements?mine=1"}>${r(u?"proc.boardTitle":"proc.mineTitle")}<//>
        </p>`:null}
    ${u?null:D`<form class="search board-filter" role="search" onSubmit=${_} aria-label=${r("proc.filters")}>
          <div class="field"><label for="board-jurisdiction">${r("jurisdiction")}</label>
            <input id="board-jurisdiction" inputmode="numeric" value=${l} onInput=${w=>p(w.currentTarget.value)} /></div>
          <div class="field"><label for="board-status">${r("state")}</label>
            <select id="board-status" value=${f} onChange=${w=>c(w.currentTarget.value)}>
              <option value="">${r("proc.anyStatus")}</option>
              ${$o.map(w=>D`<option value=${w}>${r("proc.statuses."+w)}</option>`)}
            </select></div>
          <div class="field"><label for="board-item">${r("proc.itemCode")}</label>
            <input id="board-item" value=${$} spellcheck=${!1} onInput=${w=>y(w.currentTarget.value)} /></div>
          <button type="submit">${r("search")}</button>
        </form>`}
    <${i} error=${I} />
    ${m&&m.nodes.length===0?D`<p class="empty" role="status">${r("proc.boardEmpty")}</p>`:null}
    ${m&&m.nodes.length>0?D`<table class="board">
          <caption>${r("proc.boardCount",{count:m.totalCount})}</caption>
          <thead><tr><th scope="col">${r("proc.title")}</th><th scope="col">${r("proc.purchaser")}</th><th scope="col">${r("proc.item")}</th><th scope="col">${r("proc.budget")}</th><th scope="col">${r("proc.bidDeadline")}</th><th scope="col">${r("state")}</th></tr></thead>
          <tbody>
            ${m.nodes.map(w=>D`<tr>
                <td><${a} href=${"/app/procurements/"+w.id}>${w.title}<//></td>
                <td>${w.purchaser}</td>
                <td><code>${w.item.code}</code> ${w.item.nameZh}</td>
                <td class="money">${x(w.budget)}</td>
                <td>${L(w.bidDeadline,n)}</td>
                <td><${sr} t=${r} status=${w.status} /></td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}async function Ft(e,t){let r=[],n=null;for(let s=0;s<5;s++){let d=await O(To,{j:e,after:n},{lang:t});if(!d.catalogue)return null;if(r.push(...d.catalogue.items.nodes),!d.catalogue.items.pageInfo.hasNextPage)break;n=d.catalogue.items.pageInfo.endCursor}let o=new Map;for(let s of r)o.set(s.parent??"",[...o.get(s.parent??"")??[],s]);let i=[],a=(s,d)=>{for(let l of(o.get(s)??[]).sort((p,f)=>p.code.localeCompare(f.code)))i.push({...l,depth:d}),d<10&&a(l.code,d+1)};return a("",0),i}function Lt(e){let t=F(e).replace(/[\uFF10-\uFF19]/g,r=>String.fromCharCode(r.charCodeAt(0)-65248));return/^\d{1,4}$/.test(t)?Number(t):null}var Lo=["requirements","purchaser","title","description","item","method","budgetFen","bidSecurityFen","serviceStart","serviceEnd","bidDeadline","openingAt","scoring"],Fo={"CAT-ITEM":"item","PROC-TERM":"serviceEnd","BID-SECURITY":"bidSecurityFen","EVAL-PRICE-WEIGHT":"scoring"};function Mo(e){if(!e)return null;let t=e.field?.split(".")[0];return t==="budget"?"budgetFen":t==="bidSecurity"?"bidSecurityFen":t&&(Lo.includes(t)||t.startsWith("scoring"))?t.startsWith("scoring")?"scoring":t:Fo[e.rule]??null}function dr({ui:e}){let{t,lang:r,claims:n,ErrorText:o,navigate:i}=e,[a,s]=b(void 0),[d,l]=b(null),[p,f]=b(()=>({purchaser:"",title:"",description:"",item:"",method:"OPEN_TENDER",budget:"",bidSecurity:"",serviceStart:mt(60),serviceEnd:mt(330),bidDeadline:mt(21)+"T17:00",openingAt:mt(21)+"T18:00",kinds:[],minRating:"",minYears:"",priceWeight:"30",criteria:[{name:t("proc.defaultPlan"),points:"40"},{name:t("proc.defaultTeam"),points:"30"}]})),[c,$]=b(null),y=z(r);H(()=>{let E=!0;return Ft(n.jurisdiction,r).then(_=>E&&s(_),_=>E&&l(_)),()=>{E=!1}},[n.jurisdiction,r]);let u=(E,_)=>f(w=>({...w,[E]:_})),m=(E,_,w)=>f(S=>({...S,criteria:S.criteria.map((P,V)=>V===E?{...P,[_]:w}:P)})),g=E=>{E.preventDefault();let _=ce(p.budget),w=ce(p.bidSecurity||"0");if(_==null)return $(new W(t("proc.moneyInvalid"),{code:"VALIDATION",field:"budgetFen"}));if(w==null)return $(new W(t("proc.moneyInvalid"),{code:"VALIDATION",field:"bidSecurityFen"}));if([p.minRating,p.minYears].some(P=>F(P)&&Lt(P)==null))return $(new W(t("proc.wholeInvalid"),{code:"VALIDATION",field:"requirements"}));$(null);let S={purchaser:F(p.purchaser),title:F(p.title),description:F(p.description),item:p.item,method:p.method,budgetFen:_,bidSecurityFen:w,serviceStart:p.serviceStart,serviceEnd:p.serviceEnd,requirements:{kinds:p.kinds,minRating:Lt(p.minRating),minYearsRegistered:Lt(p.minYears)},scoring:{priceWeightPercent:Number(p.priceWeight)||0,criteria:p.criteria.filter(P=>F(P.name)).map((P,V)=>({key:"c"+(V+1),name:F(P.name),maxPoints:Number(P.points)||0}))},bidDeadline:ht(p.bidDeadline),openingAt:ht(p.openingAt)};y.run(_o,S,P=>i("/app/procurements/"+P.draftProcurement.id+"?drafted=1"))},I=c??y.error,h=Mo(I),A=E=>({id:"draft-"+E,"aria-invalid":h===E?"true":void 0,"aria-describedby":h===E?"draft-"+E+"-error":void 0}),v=E=>h===E?D`<${o} error=${I} id=${"draft-"+E+"-error"} />`:null,T=(E,_,w={})=>D`<div class=${"field"+(h===E?" invalid":"")}>
    <label for=${"draft-"+E}>${t(_)}</label>
    <input ...${A(E)} value=${p[w.key??E]} type=${w.type??"text"} inputmode=${w.inputmode}
      onInput=${S=>u(w.key??E,S.currentTarget.value)} />
    ${w.hint?D`<p class="hint">${t(w.hint)}</p>`:null}
    ${v(E)}
  </div>`;return D`<main id="main">
    <h1>${t("proc.draftTitle")}</h1>
    <p>${t("proc.draftIntro",{jurisdiction:n.jurisdiction})}</p>
    <${o} error=${d} />
    ${a===null?D`<p class="error" role="alert">${t("proc.noCatalogue")}</p>`:null}
    <form class="apply draft" onSubmit=${g} novalidate>
      ${T("purchaser","proc.purchaser")}
      ${T("title","proc.title")}
      <div class=${"field"+(h==="description"?" invalid":"")}>
        <label for="draft-description">${t("proc.description")}</label>
        <textarea ...${A("description")} rows="3" value=${p.description} onInput=${E=>u("description",E.currentTarget.value)}></textarea>
        ${v("description")}
      </div>
      <div class=${"field"+(h==="item"?" invalid":"")}>
        <label for="draft-item">${t("proc.item")}</label>
        <select ...${A("item")} value=${p.item} onChange=${E=>u("item",E.currentTarget.value)}>
          <option value="">${t("proc.pickItem")}</option>
          ${(a??[]).map(E=>D`<option value=${E.code} disabled=${E.status!=="ACTIVE"}>
              ${"\u3000".repeat(E.depth)}${E.code} ${r==="en"&&E.nameEn?E.nameEn:E.nameZh}${E.status!=="ACTIVE"?" "+t("proc.retired"):""}
            </option>`)}
        </select>
        <p class="hint">${t("proc.itemHint")}</p>
        ${v("item")}
      </div>
      <div class="field">
        <label for="draft-method">${t("proc.method")}</label>
        <select id="draft-method" value=${p.method} onChange=${E=>u("method",E.currentTarget.value)}>
          ${ho.map(E=>D`<option value=${E}>${t("proc.methods."+E)}</option>`)}
        </select>
      </div>
      ${T("budgetFen","proc.budget",{key:"budget",inputmode:"decimal",hint:"proc.priceHint"})}
      ${T("bidSecurityFen","proc.bidSecurity",{key:"bidSecurity",inputmode:"decimal"})}
      ${T("serviceStart","proc.serviceStart",{type:"date"})}
      ${T("serviceEnd","proc.serviceEnd",{type:"date"})}
      ${T("bidDeadline","proc.bidDeadline",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      ${T("openingAt","proc.openingAt",{type:"datetime-local",hint:"proc.chinaTimeHint"})}
      <fieldset class=${"members requirements"+(h==="requirements"?" invalid":"")}>
        <legend>${t("proc.requirements")}</legend>
        ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(E=>D`<div class="field checkbox"><input type="checkbox" id=${"draft-kind-"+E} checked=${p.kinds.includes(E)}
            onChange=${_=>u("kinds",_.currentTarget.checked?[...p.kinds,E]:p.kinds.filter(w=>w!==E))} />
            <label for=${"draft-kind-"+E}>${t("kinds."+E)}</label></div>`)}
        <p class="hint">${t("proc.kindsHint")}</p>
        <div class="field"><label for="draft-min-rating">${t("proc.minRating")}</label>
          <input id="draft-min-rating" inputmode="numeric" value=${p.minRating} aria-describedby=${"draft-limits-hint"+(h==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${h==="requirements"?"true":void 0} onInput=${E=>u("minRating",E.currentTarget.value)} /></div>
        <div class="field"><label for="draft-min-years">${t("proc.minYears")}</label>
          <input id="draft-min-years" inputmode="numeric" value=${p.minYears} aria-describedby=${"draft-limits-hint"+(h==="requirements"?" draft-requirements-error":"")}
            aria-invalid=${h==="requirements"?"true":void 0} onInput=${E=>u("minYears",E.currentTarget.value)} /></div>
        <p class="hint" id="draft-limits-hint">${t("proc.limitsHint")}</p>
        ${v("requirements")}
      </fieldset>
      <fieldset class=${"members scoring"+(h==="scoring"?" invalid":"")}>
        <legend>${t("proc.scoring")}</legend>
        <div class="field">
          <label for="draft-price-weight">${t("proc.priceWeight")}</label>
          <input id="draft-price-weight" inputmode="numeric" value=${p.priceWeight} onInput=${E=>u("priceWeight",E.currentTarget.value)}
            aria-invalid=${h==="scoring"?"true":void 0} aria-describedby=${h==="scoring"?"draft-scoring-error":void 0} />
        </div>
        ${p.criteria.map((E,_)=>D`<div class="criterion">
            <div class="field"><label for=${"draft-criterion-"+_}>${t("proc.criterion",{n:_+1})}</label>
              <input id=${"draft-criterion-"+_} value=${E.name} onInput=${w=>m(_,"name",w.currentTarget.value)} /></div>
            <div class="field"><label for=${"draft-points-"+_}>${t("proc.maxPoints")}</label>
              <input id=${"draft-points-"+_} inputmode="numeric" value=${E.points} onInput=${w=>m(_,"points",w.currentTarget.value)} /></div>
          </div>`)}
        ${v("scoring")}
      </fieldset>
      <div class="action">
        <button type="submit" id="draft-submit" disabled=${y.busy}>${y.busy?t("submitting"):t("proc.saveDraft")}</button>
        ${I&&!h?D`<${o} error=${I} id="draft-error" />`:null}
      </div>
    </form>
  </main>`}function $t(e){let t=Date.parse(e);return Number.isNaN(t)?"":new Date(t+8*36e5).toISOString().slice(0,16)}function Uo({ui:e,p:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,[a,s]=b(t.description),[d,l]=b($t(t.bidDeadline)),[p,f]=b($t(t.openingAt)),[c,$]=b(!1),[y,u]=b(""),m=z(o,{untilRemount:!0}),g=v=>{v.preventDefault();let T={procurementId:t.id,substantive:c,reason:F(y),expectedVersion:t.version};F(a)!==t.description&&(T.description=F(a)),d!==$t(t.bidDeadline)&&(T.bidDeadline=ht(d)),p!==$t(t.openingAt)&&(T.openingAt=ht(p)),m.run(Po,T,()=>r(n("proc.amended")))},I=m.error,h=Ce(I,{description:"description",bidDeadline:"bidDeadline",openingAt:"openingAt",reason:"reason"},{"PROC-PERIOD":"bidDeadline"}),A=v=>h===v?I:null;return D`<form class="amend" onSubmit=${g} novalidate aria-labelledby="amend-heading">
    <h3 id="amend-heading">${n("proc.amendTitle")}</h3>
    <p>${n("proc.amendIntro")}</p>
    <${me} ui=${e} id="amend-description" label=${n("proc.description")} rows="3" value=${a} onInput=${s} error=${A("description")} />
    <${me} ui=${e} id="amend-deadline" label=${n("proc.bidDeadline")} type="datetime-local" value=${d} onInput=${l} hint=${n("proc.amendDeadlineHint")} error=${A("bidDeadline")} />
    <${me} ui=${e} id="amend-opening" label=${n("proc.openingAt")} type="datetime-local" value=${p} onInput=${f} hint=${n("proc.chinaTimeHint")} error=${A("openingAt")} />
    <div class="field checkbox"><input type="checkbox" id="amend-substantive" checked=${c} onChange=${v=>$(v.currentTarget.checked)} aria-describedby="amend-substantive-hint" />
      <label for="amend-substantive">${n("proc.substantive")}</label>
      <p class="hint" id="amend-substantive-hint">${n("proc.substantiveHint")}</p></div>
    <${me} ui=${e} id="amend-reason" label=${n("proc.amendReason")} rows="2" value=${y} onInput=${u} error=${A("reason")} />
    <div class="action">
      <button type="submit" id="amend-submit" disabled=${m.busy}>${m.busy?n("submitting"):n("proc.amend")}</button>
      ${I&&!h?D`<${i} error=${I} id="amend-error" />`:null}
    </div>
  </form>`}function Bo({ui:e,p:t,onDone:r}){let{t:n,lang:o,ErrorText:i}=e,a=t.report.ranking.filter(g=>!t.excluded.some(I=>I.bidId===g.bidId)),[s,d]=b(t.candidateBidId??a[0]?.bidId??""),[l,p]=b("DECLINE"),[f,c]=b(""),$=z(o,{untilRemount:!0});if(a.length===0)return null;let y=g=>{g.preventDefault(),$.run(l==="DECLINE"?xo:No,{procurementId:t.id,bidId:s,reason:F(f),expectedVersion:t.version},()=>r(n(l==="DECLINE"?"proc.declined":"proc.disqualified")))},u=$.error,m=Ce(u,{bidId:"bid",reason:"reason"},{"AWARD-RANK":"bid"});return D`<form class="exclude" onSubmit=${y} novalidate aria-labelledby="exclude-heading">
    <h3 id="exclude-heading">${n("proc.excludeTitle")}</h3>
    <p>${n("proc.excludeIntro")}</p>
    <div class=${"field"+(m==="bid"?" invalid":"")}><label for="exclude-bid">${n("proc.rankedBid")}</label>
      <select id="exclude-bid" value=${s} aria-invalid=${m==="bid"?"true":void 0} aria-describedby=${m==="bid"?"exclude-bid-error":void 0} onChange=${g=>d(g.currentTarget.value)}>
        ${a.map(g=>D`<option value=${g.bidId}>${n("proc.rankedOption",{rank:g.rank,name:Ye(t,g.organisationId),price:x(g.price)})}${g.bidId===t.candidateBidId?n("proc.candidateMark"):""}</option>`)}
      </select>
      ${m==="bid"?D`<${i} error=${u} id="exclude-bid-error" />`:null}</div>
    <fieldset class="result">
      <legend>${n("proc.excludeWhat")}</legend>
      ${["DECLINE","DISQUALIFY"].map(g=>D`<div class="field checkbox"><input type="radio" name="exclude-what" id=${"exclude-"+g.toLowerCase()} checked=${l===g} onChange=${()=>p(g)} />
          <label for=${"exclude-"+g.toLowerCase()}>${n("proc.excludeKinds."+g)}</label></div>`)}
    </fieldset>
    <${me} ui=${e} id="exclude-reason" label=${n("reasonLabel")} rows="2" value=${f} onInput=${c} error=${m==="reason"?u:null} />
    <div class="action">
      <button type="submit" id="exclude-submit" disabled=${$.busy}>${$.busy?n("submitting"):n("proc.excludeSubmit")}</button>
      ${u&&!m?D`<${i} error=${u} id="exclude-error" />`:null}
    </div>
  </form>`}function Ho({ui:e,p:t,challenge:r,onDone:n}){let{t:o,lang:i,ErrorText:a}=e,[s,d]=b(""),l=z(i,{untilRemount:!0}),p="complaint-"+r.challengeId,f=$=>{$.preventDefault(),l.run(Oo,{procurementId:t.id,challengeId:r.challengeId,reference:F(s),expectedVersion:t.version},()=>n(o("proc.complaintRecorded")))},c=Ce(l.error,{reference:"reference"})==="reference";return D`<form class="complaint" onSubmit=${f} novalidate>
    <${me} ui=${e} id=${p+"-reference"} label=${o("proc.complaintReference")} value=${s} onInput=${d}
      hint=${o("proc.complaintHint")} error=${c?l.error:null} />
    <div class="action">
      <button type="submit" class="secondary" disabled=${l.busy}>${o("proc.recordComplaint")}</button>
      ${l.error&&!c?D`<${a} error=${l.error} id=${p+"-error"} />`:null}
    </div>
  </form>`}function jo({ui:e,p:t,challenge:r,onDone:n}){let{t:o,lang:i,ErrorText:a}=e,[s,d]=b("DISMISSED"),[l,p]=b(""),f=z(i),c="answer-"+r.challengeId;return D`<form class="answer" onSubmit=${y=>{y.preventDefault(),f.run(Do,{procurementId:t.id,challengeId:r.challengeId,decision:s,reply:F(l),expectedVersion:t.version},n)}}>
    <div class="field"><label for=${c+"-decision"}>${o("proc.decision")}</label>
      <select id=${c+"-decision"} value=${s} onChange=${y=>d(y.currentTarget.value)}>
        ${["DISMISSED","UPHELD_REEVALUATION","UPHELD_REPROCUREMENT"].map(y=>D`<option value=${y}>${o("proc.decisions."+y)}</option>`)}
      </select></div>
    <div class="field"><label for=${c+"-reply"}>${o("proc.reply")}</label>
      <textarea id=${c+"-reply"} rows="2" value=${l} onInput=${y=>p(y.currentTarget.value)}></textarea></div>
    <div class="action">
      <button type="submit" disabled=${f.busy}>${o("proc.answer")}</button>
      <${a} error=${f.error} id=${c+"-error"} />
    </div>
  </form>`}function Vo({ui:e,p:t,generation:r,onDone:n}){let{t:o,lang:i,ErrorText:a}=e,[s,d]=b([]),[l,p]=b("5"),[f,c]=b(null),$=z(i);H(()=>{if(!["OPENED","EVALUATED","AWARDED","FAILED"].includes(t.status))return;let m=!0;return O(Io,{id:t.id},{lang:i}).then(g=>m&&d(g.procurementCommittees),g=>m&&c(g)),()=>{m=!1}},[t.id,r,i]);let y={procurementId:t.id,expectedVersion:t.version},u=m=>()=>n(o(m));return D`<section class="decision" aria-labelledby="purchaser-heading">
    <h2 id="purchaser-heading">${o("proc.purchaserActions")}</h2>
    <${a} error=${f} />
    ${t.status==="DRAFT"?D`<p>${o("proc.publishIntro")}</p>
          <${Ne} ui=${e} id="publish" label=${o("proc.publish")} mutation=${Ao} input=${y} onDone=${u("proc.published")} />`:null}
    ${t.status==="PUBLISHED"||t.status==="BIDDING_CLOSED"?D`<p>${o("proc.openIntro",{at:L(t.openingAt,i)})}</p>
          <${Ne} ui=${e} id="open-bids" label=${o("proc.openBids")} mutation=${So} input=${y} onDone=${u("proc.opened")} />`:null}
    ${t.status==="PUBLISHED"?D`<${Uo} key=${"amend"+t.version} ui=${e} p=${t} onDone=${n} />`:null}
    ${t.status==="OPENED"||s.length>0?D`<h3>${o("proc.committees")}</h3>
          ${s.length===0?D`<p class="empty">${o("proc.noCommittee")}</p>`:null}
          ${s.length>0?D`<table class="committees"><caption>${o("proc.committees")}</caption>
                <thead><tr><th scope="col">${o("state")}</th><th scope="col">${o("proc.seats")}</th><th scope="col">${o("proc.submitted")}</th><th scope="col">${o("proc.constitutedAt")}</th></tr></thead>
                <tbody>${s.map(m=>D`<tr><td>${o("proc.committeeStatuses."+m.status)}</td><td>${m.sitting} / ${m.seats}</td><td>${m.submitted} / ${m.sitting}</td><td>${L(m.constitutedAt,i)}</td></tr>`)}</tbody></table>`:null}
          ${s.filter(m=>m.status==="SCORING").map(m=>m.submitted<m.sitting?D`<p class="hint" id="committee-waiting">${o("proc.waitingSheets",{count:m.sitting-m.submitted})}</p>`:D`<${Ne} ui=${e} id="conclude" label=${o("proc.conclude")} mutation=${Co}
                    input=${{committeeId:m.committeeId,expectedVersion:m.version}} onDone=${u("proc.concluded")} />`)}
          ${t.status==="OPENED"&&!s.some(m=>m.status==="SCORING")?D`<form class="constitute" onSubmit=${m=>{m.preventDefault(),$.run(wo,{procurementId:t.id,experts:Number(l)||0,representatives:[]},u("proc.constituted"))}}>
                <div class="field"><label for="committee-experts">${o("proc.experts")}</label>
                  <input id="committee-experts" inputmode="numeric" value=${l} onInput=${m=>p(m.currentTarget.value)} /></div>
                <div class="action"><button type="submit" id="constitute" disabled=${$.busy}>${o("proc.constitute")}</button>
                  <${a} error=${$.error} id="constitute-error" /></div>
              </form>`:null}`:null}
    ${t.status==="EVALUATED"&&t.report?D`<h3>${o("proc.award")}</h3>
          <p>${o("proc.awardIntro")}</p>
          ${t.report.ranking.map(m=>D`<${Ne} ui=${e} id=${"award-"+m.rank} label=${o("proc.awardTo",{rank:m.rank,name:Ye(t,m.organisationId),price:x(m.price)})}
              mutation=${Ro} input=${{...y,bidId:m.bidId}} onDone=${u("proc.awarded")} />`)}`:null}
    ${(t.status==="EVALUATED"||t.status==="AWARDED")&&t.report?D`<${Bo} key=${"exclude"+t.version} ui=${e} p=${t} onDone=${n} />`:null}
    ${t.challenges.filter(m=>!m.decision).map(m=>D`<h3>${o("proc.answerChallenge",{due:ee(m.replyDue,i)})}</h3>
          <p>${m.grounds}</p>
          <${jo} ui=${e} p=${t} challenge=${m} onDone=${u("proc.answered")} />`)}
    ${t.challenges.length>0&&t.status!=="DRAFT"&&t.status!=="PUBLISHED"?D`<h3>${o("proc.complaintTitle")}</h3>
          ${t.challenges.map(m=>D`<p>${o("proc.complaintAbout",{grounds:m.grounds})}</p>
              <${Ho} key=${m.challengeId+t.version} ui=${e} p=${t} challenge=${m} onDone=${n} />`)}`:null}
    ${["DRAFT","PUBLISHED","BIDDING_CLOSED","OPENED","EVALUATED"].includes(t.status)?D`<${ke} key=${"cancel"+t.version} ui=${e} id="cancel" title=${o("proc.cancelTitle")} intro=${o("proc.cancelIntro")} submitLabel=${o("proc.cancel")} danger
          untilRemount mutation=${ko} input=${y} onDone=${u("proc.cancelled")} />`:null}
  </section>`}function lr({ui:e,id:t,flash:r}){let{t:n,lang:o,claims:i,ErrorText:a}=e,[s,d]=b(void 0),[l,p]=b(null),[f,c]=b(null),[$,y]=b(null),[u,m]=b(r),[g,I]=b(0);H(()=>{let _=!0;return O(vo,{id:t},{lang:o}).then(async w=>{if(!_)return;d(w.procurement);let P=w.procurement&&["PUBLISHED","BIDDING_CLOSED"].includes(w.procurement.status)?(await O(yo,{id:t},{lang:o})).sealedBids:null;_&&p(P)}).catch(w=>_&&c(w)),()=>{_=!1}},[t,o,g]);let h=s?.status,A=s?.version,v=Ee.token();if(H(()=>{if(!(h!=="PUBLISHED"&&h!=="BIDDING_CLOSED"))return kt(Eo,{id:t},{lang:o,onData:({procurementBids:_})=>{y(null),p({totalCount:_.totalCount,nodes:_.bids}),(_.status!==h||_.version>A)&&I(w=>w+1)},onError:y})},[h,A,t,o,v]),f)return D`<main id="main"><${a} error=${f} /></main>`;if(s===void 0)return D`<main id="main"><p role="status">${n("loading")}</p></main>`;if(s===null)return D`<main id="main"><h1>${n("proc.notFound")}</h1></main>`;let T=i?.role==="purchaser"&&i.organisation===s.purchaserUnit,E=(_,w,S)=>D`<div><dt>${n(_)}</dt><dd id=${S}>${w}</dd></div>`;return D`<main id="main" class="procurement">
    <h1>${s.title}</h1>
    ${u?D`<p class="notice" role="status">${u}</p>`:null}
    <p><${sr} t=${n} status=${s.status} /> ${s.purchaser} · ${n("jurisdiction")} ${s.jurisdiction}
      ${i?.role==="auditor"||i?.role==="admin"?D` · <${e.Link} href=${"/app/audit/purchases/"+s.id} id="purchase-audit-link">${n("paudit.open")}<//>`:null}</p>
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">${n("proc.terms")}</h2>
      <p>${s.description}</p>
      <dl class="facts">
        ${E("proc.item",D`<code>${s.item.code}</code> ${s.item.nameZh}`)}
        ${E("proc.method",n("proc.methods."+s.method))}
        ${E("proc.budget",x(s.budget),"proc-budget")}
        ${E("proc.bidSecurity",x(s.bidSecurity))}
        ${E("proc.servicePeriod",`${ee(s.serviceStart,o)} \u2013 ${ee(s.serviceEnd,o)}`)}
        ${E("proc.bidDeadline",L(s.bidDeadline,o)+" "+n("proc.chinaTime"),"proc-deadline")}
        ${E("proc.openingAt",L(s.openingAt,o)+" "+n("proc.chinaTime"),"proc-opening")}
        ${s.publishedAt?E("proc.publishedAt",L(s.publishedAt,o)):null}
        ${E("proc.eligibility",s.requirements.kinds.length?s.requirements.kinds.map(_=>n("kinds."+_)).join("\u3001"):n("proc.anyKind"))}
        ${s.requirements.minRating!=null?E("proc.minRating",`${s.requirements.minRating}A`):null}
        ${s.requirements.minYearsRegistered!=null?E("proc.minYears",String(s.requirements.minYearsRegistered)):null}
        ${E("proc.scoring",[n("proc.priceWeightShort",{n:s.scoring.priceWeightPercent}),...s.scoring.criteria.map(_=>`${_.name} ${_.maxPoints}`)].join("\uFF1B"))}
        ${s.amendments?E("proc.amendments",String(s.amendments)):null}
      </dl>
    </section>
    ${l?D`<section aria-labelledby="sealed-heading">
          <h2 id="sealed-heading">${n("proc.sealedBids")}</h2>
          <p id="sealed-count" role="status">${n("proc.sealedCount",{count:l.totalCount})}</p>
          <p class="hint">${n("proc.sealedIntro")} ${$?null:n("live.following")}</p>
          ${$?D`<p class="hint" id="sealed-live-error">${n("live.stopped",{message:$.message})}</p>`:null}
          ${l.nodes.length>0?D`<table class="sealed"><caption>${n("proc.sealedBids")}</caption>
                <thead><tr><th scope="col">${n("proc.sealedAt")}</th><th scope="col">${n("proc.commitment")}</th></tr></thead>
                <tbody>${l.nodes.map(_=>D`<tr><td>${L(_.sealedAt,o)}</td><td><code class="hash">${_.commitment}</code></td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.openedAt?D`<section aria-labelledby="opened-heading">
          <h2 id="opened-heading">${n("proc.opening",{at:L(s.openedAt,o)})}</h2>
          ${s.openedBids.length===0?D`<p class="empty">${n("proc.noBids")}</p>`:null}
          ${s.openedBids.length>0?D`<table class="opened"><caption>${n("proc.openedBids")}</caption>
                <thead><tr><th scope="col">${n("organisation")}</th><th scope="col">${n("proc.price")}</th><th scope="col">${n("proc.valid")}</th><th scope="col">${n("proc.commitmentAndDocuments")}</th></tr></thead>
                <tbody>${s.openedBids.map(_=>D`<tr><td>${_.organisationName}</td><td class="money">${x(_.price)}</td>
                    <td>${_.valid?n("proc.validYes"):D`${n("proc.validNo")}: ${_.defects.join("\uFF1B")}`}</td><td><code class="hash">${_.commitment}</code>${_.documents.length?D`<ul class="documents">${_.documents.map(w=>D`<li><span class="name">${w.name}</span> <code class="hash">${w.sha256}</code></li>`)}</ul>`:null}</td></tr>`)}</tbody></table>`:null}
        </section>`:null}
    ${s.report?D`<section aria-labelledby="ranking-heading">
          <h2 id="ranking-heading">${n("proc.ranking")}</h2>
          <ol class="ranking">${s.report.ranking.map(_=>{let w=s.excluded.find(S=>S.bidId===_.bidId);return D`<li class=${w?"excluded":""}>${Ye(s,_.organisationId)} · ${x(_.price)} · ${n("proc.total",{total:_.total})}${w?D` · <span class="badge no">${n("proc.exclusions."+w.why)}</span>${n("proc.exclusionReason",{reason:w.reason})}`:null}</li>`})}</ol>
        </section>`:null}
    ${s.award?D`<section aria-labelledby="award-heading" class="award">
          <h2 id="award-heading">${n("proc.awardNotice")}</h2>
          <p id="award-notice">${n("proc.awardText",{organisation:Ye(s,s.award.organisationId),price:x(s.award.price),at:L(s.award.noticedAt,o),deadline:ee(s.award.challengeDeadline,o)})}</p>
          ${s.contract?D`<p><${e.Link} href=${"/app/contracts/"+s.contract.id} id="contract-link">${n("con.contractLink",{status:n("con.statuses."+s.contract.status)})}<//></p>`:null}
        </section>`:null}
    ${T&&s.status==="AWARDED"&&s.award&&!s.contract?D`<${rr} ui=${e} p=${s} supplierName=${Ye(s,s.award.organisationId)} />`:null}
    ${s.challenges.length>0?D`<section aria-labelledby="challenges-heading">
          <h2 id="challenges-heading">${n("proc.challenges")}</h2>
          <ul>${s.challenges.map(_=>D`<li>${L(_.filedAt,o)}: ${_.grounds} — ${_.decision?`${n("proc.decisions."+_.decision)}\uFF1A${_.reply??""}`:n("proc.unanswered",{due:ee(_.replyDue,o)})}${_.complaints.length?D`<br /><span class="complaints">${n("proc.complaints",{refs:_.complaints.join("\u3001")})}</span>`:null}</li>`)}</ul>
        </section>`:null}
    ${s.ended?D`<p class="notice">${n("proc.ended",{reason:s.ended.reason,at:L(s.ended.at,o)})}${s.ended.rule?` (${s.ended.rule})`:""}</p>`:null}
    ${T?D`<${Vo} ui=${e} p=${s} generation=${g} onDone=${_=>(m(_),I(w=>w+1))} />`:null}
    ${i?.role==="ngo"?D`<${Hn} ui=${e} procurement=${s} onChanged=${()=>I(_=>_+1)} />`:null}
  </main>`}var ae=ie.bind(ne),Mt=e=>x(`${Math.floor(e/100)}.${String(e%100).padStart(2,"0")}`),qo=`query PurchaseTimeline($id: UUID!, $after: Int) {
  purchaseTimeline(procurementId: $id, after: $after, first: 100) {
    streams nextPosition
    entries { stream position version kind command actor role reason recordedAt changes { field old new } omittedChanges correctsVersion }
  }
}`,Go="query Title($id: UUID!) { procurement(id: $id) { id title contract { id } } }",Wo=`query ContractAsOf($id: UUID!, $at: DateTime!) {
  contractAsOf(id: $id, at: $at) { version status amount amountFen total totalFen accepted acceptedFen paid paidFen remaining remainingFen
    overdue { unpaidFen }
    milestones { id kind title accepted paidFen amountFen } payments { id milestoneId amount late } supplements { id amount } }
}`,Yo="query Releases($id: UUID!) { ocdsReleasePackage(procurementId: $id) }",Ko="query Records($id: UUID!) { ocdsRecordPackage(procurementId: $id) }",Qo=10,zo=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,ur=e=>e.split("-")[0],Zo=120;function pr(e,t,r){return r==null?e("audit.empty"):zo.test(r)?L(r,t):r.length<=Zo?r:ae`<details class="long"><summary>${r.slice(0,60)}…</summary><code>${r}</code></details>`}function Jo(e){let t=/^(.*T\d{2}:\d{2}:\d{2})\.(\d{6})(Z|[+-]\d{2}:\d{2})$/.exec(e);return t&&t[2]!=="999999"?`${t[1]}.${String(Number(t[2])+1).padStart(6,"0")}${t[3]}`:new Date(new Date(e).getTime()+1).toISOString()}function Xo(e,t){let r=URL.createObjectURL(new Blob([JSON.stringify(e,null,2)+`
`],{type:"application/json"})),n=document.createElement("a");n.href=r,n.download=t,document.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(r),6e4)}function ea({ui:e,id:t}){let{t:r,lang:n,ErrorText:o}=e,[i,a]=b(null),[s,d]=b(null),l=async p=>{if(!s){d(p),a(null);try{let f=await O(p==="releases"?Yo:Ko,{id:t},{lang:n}),c=p==="releases"?f.ocdsReleasePackage:f.ocdsRecordPackage;if(c==null)throw Object.assign(new Error(r("paudit.ocdsNone")),{code:"NOT_FOUND"});Xo(c,`ocds-${p==="releases"?"release":"record"}-package-${t}.json`)}catch(f){a(f)}finally{d(null)}}};return ae`<section aria-labelledby="ocds-heading">
    <h2 id="ocds-heading">${r("paudit.ocds")}</h2>
    <p>${r("paudit.ocdsIntro")}</p>
    <p class="actions">
      <button type="button" id="ocds-releases" disabled=${!!s} onClick=${()=>l("releases")}>${r("paudit.ocdsReleases")}</button>
      ${" "}<button type="button" id="ocds-records" disabled=${!!s} onClick=${()=>l("records")}>${r("paudit.ocdsRecords")}</button>
    </p>
    <${o} error=${i} id="ocds-error" />
  </section>`}function ta({ui:e,contractId:t,entries:r}){let{t:n,lang:o,ErrorText:i}=e,a=r.filter(m=>m.stream==="contract-"+t),[s,d]=b(null),l=s??Math.max(0,a.length-1),[p,f]=b(null),[c,$]=b(null),y=a[l]?.recordedAt;if(H(()=>{if(!y)return;let m=!0;return O(Wo,{id:t,at:Jo(y)},{lang:o}).then(g=>m&&(f(g.contractAsOf),$(null)),g=>m&&$(g)),()=>{m=!1}},[t,y,o]),a.length===0)return null;let u=a[l];return ae`<section aria-labelledby="asof-contract-heading">
    <h2 id="asof-contract-heading">${n("paudit.asOf")}</h2>
    <div class="field">
      <label for="asof-contract">${n("paudit.asOfPick")}</label>
      <input id="asof-contract" type="range" min="0" max=${a.length-1} step="1" value=${l}
        aria-valuetext=${`${u.version} \xB7 ${u.kind} \xB7 ${L(u.recordedAt,o)}`} onInput=${m=>d(Number(m.currentTarget.value))} />
      <p class="hint" id="asof-contract-at">${n("paudit.asOfAt",{version:u.version,kind:u.kind,at:L(u.recordedAt,o)})}</p>
    </div>
    <${i} error=${c} />
    ${p?ae`<dl class="facts" id="asof-contract-facts">
            <div><dt>${n("state")}</dt><dd id="asof-status">${n("con.statuses."+p.status)}</dd></div>
            <div><dt>${n("con.total")}</dt><dd>${x(p.total)}</dd></div>
            <div><dt>${n("con.accepted")}</dt><dd>${x(p.accepted)}</dd></div>
            <div><dt>${n("con.paid")}</dt><dd id="asof-paid">${x(p.paid)}</dd></div>
            <div><dt>${n("con.remaining")}</dt><dd>${x(p.remaining)}</dd></div>
            <div><dt>${n("con.milestones")}</dt><dd>${p.milestones.map(m=>`${m.id} ${m.kind==="DELIVERY"?n(m.accepted?"con.ocds.met":"con.ocds.scheduled"):`${Mt(m.paidFen)} / ${Mt(m.amountFen)}`}`).join(n("listSeparator"))}</dd></div>
          </dl>
          <${ut}
            id="asof-chart"
            title=${n("con.chartTitle")}
            describe=${n("paudit.asOfChart",{paid:x(p.paid),remaining:x(p.remaining)})}
            format=${Mt}
            parts=${[{key:"paid",label:n("con.chartPaid"),value:p.paidFen,className:"paid"},{key:"remaining",label:n("con.remaining"),value:p.remainingFen,className:"later"}]}
          />`:null}
  </section>`}function mr({ui:e,id:t}){let{t:r,lang:n,ErrorText:o,Link:i}=e,[a,s]=b(void 0),[d,l]=b([]),[p,f]=b([]),[c,$]=b(null),[y,u]=b(0),[m,g]=b(null),I=async h=>{let v=(await O(qo,{id:t,after:h},{lang:n})).purchaseTimeline;v&&(f(v.streams),l(T=>h==null?v.entries:[...T,...v.entries]),$(v.nextPosition),u(T=>h==null?1:T+1))};return H(()=>{let h=!0;return O(Go,{id:t},{lang:n}).then(async A=>{h&&(s(A.procurement),A.procurement&&await I(null))}).catch(A=>h&&g(A)),()=>{h=!1}},[t,n]),m?ae`<main id="main"><${o} error=${m} /></main>`:a===void 0?ae`<main id="main"><p role="status">${r("loading")}</p></main>`:a===null?ae`<main id="main"><h1>${r("proc.notFound")}</h1></main>`:ae`<main id="main" class="audit purchase-audit">
    <h1>${r("paudit.title",{title:a.title})}</h1>
    <p>${r("paudit.intro",{streams:p.length})} <${i} href=${"/app/procurements/"+a.id}>${r("paudit.procurementPage")}<//>
      ${a.contract?ae` · <${i} href=${"/app/contracts/"+a.contract.id}>${r("perf.theContract")}<//>`:null}</p>
    ${a.contract?ae`<${ta} ui=${e} contractId=${a.contract.id} entries=${d} />`:null}
    <${ea} ui=${e} id=${a.id} />
    <section aria-labelledby="purchase-timeline-heading">
      <h2 id="purchase-timeline-heading">${r("paudit.timeline")}</h2>
      <table class="timeline purchase-timeline">
        <caption class="sr-only">${r("paudit.timeline")}</caption>
        <thead><tr><th scope="col">${r("audit.when")}</th><th scope="col">${r("paudit.record")}</th><th scope="col">${r("audit.what")}</th><th scope="col">${r("audit.who")}</th><th scope="col">${r("audit.reason")}</th><th scope="col">${r("audit.changes")}</th></tr></thead>
        <tbody>${d.map(h=>ae`<tr data-stream=${ur(h.stream)} data-position=${h.position}>
            <td>${L(h.recordedAt,n)}</td>
            <td>${r("paudit.categories."+ur(h.stream))} <span class="hint">v${h.version}</span></td>
            <td><code>${h.kind}</code>${h.correctsVersion!=null?ae`<br /><span class="badge today">${r("paudit.corrects",{version:h.correctsVersion})}</span>`:null}</td>
            <td>${h.actor??r("audit.ledgerItself")}${h.role?ae` <span class="hint">(${r("roles."+h.role)})</span>`:null}</td>
            <td>${h.reason??""}</td>
            <td><ul class="changes">${h.changes.map(A=>ae`<li><code>${A.field}</code>: ${pr(r,n,A.old)} → ${pr(r,n,A.new)}</li>`)}
              ${h.omittedChanges>0?ae`<li class="hint">${r("paudit.omitted",{count:h.omittedChanges})}</li>`:null}</ul></td>
          </tr>`)}</tbody>
      </table>
      ${c!=null&&y<Qo?ae`<button type="button" id="timeline-more" onClick=${()=>I(c).catch(g)}>${r("audit.more")}</button>`:null}
    </section>
  </main>`}function $r({ui:e}){let{t,navigate:r}=e,[n,o]=b(""),[i,a]=b(!1),s=d=>{d.preventDefault();let l=n.trim().toLowerCase();if(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(l))return a(!0);r("/app/audit/purchases/"+l)};return ae`<section aria-labelledby="purchase-find-heading">
    <h2 id="purchase-find-heading">${t("paudit.navHint")}</h2>
    <form class="search" onSubmit=${s}>
      <div class=${"field"+(i?" invalid":"")}><label for="purchase-id">${t("paudit.procurementId")}</label>
        <input id="purchase-id" spellcheck=${!1} value=${n} aria-invalid=${i?"true":void 0}
          aria-describedby=${i?"purchase-id-error":void 0} onInput=${d=>(o(d.currentTarget.value),a(!1))} />
        ${i?ae`<p class="error" id="purchase-id-error" role="alert">${t("paudit.idInvalid")}</p>`:null}</div>
      <button type="submit" id="purchase-open">${t("paudit.open")}</button>
    </form>
  </section>`}var Be=ie.bind(ne),na=`query Spending($j: String, $after: String) {
  spending(by: CATALOGUE_ITEM, jurisdiction: $j, first: 100, after: $after) {
    jurisdiction nextCursor groups { key awarded awardedFen awards contracted contractedFen paid paidFen contracts }
  }
  purchaseStatistics(jurisdiction: $j) {
    published opened fewerThanThreeValidBids shareFewerThanThreeValidBids awards awarded averageDaysToAward grades { grade evaluations }
  }
}`,Ut=e=>x(`${Math.floor(e/100)}.${String(e%100).padStart(2,"0")}`);function hr({ui:e,params:t}){let{t:r,lang:n,claims:o,ErrorText:i,navigate:a}=e,s=o?.role==="auditor"||o?.role==="admin",d=t.get("jurisdiction")??(s?"":o?.jurisdiction??""),[l,p]=b(d),[f,c]=b(null),[$,y]=b({}),[u,m]=b(null);H(()=>{let v=!0;return m(null),O(na,{j:d||null,after:null},{lang:n}).then(async T=>{if(!v)return;c(T);let E=T.spending.jurisdiction;if(E){let _=await Ft(E,n).catch(()=>null);v&&_&&y(Object.fromEntries(_.map(w=>[w.code,n==="en"?w.nameEn:w.nameZh])))}}).catch(T=>v&&(m(T),c(null))),()=>{v=!1}},[d,n]);let g=v=>{v.preventDefault(),a("/app/statistics"+(F(l)?"?jurisdiction="+encodeURIComponent(F(l)):""))},I=f?.spending.groups??[],h=v=>$[v]?`${v} ${$[v]}`:v,A=f?.purchaseStatistics;return Be`<main id="main" class="statistics">
    <h1>${r("stats.title")}</h1>
    <p>${r("stats.intro")}</p>
    <form class="search" onSubmit=${g} aria-label=${r("stats.title")}>
      <div class="field"><label for="stats-jurisdiction">${r(s?"stats.jurisdiction":"jurisdiction")}</label>
        <input id="stats-jurisdiction" inputmode="numeric" value=${l} readonly=${!s} onInput=${v=>p(v.currentTarget.value)} /></div>
      ${s?Be`<button type="submit">${r("stats.show")}</button>`:null}
    </form>
    <${i} error=${u} />
    ${f&&I.length===0?Be`<p class="empty">${r("stats.none")}</p>`:null}
    ${I.length>0?Be`<${Vn}
            id="spending-chart"
            title=${r("stats.chartTitle")}
            describe=${r("stats.chartDescribe",{items:I.map(v=>`${h(v.key)} ${Ut(v.contractedFen)} / ${Ut(v.paidFen)}`).join(r("listSeparator"))})}
            series=${[{label:r("stats.contracted"),className:"contracted"},{label:r("stats.paid"),className:"paid"}]}
            rows=${I.map(v=>({key:v.key,label:h(v.key),values:[v.contractedFen,v.paidFen]}))}
            format=${Ut}
          />
          <table class="spending">
            <caption>${r("stats.chartTitle")}</caption>
            <thead><tr><th scope="col">${r("stats.item")}</th><th scope="col">${r("stats.awarded")}</th><th scope="col">${r("stats.awards")}</th><th scope="col">${r("stats.contracted")}</th><th scope="col">${r("stats.contracts")}</th><th scope="col">${r("stats.paid")}</th></tr></thead>
            <tbody>${I.map(v=>Be`<tr data-key=${v.key}>
                <th scope="row">${h(v.key)}</th>
                <td class="money">${x(v.awarded)}</td><td>${v.awards}</td>
                <td class="money">${x(v.contracted)}</td><td>${v.contracts}</td>
                <td class="money">${x(v.paid)}</td>
              </tr>`)}</tbody>
          </table>`:null}
    ${A?Be`<dl class="facts" id="purchase-statistics">
          <div><dt>${r("stats.published")}</dt><dd>${A.published}</dd></div>
          <div><dt>${r("stats.opened")}</dt><dd>${A.opened}</dd></div>
          <div><dt>${r("stats.fewBids")}</dt><dd>${r("stats.fewBidsShare",{count:A.fewerThanThreeValidBids,share:A.shareFewerThanThreeValidBids==null?"\u2014":`${Math.round(A.shareFewerThanThreeValidBids*1e3)/10}%`})}</dd></div>
          <div><dt>${r("stats.awarded")}</dt><dd>${x(A.awarded)}（${A.awards}）</dd></div>
          <div><dt>${r("stats.averageDays")}</dt><dd>${A.averageDaysToAward==null?"\u2014":r("stats.days",{days:Math.round(A.averageDaysToAward*10)/10})}</dd></div>
          <div><dt>${r("stats.grades")}</dt><dd>${A.grades.length?A.grades.map(v=>`${r("perf.grades."+v.grade)} ${v.evaluations}`).join(r("listSeparator")):"\u2014"}</dd></div>
        </dl>`:null}
  </main>`}var C=ie.bind(ne),vr=an(null),ye=()=>gn(vr);function fr(){let e=location.pathname.replace(/^\/app\/?/,""),t=new URLSearchParams(location.search),r=/^organisations\/([0-9a-fA-F-]{36})$/.exec(e);if(r)return{screen:"organisation",id:r[1]};if(e==="search")return{screen:"search",params:t};if(e==="apply")return{screen:"apply"};if(e==="audit")return{screen:"audit",params:t};if(e==="procurements")return{screen:"procurements",params:t};if(e==="procurements/new")return{screen:"draft"};let n=/^procurements\/([0-9a-fA-F-]{36})$/.exec(e);if(n)return{screen:"procurement",id:n[1]};if(e==="eligible")return{screen:"eligible"};if(e==="bids")return{screen:"bids"};if(e==="committees")return{screen:"committees"};let o=/^committees\/([0-9a-fA-F-]{36})$/.exec(e);if(o)return{screen:"committee",id:o[1]};if(e==="contracts")return{screen:"contracts"};let i=/^contracts\/([0-9a-fA-F-]{36})$/.exec(e);if(i)return{screen:"contract",id:i[1]};let a=/^evaluations\/([0-9a-fA-F-]{36})$/.exec(e);if(a)return{screen:"evaluation",id:a[1]};let s=/^audit\/purchases\/([0-9a-fA-F-]{36})$/.exec(e);return s?{screen:"purchaseAudit",id:s[1]}:e==="statistics"?{screen:"statistics",params:t}:e==="evaluations"?{screen:"evaluations"}:{screen:"home"}}function gt(e){history.pushState(null,"",e),dispatchEvent(new PopStateEvent("popstate"))}function le({href:e,children:t,...r}){return C`<a href=${e} onClick=${o=>{o.button!==0||o.metaKey||o.ctrlKey||o.shiftKey||o.altKey||(o.preventDefault(),gt(e))}} ...${r}>${t}</a>`}function ra(e,t){let r=e("rules."+t);return r==="rules."+t?"":e("ruleSeparator")+r}function _e({error:e,id:t}){let{t:r,lang:n}=ye();if(!e)return null;let o=e.code==="CONFLICT"?r("conflict"):e.code==="NETWORK"?r("networkError",{message:e.message}):e.message,i=n==="zh"&&e.rule?r("ruleText."+e.rule):null,a=i&&i!=="ruleText."+e.rule;return C`<p class="error" id=${t} role="alert">
    ${a?C`${i} <span class="detail" lang="en">${o}</span>`:o}${e.rule?C` <span class="rule">(${r("ruleLabel",{rule:e.rule})}${ra(r,e.rule)})</span>`:null}
    ${e.code==="CONFLICT"?C` <button type="button" class="link" onClick=${()=>location.reload()}>${r("reload")}</button>`:null}
  </p>`}function ve({id:e,label:t,error:r,children:n,hint:o}){return C`<div class=${"field"+(r?" invalid":"")}>
    <label for=${e}>${t}</label>
    ${n}
    ${o?C`<p class="hint" id=${e+"-hint"}>${o}</p>`:null}
    <${_e} error=${r} id=${e+"-error"} />
  </div>`}function Oe(e,t,r){return[r?e+"-hint":null,t?e+"-error":null].filter(Boolean).join(" ")||void 0}function yr({status:e}){let{t}=ye();return e?C`<span class=${"status status-"+e.toLowerCase()}>${t("statuses."+e)}</span>`:null}function Er(e,t){return e("cases."+t.kind,{year:t.year})}function ia({notice:e,onToken:t}){let{t:r,lang:n}=ye(),[o,i]=b(""),[a,s]=b(""),[d,l]=b(""),[p,f]=b(null),[c,$]=b(null),[y,u]=b(!1),m=async I=>{if(I.preventDefault(),!y){u(!0),f(null);try{let h=await O("mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }",{u:F(o),p:a},{lang:n,token:null});t(h.signIn.token)}catch(h){f(h)}finally{u(!1)}}},g=I=>{I.preventDefault();let h=st(d);if(!h)return $(new W(r("tokenMalformed"),{code:"VALIDATION"}));if(h.exp*1e3<=Date.now())return $(new W(r("tokenExpired"),{code:"UNAUTHENTICATED"}));t(d.trim())};return C`<main id="main" class="sign-in">
    <h1>${r("signInTitle")}</h1>
    ${e?C`<p class="notice" role="status">${e}</p>`:null}
    <div class="sign-in-forms">
      <form onSubmit=${m} aria-labelledby="password-heading">
        <h2 id="password-heading">${r("signInPassword")}</h2>
        <${ve} id="username" label=${r("username")}>
          <input id="username" name="username" autocomplete="username" value=${o} onInput=${I=>i(I.currentTarget.value)} />
        <//>
        <${ve} id="password" label=${r("password")} error=${p}>
          <input id="password" name="password" type="password" autocomplete="current-password" value=${a}
            aria-describedby=${Oe("password",p)} aria-invalid=${p?"true":void 0}
            onInput=${I=>s(I.currentTarget.value)} />
        <//>
        <button type="submit" disabled=${y}>${r("signIn")}</button>
      </form>
      <form onSubmit=${g} aria-labelledby="token-heading">
        <h2 id="token-heading">${r("signInToken")}</h2>
        <${ve} id="token" label=${r("token")} error=${c} hint=${r("tokenHelp")}>
          <textarea id="token" name="token" rows="4" spellcheck=${!1} value=${d}
            aria-describedby=${Oe("token",c,!0)} aria-invalid=${c?"true":void 0}
            onInput=${I=>l(I.currentTarget.value)}></textarea>
        <//>
        <button type="submit">${r("signInWithToken")}</button>
      </form>
    </div>
  </main>`}var oa=`query Queue($j: String!, $after: String) {
  organisations(filter: {jurisdiction: $j}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name status creditCode openCases { kind year rule openedOn due overdue } }
  }
}`;async function aa(e,t){let r=[],n=null;for(let o=0;o<10;o++){let i=await O(oa,{j:e,after:n},{lang:t});for(let a of i.organisations.nodes)for(let s of a.openCases)r.push({org:a,case:s});if(!i.organisations.pageInfo.hasNextPage)break;n=i.organisations.pageInfo.endCursor}return r.sort((o,i)=>Number(i.case.overdue)-Number(o.case.overdue)||o.case.due.localeCompare(i.case.due)||o.org.name.localeCompare(i.org.name)),r}function sa(e,t){let r=new Date(e+"T00:00:00Z");return r.setUTCDate(r.getUTCDate()+t),r.toISOString().slice(0,10)}function ca({rows:e,today:t}){let{t:r,lang:n}=ye(),o=Array.from({length:7},(d,l)=>sa(t,l)),i=new Intl.DateTimeFormat(n==="en"?"en-GB":"zh-CN",{weekday:"short",timeZone:"UTC"}),a=[{key:"overdue",label:r("overdue"),count:e.filter(d=>d.case.overdue).length,className:"overdue"},...o.map((d,l)=>({key:d,label:l===0?r("today"):i.format(new Date(d+"T00:00:00Z")),sublabel:d.slice(5).replace("-","/"),count:e.filter(p=>!p.case.overdue&&p.case.due===d).length,className:l===0?"today":""}))],s=r("weekChartDescribe",{overdue:a[0].count,days:a.slice(1).map(d=>`${ee(d.key,n)} ${d.count}`).join(r("listSeparator"))});return C`<${jn} id="week-chart" title=${r("weekChartTitle")} describe=${s} bars=${a} />`}function da(){let{t:e,lang:t,claims:r}=ye(),[n,o]=b(null),[i,a]=b(null);H(()=>{let d=!0;return o(null),aa(r.jurisdiction,t).then(l=>d&&o(l),l=>d&&a(l)),()=>{d=!1}},[r.jurisdiction,t]);let s=dt();return C`<main id="main">
    <h1>${e("queueTitle")}</h1>
    <p>${e("queueIntro")}</p>
    <${_e} error=${i} />
    ${n==null&&!i?C`<p role="status">${e("loading")}</p>`:null}
    ${n&&n.length===0?C`<p class="empty">${e("queueEmpty")}</p>`:null}
    ${n&&n.length>0?C`<${ca} rows=${n} today=${s} />`:null}
    ${n&&n.length>0?C`<table class="queue">
          <caption>${e("queueTitle")} · ${ee(s,t)}</caption>
          <thead><tr><th scope="col">${e("state")}</th><th scope="col">${e("due")}</th><th scope="col">${e("caseKind")}</th><th scope="col">${e("organisation")}</th><th scope="col">${e("rule")}</th><th scope="col">${e("openedOn")}</th></tr></thead>
          <tbody>
            ${n.map(d=>C`<tr class=${d.case.overdue?"overdue":""}>
                <td>${d.case.overdue?C`<strong class="badge overdue">${e("overdue")}</strong>`:d.case.due===s?C`<span class="badge today">${e("dueToday")}</span>`:e("onTime")}</td>
                <td>${ee(d.case.due,t)}</td>
                <td>${Er(e,d.case)}</td>
                <td><${le} href=${"/app/organisations/"+d.org.id}>${d.org.name}<//></td>
                <td><code>${d.case.rule}</code></td>
                <td>${ee(d.case.openedOn,t)}</td>
              </tr>`)}
          </tbody>
        </table>`:null}
  </main>`}var la=["APPLIED","PREP_APPLIED","PREPARING","ESTAB_APPLIED","ACTIVE","SUSPENDED","LIQUIDATING","REFUSED","LAPSED","DEREGISTERED","REVOKED"],ua=`query Search($filter: OrganisationFilterInput) {
  organisations(filter: $filter, first: 100) {
    totalCount
    nodes { id name kind status creditCode jurisdiction appliedAt }
  }
}`;function gr({params:e}){let{t,lang:r}=ye(),[n,o]=b(e.get("name")??""),[i,a]=b(e.get("code")??""),[s,d]=b(e.get("status")??""),[l,p]=b(null),[f,c]=b(null),[$,y]=b(!1),u=Ve(async h=>{y(!0),c(null);try{p(await O(ua,{filter:h},{lang:r}))}catch(A){c(A),p(null)}finally{y(!1)}},[r]),m=(h,A,v)=>{let T={};return F(h)&&(T.nameContains=F(h)),ge(A)&&(T.creditCode=ge(A)),v&&(T.status=v),T};H(()=>{e.toString()&&u(m(e.get("name")??"",e.get("code")??"",e.get("status")??""))},[e.toString(),u]);let g=h=>{h.preventDefault();let A=new URLSearchParams;F(n)&&A.set("name",F(n)),ge(i)&&A.set("code",ge(i)),s&&A.set("status",s),a(ge(i));let v="/app/search"+(A.toString()?"?"+A:"");v===location.pathname+location.search?u(m(n,i,s)):gt(v)},I=f&&(f.field==="creditCode"||/credit/i.test(f.field??""))?f:null;return C`<main id="main">
    <h1>${t("searchTitle")}</h1>
    <form class="search" onSubmit=${g} role="search">
      <${ve} id="search-name" label=${t("searchName")}>
        <input id="search-name" value=${n} onInput=${h=>o(h.currentTarget.value)} />
      <//>
      <${ve} id="search-code" label=${t("searchCreditCode")} error=${I}>
        <input id="search-code" value=${i} spellcheck=${!1} autocomplete="off"
          aria-describedby=${Oe("search-code",I)} aria-invalid=${I?"true":void 0}
          onInput=${h=>a(h.currentTarget.value)} onBlur=${()=>a(ge(i))} />
      <//>
      <${ve} id="search-status" label=${t("searchStatus")}>
        <select id="search-status" value=${s} onChange=${h=>d(h.currentTarget.value)}>
          <option value="">${t("anyStatus")}</option>
          ${la.map(h=>C`<option value=${h}>${t("statuses."+h)}</option>`)}
        </select>
      <//>
      <button type="submit" disabled=${$}>${t("search")}</button>
    </form>
    ${I?null:C`<${_e} error=${f} />`}
    ${l?l.organisations.nodes.length===0?C`<p class="empty" role="status">${t("noResults")}</p>`:C`<table class="results">
            <caption role="status">${t("results",{count:l.organisations.totalCount})}</caption>
            <thead><tr><th scope="col">${t("name")}</th><th scope="col">${t("creditCode")}</th><th scope="col">${t("kind")}</th><th scope="col">${t("state")}</th><th scope="col">${t("appliedAt")}</th></tr></thead>
            <tbody>
              ${l.organisations.nodes.map(h=>C`<tr>
                  <td><${le} href=${"/app/organisations/"+h.id}>${h.name}<//></td>
                  <td><code>${h.creditCode}</code></td>
                  <td>${h.kind?t("kinds."+h.kind):""}</td>
                  <td><${yr} status=${h.status} /></td>
                  <td>${L(h.appliedAt,r)}</td>
                </tr>`)}
            </tbody>
          </table>`:null}
  </main>`}var pa=`query Profile($id: UUID!) {
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
}`,Ir={APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},ESTAB_APPLIED:{approve:"approveRegistration",refuse:"refuseRegistration",approveType:"ApproveRegistrationInput",refuseType:"RefuseRegistrationInput"},PREP_APPLIED:{approve:"approvePreparation",refuse:"refusePreparation",approveType:"OrganisationCommandInput",refuseType:"ReasonedCommandInput"}};function ma({org:e,onDecided:t}){let{t:r,lang:n,claims:o}=ye(),[i,a]=b(""),[s,d]=b(null),[l,p]=b(null),f=be(!1),c=be({}),$=Ir[e.status];if(!$||o?.role!=="registrar")return null;let y=async g=>{if(f.current)return;f.current=!0,p(g),d(null),c.current[g]??=Me();let I={organisationId:e.id,commandId:c.current[g],expectedVersion:e.version};g==="refuse"&&(I.reason=F(i));let h=$[g],A=!1;try{await O(`mutation($i: ${$[g+"Type"]}!) { ${h}(input: $i) { version } }`,{i:I},{lang:n}),delete c.current[g],A=!0;let v=e.status==="PREP_APPLIED";t(r(g==="approve"?v?"preparationApproved":"approved":v?"preparationRefused":"refused"))}catch(v){v.code!=="NETWORK"&&delete c.current[g],d({action:g,error:v})}finally{A||(f.current=!1),p(null)}},u=s?.action==="approve"?s.error:null,m=s?.action==="refuse"?s.error:null;return C`<section class="decision" aria-labelledby="decision-heading">
    <h2 id="decision-heading">${r("decision")}</h2>
    <div class="action">
      <button type="button" id="approve" onClick=${()=>y("approve")} disabled=${l!=null} aria-describedby=${u?"approve-error":void 0}>${r(e.status==="PREP_APPLIED"?"approvePreparation":"approve")}</button>
      <${_e} error=${u} id="approve-error" />
    </div>
    <form class="action" onSubmit=${g=>(g.preventDefault(),y("refuse"))}>
      <${ve} id="refuse-reason" label=${r("refuseReason")} error=${m}>
        <textarea id="refuse-reason" rows="3" value=${i} aria-required="true"
          aria-describedby=${Oe("refuse-reason",m)} aria-invalid=${m?"true":void 0}
          onInput=${g=>a(g.currentTarget.value)}></textarea>
      <//>
      <button type="submit" id="refuse" class="danger" disabled=${l!=null}>${r(e.status==="PREP_APPLIED"?"refusePreparation":"refuse")}</button>
    </form>
  </section>`}function $a({rows:e}){return C`<dl class="facts">
    ${e.filter(([,t])=>t!=null&&t!=="").map(([t,r])=>C`<div><dt>${t}</dt><dd>${r}</dd></div>`)}
  </dl>`}function br({id:e,flash:t}){let{t:r,lang:n}=ye(),[o,i]=b(void 0),[a,s]=b(null),[d,l]=b(t),p=Ve(()=>{O(pa,{id:e},{lang:n}).then(c=>i(c.organisation),c=>s(c))},[e,n]);if(H(p,[p]),a)return C`<main id="main"><${_e} error=${a} /></main>`;if(o===void 0)return C`<main id="main"><p role="status">${r("loading")}</p></main>`;if(o===null)return C`<main id="main"><p class="empty">${r("notFound")}</p></main>`;let f=o.legalRepresentative;return C`<main id="main" class="profile">
    <h1>${o.name} <${yr} status=${o.status} /></h1>
    ${d?C`<p class="notice" role="status">${d}</p>`:null}
    <${$a}
      rows=${[[r("creditCode"),C`<code>${o.creditCode}</code>`],[r("kind"),o.kind?r("kinds."+o.kind)+(o.publicFundraising?` \xB7 ${r("publicFundraising")}`:""):null],[r("jurisdiction"),o.jurisdiction],[r("domicile"),o.domicile],[r("purpose"),o.purpose],[r("businessScope"),o.businessScope],[r("legalRepresentative"),f?[f.name,f.idNumber,f.phone].filter(Boolean).join(" \xB7 "):null],[r("registeredFunds"),x(o.registeredFunds)],[r("supervisoryUnitShort"),o.supervisoryUnit],[r("members"),o.members?r("memberCounts",{individual:o.members.individual,unit:o.members.unit}):null],[r("appliedAt"),L(o.appliedAt,n)],[r("decisionDue"),Ir[o.status]?ee(o.decisionDue,n):null],[r("registeredAt"),L(o.registeredAt,n)],[r("refusedAt"),L(o.refusedAt,n)],[r("refusalReason"),o.refusalReason],[r("version"),String(o.version)]]}
    />
    <${ma} key=${o.version} org=${o} onDecided=${c=>(l(c),p())} />
    <${ha} key=${"e"+o.version} org=${o} onDone=${c=>(l(c),p())} />
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">${r("openCases")}</h2>
      ${o.openCases.length===0?C`<p>${r("none")}</p>`:C`<ul class="cases">${o.openCases.map(c=>C`<li class=${c.overdue?"overdue":""}>${Er(r,c)} · ${r("due")} ${ee(c.due,n)} ${c.overdue?C`<strong class="badge overdue">${r("overdue")}</strong>`:null} <code>${c.rule}</code></li>`)}</ul>`}
    </section>
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">${r("annualReports")}</h2>
      ${o.annualReports.length===0?C`<p>${r("none")}</p>`:C`<table><caption class="sr-only">${r("annualReports")}</caption>
            <thead><tr><th scope="col">${r("year")}</th><th scope="col">${r("submittedAt")}</th><th scope="col">${r("conclusion")}</th><th scope="col">${r("notFiledDue")}</th></tr></thead>
            <tbody>${o.annualReports.map(c=>C`<tr><td>${c.year}</td><td>${L(c.submittedAt,n)}</td><td>${c.conclusion?r("conclusions."+c.conclusion):""}</td><td>${ee(c.notFiledDue,n)}</td></tr>`)}</tbody></table>`}
    </section>
    <section aria-labelledby="credit-heading">
      <h2 id="credit-heading">${r("creditStanding")}</h2>
      <p><span class=${"list list-"+o.creditStanding.list.toLowerCase()}>${r("lists."+o.creditStanding.list)}</span>
        ${o.creditStanding.reason?` \xB7 ${o.creditStanding.reason}`:""}
        ${o.creditStanding.listedAt?` \xB7 ${L(o.creditStanding.listedAt,n)}`:""}</p>
      ${o.creditHistory.length>0?C`<table><caption>${r("creditHistory")}</caption>
            <thead><tr><th scope="col">${r("creditStanding")}</th><th scope="col">${r("reason")}</th><th scope="col">${r("listedAt")}</th><th scope="col">${r("endedAt")}</th></tr></thead>
            <tbody>${o.creditHistory.map(c=>C`<tr><td>${r("lists."+c.list)}</td><td>${c.reason}</td><td>${L(c.listedAt,n)}</td><td>${L(c.endedAt,n)}</td></tr>`)}</tbody></table>`:null}
    </section>
    <section aria-labelledby="rating-heading">
      <h2 id="rating-heading">${r("rating")}</h2>
      <p>${o.rating?r("ratingScore",{label:o.rating.label,score:o.rating.score,until:ee(o.rating.validUntil,n)}):r("noRating")}</p>
    </section>
    <${zn} ui=${{t:r,lang:n,Link:le}} organisationId=${o.id} />
  </main>`}function Tr({prefix:e,values:t,set:r,error:n}){let{t:o}=ye(),i=Ht(n)?n:null;return C`<fieldset class="members">
    <legend>${o("members")}</legend>
    <${ve} id=${e+"-individual"} label=${o("individualMembers")}>
      <input id=${e+"-individual"} inputmode="numeric" value=${t.individualMembers??""}
        aria-describedby=${Oe(e+"-members",i)} aria-invalid=${i?"true":void 0}
        onInput=${a=>r("individualMembers",a.currentTarget.value)} />
    <//>
    <${ve} id=${e+"-unit"} label=${o("unitMembers")}>
      <input id=${e+"-unit"} inputmode="numeric" value=${t.unitMembers??""}
        aria-describedby=${Oe(e+"-members",i)} aria-invalid=${i?"true":void 0}
        onInput=${a=>r("unitMembers",a.currentTarget.value)} />
    <//>
    <${_e} error=${i} id=${e+"-members-error"} />
  </fieldset>`}function ha({org:e,onDone:t}){let{t:r,lang:n,claims:o}=ye(),[i,a]=b({}),[s,d]=b(null),[l,p]=b(!1),f=be(!1),c=be(null);if(e.status!=="PREPARING"||o?.role!=="registrar")return null;let $=(m,g)=>a(I=>({...I,[m]:g})),y=async m=>{if(m.preventDefault(),f.current)return;f.current=!0,p(!0),d(null),c.current??=Me();let g={organisationId:e.id,individualMembers:ft(i.individualMembers??"0"),unitMembers:ft(i.unitMembers??"0"),commandId:c.current,expectedVersion:e.version};try{await O("mutation($i: ApplyForEstablishmentInput!) { applyForEstablishment(input: $i) { version } }",{i:g},{lang:n}),c.current=null,t(r("establishmentApplied"))}catch(I){I.code!=="NETWORK"&&(c.current=null),d(I)}finally{f.current=!1,p(!1)}},u=Ht(s)?s:null;return C`<section class="decision" aria-labelledby="establishment-heading">
    <h2 id="establishment-heading">${r("establishment")}</h2>
    <p>${r("establishmentDue",{due:ee(e.establishmentDue,n)})}</p>
    <form onSubmit=${y}>
      <${Tr} prefix="establish" values=${i} set=${$} error=${s} />
      <div class="action">
        <button type="submit" id="apply-establishment" disabled=${l}>${r("applyEstablishment")}</button>
        ${s&&!u?C`<${_e} error=${s} id="establishment-error" />`:null}
      </div>
    </form>
  </section>`}var fa=`mutation Apply($i: ApplyForRegistrationInput!) {
  applyForRegistration(input: $i) { organisation { id } }
}`,ga=`mutation Prepare($i: ApplyForPreparationInput!) {
  applyForPreparation(input: $i) { organisation { id } }
}`;function ft(e){let t=ge(e).replace(/,/g,"");return/^\d{1,9}$/.test(t)?Number(t):t}var Bt=[["name","name"],["creditCode","creditCode"],["domicile","domicile"],["purpose","purpose","textarea"],["businessScope","businessScope","textarea"],["legalRepresentative.name","legalRepresentativeName"],["legalRepresentative.idNumber","idNumber"],["legalRepresentative.phone","phone"],["registeredFunds","registeredFunds"],["supervisoryUnit","supervisoryUnit"]],ba=e=>"apply-"+e.replace(/\./g,"-"),_r={"REG-MIN-MEMBERS":"members","REG-MIN-FUNDS":"registeredFunds","REG-USCC":"creditCode"},Ht=e=>!!e&&(["individualMembers","unitMembers","members"].includes(e.field)||_r[e.rule]==="members");function va(e){if(Ht(e))return"members";if(!e?.field)return e?.rule&&_r[e.rule]||null;let t=Bt.find(([o])=>o===e.field);if(t)return t[0];let r=e.field.split(".").pop(),n=Bt.find(([o])=>o.split(".").pop()===r);return n?n[0]:null}function ya(){let{t:e,lang:t,claims:r}=ye(),[n,o]=b({kind:"SOCIAL_SERVICE_ORG",publicFundraising:!1,jurisdiction:r.jurisdiction??""}),[i,a]=b(null),[s,d]=b(!1),l=be(!1),p=be(null),f=(u,m)=>o(g=>({...g,[u]:m})),c=async u=>{if(u.preventDefault(),l.current)return;l.current=!0,d(!0),a(null),p.current??=Me();let m=h=>F(n[h]),g={name:m("name"),kind:n.kind,creditCode:ge(n.creditCode),domicile:m("domicile"),purpose:m("purpose"),businessScope:m("businessScope"),legalRepresentative:{name:m("legalRepresentative.name"),idNumber:ge(n["legalRepresentative.idNumber"]),phone:m("legalRepresentative.phone")},registeredFunds:Ue(n.registeredFunds),jurisdiction:m("jurisdiction"),publicFundraising:n.kind==="FOUNDATION"&&n.publicFundraising,commandId:p.current};m("supervisoryUnit")&&(g.supervisoryUnit=m("supervisoryUnit"));let I=n.kind==="SOCIAL_GROUP"&&n.twoStage;I&&(delete g.kind,delete g.publicFundraising,g.individualMembers=ft(n.individualMembers??"0"),g.unitMembers=ft(n.unitMembers??"0"));try{let h=await O(I?ga:fa,{i:g},{lang:t});p.current=null;let A=I?h.applyForPreparation:h.applyForRegistration;gt("/app/organisations/"+A.organisation.id+"?applied=1")}catch(h){h.code!=="NETWORK"&&(p.current=null),a(h)}finally{l.current=!1,d(!1)}},$=va(i),y=u=>$===u?i:null;return C`<main id="main">
    <h1>${e("applyTitle")}</h1>
    <p>${e("applyIntro")}</p>
    <form class="apply" onSubmit=${c} novalidate>
      <${ve} id="apply-kind" label=${e("kind")}>
        <select id="apply-kind" value=${n.kind} onChange=${u=>f("kind",u.currentTarget.value)}>
          ${["SOCIAL_GROUP","SOCIAL_SERVICE_ORG","FOUNDATION"].map(u=>C`<option value=${u}>${e("kinds."+u)}</option>`)}
        </select>
      <//>
      ${Bt.map(([u,m,g])=>{let I=ba(u),h=y(u),A={id:I,name:u,value:n[u]??"","aria-describedby":Oe(I,h),"aria-invalid":h?"true":void 0,onInput:v=>f(u,v.currentTarget.value)};return u==="creditCode"&&(A.onBlur=()=>f(u,ge(n[u]))),u==="registeredFunds"&&(A.inputmode="decimal"),C`<${ve} id=${I} label=${e(m)} error=${h}>
          ${g==="textarea"?C`<textarea rows="2" ...${A}></textarea>`:C`<input ...${A} />`}
        <//>`})}
      ${n.kind==="SOCIAL_GROUP"?C`<div class="field checkbox"><input type="checkbox" id="apply-two-stage" checked=${!!n.twoStage} onChange=${u=>f("twoStage",u.currentTarget.checked)} /><label for="apply-two-stage">${e("twoStage")}</label></div>
            ${n.twoStage?C`<${Tr} prefix="apply" values=${n} set=${f} error=${i} />`:null}`:null}
      ${n.kind==="FOUNDATION"?C`<div class="field checkbox"><input type="checkbox" id="apply-public" checked=${n.publicFundraising} onChange=${u=>f("publicFundraising",u.currentTarget.checked)} /><label for="apply-public">${e("publicFundraising")}</label></div>`:null}
      <${ve} id="apply-jurisdiction" label=${e("jurisdiction")}>
        <input id="apply-jurisdiction" value=${n.jurisdiction} inputmode="numeric" onInput=${u=>f("jurisdiction",u.currentTarget.value)} />
      <//>
      <div class="action">
        <button type="submit" disabled=${s}>${e(s?"submitting":"submit")}</button>
        ${i&&!$?C`<${_e} error=${i} id="apply-error" />`:null}
      </div>
    </form>
  </main>`}function Ea({onSignOut:e,onLanguage:t}){let{t:r,claims:n}=ye();return C`<header class="top">
    <a class="skip" href="#main">${r("skipToMain")}</a>
    <div class="brand">${r("appTitle")}</div>
    <nav aria-label=${r("nav")}>
      ${n?.jurisdiction&&n.role!=="purchaser"?C`<${le} href="/app/">${r("navQueue")}<//>`:null}
      <${le} href="/app/procurements">${r("proc.nav")}<//>
      ${n?.role==="ngo"?C`<${le} href="/app/eligible">${r("proc.navEligible")}<//> <${le} href="/app/bids">${r("proc.navMyBids")}<//>`:null}
      ${n?.role==="ngo"&&n.organisation?C`<${le} href=${"/app/organisations/"+n.organisation}>${r("navMyOrganisation")}<//>`:null}
      ${n?.role==="evaluator"?C`<${le} href="/app/committees">${r("eval.nav")}<//>`:null}
      ${n?.role==="ngo"||n?.role==="purchaser"?C`<${le} href="/app/contracts">${r(n.role==="ngo"?"con.navMine":"con.navUnit")}<//>`:null}
      <${le} href="/app/search">${r(n?"navSearch":"navPublicSearch")}<//>
      ${n?.role==="registrar"?C`<${le} href="/app/apply">${r("navApply")}<//>`:null}
      ${n?.role==="auditor"||n?.role==="admin"?C`<${le} href="/app/audit">${r("audit.nav")}<//>`:null}
      ${Sr.includes(n?.role)?C`<${le} href="/app/evaluations">${r("perf.nav")}<//>`:null}
      ${Ar.includes(n?.role)?C`<${le} href="/app/statistics">${r("stats.nav")}<//>`:null}
      ${n?null:C`<${le} href="/app/">${r("signIn")}<//>`}
    </nav>
    <div class="who">
      ${n?C`<span class="identity" aria-label=${r("signedInAs")}>
            <span class="subject">${n.sub}</span>
            <span class="role">${r("roles."+n.role)}</span>
            ${n.jurisdiction?C`<span class="jurisdiction">${r("jurisdiction")} ${n.jurisdiction}</span>`:null}
          </span>`:null}
      <button type="button" class="link" lang=${r("switchLanguage")==="English"?"en":"zh-CN"} aria-label=${r("switchLanguageLabel")} onClick=${t}>${r("switchLanguage")}</button>
      ${n?C`<button type="button" class="link" id="sign-out" onClick=${e}>${r("signOut")}</button>`:null}
    </div>
  </header>`}var Ar=["purchaser","registrar","auditor","admin"],Sr=["purchaser","ngo","evaluator"];function Ia(e){let t=e?st(e):null;return t&&t.exp*1e3>Date.now()?t:null}function Ta(){let[e,t]=b(Ge.get()),[r,n]=b(Ee.token()),[o,i]=b(null),[a,s]=b(fr()),d=Ia(r),l=Ve((y,u)=>qe(e,y,u),[e]);H(()=>{let y=()=>s(fr());return addEventListener("popstate",y),()=>removeEventListener("popstate",y)},[]),H(()=>{document.documentElement.lang=e==="en"?"en":"zh-CN",document.title=`${qe(e,"appTitle")} \xB7 civic-ledger`},[e]);let p=Ve((y=null)=>{Ee.clear(),n(null),i(y)},[]);H(()=>Cn(()=>p(qe(Ge.get(),"sessionEnded"))),[p]),H(()=>{if(!r)return;let y=st(r)?.exp*1e3,u=()=>p(qe(Ge.get(),"tokenExpired"));if(!(y>Date.now()))return u();let m=setTimeout(u,Math.min(y-Date.now(),2**31-1));return()=>clearTimeout(m)},[r,p]);let f={t:l,lang:e,claims:d},c={t:l,lang:e,claims:d,ErrorText:_e,Link:le,navigate:gt},$;return a.screen==="procurements"||a.screen==="home"&&d?.role==="purchaser"?$=C`<${cr} key=${location.search} ui=${c} params=${a.params??new URLSearchParams(d?"mine=1":"")} />`:a.screen==="procurement"?$=C`<${lr} key=${a.id+location.search} ui=${c} id=${a.id} flash=${new URLSearchParams(location.search).has("drafted")?l("proc.drafted"):null} />`:a.screen==="contract"?$=C`<${ir} key=${a.id+location.search} ui=${c} id=${a.id} flash=${new URLSearchParams(location.search).has("signed")?l("con.signed"):null} />`:Sr.includes(d?.role)&&a.screen==="evaluations"?$=C`<${Zn} ui=${c} />`:a.screen==="evaluation"?$=C`<${Qn} key=${a.id} ui=${c} id=${a.id} />`:(d?.role==="auditor"||d?.role==="admin")&&a.screen==="purchaseAudit"?$=C`<${mr} key=${a.id} ui=${c} id=${a.id} />`:Ar.includes(d?.role)&&a.screen==="statistics"?$=C`<${hr} key=${location.search} ui=${c} params=${a.params} />`:(d?.role==="ngo"||d?.role==="purchaser")&&a.screen==="contracts"?$=C`<${or} ui=${c} />`:d?.role==="purchaser"&&a.screen==="draft"?$=C`<${dr} ui=${c} />`:d?.role==="ngo"&&(a.screen==="eligible"||a.screen==="home")?$=C`<${Un} ui=${c} />`:d?.role==="ngo"&&a.screen==="bids"?$=C`<${Bn} ui=${c} />`:d?.role==="evaluator"&&(a.screen==="committees"||a.screen==="home")?$=C`<${Wn} ui=${c} />`:d?.role==="evaluator"&&a.screen==="committee"?$=C`<${Yn} key=${a.id} ui=${c} id=${a.id} />`:!d&&(a.screen==="search"||a.screen==="organisation")?$=a.screen==="search"?C`<${gr} params=${a.params} />`:C`<${br} key=${a.id} id=${a.id} flash=${null} />`:d?a.screen==="audit"?$=C`<${On} t=${l} lang=${e} ErrorText=${_e} params=${a.params} extra=${C`<${$r} ui=${c} />`} />`:a.screen==="organisation"?$=C`<${br} key=${a.id+location.search} id=${a.id} flash=${new URLSearchParams(location.search).has("applied")?l("applied"):null} />`:a.screen==="search"||a.screen==="home"&&!d.jurisdiction?$=C`<${gr} params=${a.params??new URLSearchParams} />`:a.screen==="apply"?$=C`<${ya} />`:$=C`<${da} />`:$=C`<${ia} notice=${o} onToken=${y=>(Ee.save(y),n(y),i(null))} />`,C`<${vr.Provider} value=${f}>
    <${Ea}
      onSignOut=${()=>p(null)}
      onLanguage=${()=>{let y=e==="en"?"zh":"en";Ge.set(y),t(y)}}
    />
    ${$}
  <//>`}on(C`<${Ta} />`,document.getElementById("root"));})();
