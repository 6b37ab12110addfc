-- Schema 8: 原编号 — where a lesson came from, level by level, as the lower levels' hand-offs carry it
-- (`玄武区:L00012(86.50) → 南京:L00003(88.00)`); empty for a lesson first entered in this session.
ALTER TABLE lesson ADD COLUMN origin TEXT NOT NULL DEFAULT '';
