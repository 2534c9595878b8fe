/** Spanish: los errores de uso de `session-checkup serve` (src/commands/serve.ts). */
import type { serve as english } from '../en/serve.js'

export const serve = {
  'serve.flag.number': '{flag} acepta un número de {min} a {max}; usted escribió "{value}".',
  'serve.flag.whole': '{flag} acepta un número entero de {min} a {max}; usted escribió "{value}".',
  'serve.flag.pem': '{flag}: no se pudo leer "{file}".',
  'serve.flag.cors':
    '--cors acepta un solo origen web, como https://practice.example.org (sin ruta); usted escribió "{value}".',
  'serve.flag.certKey': '--cert y --key van juntos: escriba los dos para servir HTTPS, o ninguno para HTTP.',
  'serve.flag.port': '--port acepta un número entero de 0 a 65535.',
  'serve.listen': 'No se pudo escuchar en {host}, puerto {port}: {why}.',
  'serve.listen.inUse': 'ese puerto ya está en uso',
  'serve.listen.noPermission': 'este usuario no puede usar ese puerto',
  'serve.listen.notHere': 'esa dirección no es de esta computadora',
} as const satisfies { readonly [K in keyof typeof english]: string }
