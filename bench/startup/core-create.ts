// Start-up decomposition: the core's client created, and no call after it (the typical use's
// first line alone), so the page pays for the client's creation only.
import { createCrisp } from '@crispkit/core';

createCrisp({ websiteId: '7598bf86-9ebb-46bc-8d61-be8357bbf4b4' });
