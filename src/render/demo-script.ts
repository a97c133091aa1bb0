/**
 * The demo till's browser code: plain ES5-style JavaScript, served inline by /demo. Every step is
 * one call of the public API, shown in the log with its answer.
 */
export const DEMO_SCRIPT = `(function(){
var SHOPS=JSON.parse(document.getElementById('shops').textContent);
var $=function(id){return document.getElementById(id)};
var st={shop:null,token:null,receipt:null,seq:0};

function money(minor){var s=(Math.abs(minor)/100).toFixed(2);return (minor<0?'-':'')+s+' '+(SHOPS[st.shop]?SHOPS[st.shop].currency:'')}
function el(tag,attrs,text){var e=document.createElement(tag);for(var k in attrs)e.setAttribute(k,attrs[k]);if(text!==undefined)e.textContent=text;return e}

function log(method,path,body,status,text,ms,replayed){
  var li=el('li',{'data-status':String(status)});var d=el('details');
  var s=el('summary');s.appendChild(el('b',{},method));s.appendChild(document.createTextNode(' '+path+' '));
  s.appendChild(el('span',{'class':'st s'+String(status).charAt(0)},String(status)));
  s.appendChild(document.createTextNode(' '+Math.round(ms)+' ms'+(replayed?' (replayed)':'')));
  d.appendChild(s);
  var out=text;try{out=JSON.stringify(JSON.parse(text),null,2)}catch(e){}
  if(out.length>4000)out=out.slice(0,4000)+'\\n…';
  d.appendChild(el('pre',{},(body!==undefined?'→ '+JSON.stringify(body)+'\\n\\n':'')+'← '+(out||'(no body)')));
  li.appendChild(d);$('log').insertBefore(li,$('log').firstChild);
}

function api(method,path,body,opts){
  opts=opts||{};var headers={accept:'application/json'};
  if(st.token&&!opts.anonymous)headers.authorization='Bearer '+st.token;
  if(body!==undefined)headers['content-type']='application/json';
  if(method!=='GET'&&!opts.anonymous)headers['idempotency-key']=opts.key||('demo-'+Date.now().toString(36)+'-'+(++st.seq));
  var t0=performance.now();
  return fetch(path,{method:method,headers:headers,body:body===undefined?undefined:JSON.stringify(body)}).then(function(r){
    return r.text().then(function(text){
      log(method,path,body,r.status,text,performance.now()-t0,r.headers.get('idempotent-replayed')==='true');
      var json=null;try{json=text?JSON.parse(text):null}catch(e){}
      if(!r.ok){var p=json||{};throw new Error((p.title||('HTTP '+r.status))+(p.detail?': '+p.detail:''))}
      return {status:r.status,body:json};
    });
  });
}

function fail(error){$('error').textContent=error.message;$('error').hidden=false}
function step(run){return function(){$('error').hidden=true;Promise.resolve().then(run).catch(fail)}}

function connect(){
  st.shop=$('shop').value;st.token=null;st.receipt=null;render();
  var shop=SHOPS[st.shop];$('key').value=shop.key;
  buildItems();
  return api('POST','/v1/auth/token',{api_key:$('key').value},{anonymous:true}).then(function(a){
    st.token=a.body.token;
    return api('POST','/v1/terminals/me/display-tokens',undefined,{key:'demo-display'});
  }).then(function(a){$('display').src=a.body.display_url;$('phone').src='about:blank';$('ready').textContent=shop.name});
}

function buildItems(){
  var box=$('items');box.textContent='';
  SHOPS[st.shop].items.forEach(function(item){
    var b=el('button',{'type':'button','class':'item'});b.appendChild(el('span',{},item.name));
    b.appendChild(el('small',{},item.quantity+' × '+money(item.unit_price)+' · VAT '+item.vat_rate));
    b.onclick=step(function(){return addItem(item)});box.appendChild(b);
  });
  var sel=$('delivery');sel.textContent='';
  SHOPS[st.shop].delivery.forEach(function(d){sel.appendChild(el('option',{value:d},d))});
}

function addItem(item){
  var line={name:item.name,quantity:item.quantity,unit_price:item.unit_price,vat_rate:item.vat_rate};
  if(!st.receipt||st.receipt.status!=='open'){
    return api('POST','/v1/receipts',{lines:[line]}).then(function(a){st.receipt=a.body;$('phone').src='about:blank';$('print').hidden=true;render()});
  }
  return api('POST','/v1/receipts/'+st.receipt.id+'/lines',line).then(function(a){st.receipt=a.body.receipt;render()});
}

function render(){
  var r=st.receipt,open=!!r&&r.status==='open',body=$('lines');body.textContent='';
  (r?r.lines:[]).forEach(function(l){
    var tr=el('tr',{'class':l.voided?'void':''});tr.appendChild(el('td',{},l.name));tr.appendChild(el('td',{'class':'n'},l.quantity));
    tr.appendChild(el('td',{'class':'n'},money(l.amount)));var td=el('td');
    if(open&&!l.voided){var b=el('button',{'type':'button','class':'x','title':'Void line'},'×');b.onclick=step(function(){
      return api('DELETE','/v1/receipts/'+r.id+'/lines/'+l.id).then(function(a){st.receipt=a.body;render()})});td.appendChild(b)}
    tr.appendChild(td);body.appendChild(tr);
  });
  $('status').textContent=r?r.status+(r.fiscal?' · '+r.fiscal.number_text:''):'no receipt';
  $('total').textContent=r?money(r.total):'';$('due').textContent=r?money(r.due):'';
  $('amount').value=r&&r.due>0?(r.due/100).toFixed(2):'';
  ['pay','finalize','cancel','scan'].forEach(function(id){$(id).disabled=!open});
  $('choice').hidden=!(open&&r.qr_choice);
}

$('pay').onclick=step(function(){
  var amount=Math.round(Number($('amount').value)*100);
  return api('POST','/v1/receipts/'+st.receipt.id+'/payments',{method:$('method').value,amount:amount}).then(function(a){st.receipt=a.body.receipt;render()});
});
function finalize(delivery){
  var body={delivery:delivery},c=$('contact').value.trim();
  if(delivery==='sms')body.contact={phone:c};if(delivery==='email')body.contact={email:c};
  return api('POST','/v1/receipts/'+st.receipt.id+'/finalize',body).then(function(a){
    st.receipt=a.body;render();
    if(a.body.print){$('print').textContent=a.body.print.text;$('print').hidden=false}
  });
}
$('finalize').onclick=step(function(){return finalize($('delivery').value)});
function answer(choice){return api('POST','/v1/receipts/'+st.receipt.id+'/qr-choice',{answer:choice}).then(function(a){st.receipt=a.body;render()})}
$('qr-ok').onclick=step(function(){return answer('ok')});
$('qr-change').onclick=step(function(){return answer('change').then(function(){return finalize('print')})});
$('cancel').onclick=step(function(){return api('POST','/v1/receipts/'+st.receipt.id+'/cancel').then(function(a){st.receipt=a.body;render()})});
$('scan').onclick=function(){if(st.receipt)$('phone').src=st.receipt.customer_url};
$('shop').onchange=step(connect);
$('key').onchange=step(function(){SHOPS[st.shop].key=$('key').value;return connect()});
step(connect)();
})();`;
