// systeminformation ships types for its index only; its battery reader alone is typed in system-info.ts.
declare module 'systeminformation/lib/battery.js'
