// Crisp's raw inline snippet: the baseline for script evaluation time (no session is run).
const w = window as unknown as { $crisp: unknown[]; CRISP_WEBSITE_ID: string };
w.$crisp = [];
w.CRISP_WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8357bbf4b4';
(function () {
  const d = document,
    s = d.createElement('script');
  s.src = 'https://client.crisp.chat/l.js';
  s.async = true;
  d.getElementsByTagName('head')[0]!.appendChild(s);
})();

export default null;
