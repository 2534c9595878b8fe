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
  'serve.flag.endpoint':
    '--endpoint acepta la dirección de su servidor de velocidad, como https://speed.practice.example.org, sin usuario, contraseña, consulta ni #; usted escribió "{value}".',
  'serve.flag.endpointAlone':
    '--endpoint va con --write-static: indica el servidor con el que mide la página escrita.',
  'serve.static.noPage':
    'La página web no está compilada aquí, así que no hay nada que copiar; ejecute primero npm run build.',
  'serve.static.notEmpty':
    'No se escribió la página en {dir}: la carpeta tiene otros archivos; indique una carpeta nueva o vacía, o una que --write-static haya escrito antes.',
  'serve.static.failed': 'No se pudo escribir la página en {dir}: {why}.',
  'serve.static.wrote':
    'La página de revisión se escribió en {dir}; solo puede comunicarse con su propia dirección y con {endpoint}.',
  'serve.static.wroteSelf':
    'La página de revisión se escribió en {dir}; solo puede comunicarse con su propia dirección.',
} as const satisfies { readonly [K in keyof typeof english]: string }
