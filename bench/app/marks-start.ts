// Evaluated right before the integration's own modules (the shell and React already ran).
performance.mark('integration:start');
