// Start-up decomposition: the core's bundle for the typical use, imported and not called, so the
// page pays only for parsing it (the functions stay reachable, so nothing is shaken off).
import { createCrisp, setSessionData, setUser } from '@crispkit/core';

Object.assign(window, { crispkit: { createCrisp, setSessionData, setUser } });
