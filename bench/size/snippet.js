// Typical use with Crisp's raw inline snippet and direct $crisp pushes.
/* global $crisp */
window.$crisp = [];
window.CRISP_WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';
(function () {
  var d = document,
    s = d.createElement('script');
  s.src = 'https://client.crisp.chat/l.js';
  s.async = 1;
  d.getElementsByTagName('head')[0].appendChild(s);
})();
$crisp.push(['set', 'user:email', ['ada@example.com']]);
$crisp.push([
  'set',
  'session:data',
  [
    [
      ['plan', 'pro'],
      ['seats', 3],
    ],
  ],
]);
$crisp.push([
  'on',
  'message:received',
  function (message) {
    console.log(message.content);
  },
]);
document.querySelector('#help').addEventListener('click', function () {
  $crisp.push(['do', 'chat:open']);
});
