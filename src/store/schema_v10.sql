-- Schema 10: every session has its secret (the key of its judges' sheet signatures) from the
-- moment it exists. It used to be made on the first read that needed it, a write hidden in a
-- read; a session file from before gets its secret here, once.
UPDATE session SET secret = lower(hex(randomblob(32))) WHERE secret = '';
