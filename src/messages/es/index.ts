/**
 * Every sentence a person reads, in Spanish (issue 16): neutral Latin-American Spanish that US
 * clients read easily, addressing the reader as "usted" throughout (as HHS's Spanish telehealth
 * pages for patients do, telehealth.hhs.gov/es), at reading grade 8 or below: short sentences,
 * everyday words, one idea per sentence. Calm; never shame or scare; say what to do. Written as a
 * Spanish-speaking clinic would write it, not word for word. The keys and {placeholders} are the
 * English file's (src/messages/en/); the type makes a missing key a compile error. Product names
 * (Zoom, Teams, Windows, macOS, AnyDesk) and units (Mbit/s, ms) stay as they are; numbers take a
 * decimal comma (src/messages/format.ts). On-screen labels of Windows and macOS are quoted as the
 * Spanish versions show them.
 *
 * Glossary (use these terms):
 *   session → sesión; therapy session → sesión de terapia; therapist → terapeuta;
 *   telehealth → telesalud; video session → sesión por video;
 *   audio/phone session → sesión por teléfono (solo audio); chat session → sesión por chat;
 *   computer → computadora; Wi-Fi → wifi; password → contraseña; network → red; router → router;
 *   network cable → cable de red; connection → conexión; download speed → velocidad de descarga;
 *   upload speed → velocidad de subida; latency → retraso (latencia); jitter → variación del retraso;
 *   packet loss → pérdida de datos; signal → señal; hotspot → punto de acceso (hotspot) del teléfono;
 *   mobile data → datos móviles; VPN → VPN; app → aplicación; notifications → notificaciones;
 *   Do Not Disturb → No molestar; screen recording → grabación de pantalla;
 *   remote access → acceso remoto; battery → batería; charger → cargador; headphones → audífonos;
 *   microphone → micrófono; camera → cámara; checklist → lista de verificación; report → informe;
 *   meeting link → enlace de la sesión; practice → consultorio; privacy → privacidad;
 *   crisis line → línea de crisis; Ready → Todo listo; check (noun) → revisión;
 *   "run the check again" → "vuelva a ejecutar la revisión" or "vuelva a escribir {command}".
 */
import type { Catalogue } from '../catalogue.js'
import { common } from './common.js'
import { wifi } from './wifi.js'
import { apps } from './apps.js'
import { checklist } from './checklist.js'
import { connection } from './connection.js'
import { link } from './link.js'
import { devices } from './devices.js'
import { protection } from './protection.js'
import { crisis } from './crisis.js'
import { report } from './report.js'
import { errors } from './errors.js'
import { serve } from './serve.js'
import { web } from './web.js'

export const es = {
  ...common,
  ...wifi,
  ...apps,
  ...checklist,
  ...connection,
  ...link,
  ...devices,
  ...protection,
  ...crisis,
  ...report,
  ...errors,
  ...serve,
  ...web,
} as const satisfies Catalogue
