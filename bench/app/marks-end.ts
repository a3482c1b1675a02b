// Evaluated right after the integration's own modules.
performance.mark('integration:end');
