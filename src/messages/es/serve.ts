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
  // What `serve` says when it starts and stops (src/commands/serve.ts), read by whoever runs it.
  'serve.start.ready': 'Servidor de velocidad listo en {url}',
  'serve.start.page': 'Página de revisión web en {url}/',
  'serve.start.pageChecklist': 'Página de revisión web en {url}/, con su lista de verificación',
  'serve.start.measure': 'Para medir con él: {command} --server {url}',
  'serve.start.measureStun': 'Para medir con él: {command} --server {url} --stun {stun}',
  'serve.start.thisComputer': '<esta-computadora>',
  'serve.start.wildcard':
    'Escucha en todas las direcciones de esta computadora: use el nombre o la dirección de esta computadora en lugar de la de arriba.',
  'serve.start.receiveBuffer':
    'El búfer de recepción UDP es de {kb} KB, lo máximo que permite este sistema; durante una inundación de UDP, la pérdida que miden los clientes puede incluir datagramas que el sistema descartó mientras este proceso esperaba un procesador. Para permitir {mb} MB en Linux: sudo sysctl -w net.core.rmem_max={bytes}',
  'serve.start.noUdp':
    'La prueba UDP no pudo iniciarse en este puerto, así que no se puede medir la pérdida de datos con este servidor.',
  'serve.start.impairments': 'Condiciones simuladas: {list}.',
  'serve.impair.rate': 'velocidad de {mbps} Mbit/s en cada sentido',
  'serve.impair.delay': 'retraso de {ms} ms',
  'serve.impair.jitter': 'variación de ±{ms} ms',
  'serve.impair.drop': 'descarte de UDP del {percent} %',
  'serve.start.cors': 'Las páginas web de {origin} pueden usarlo; las de otros sitios no.',
  'serve.start.limits': 'Límites:',
  'serve.limits.connections':
    'conexiones: {total} en total, {perClient} por dirección de cliente (IPv6: por /64, y {per56} por /56, {per48} por /48); las solicitudes sin terminar dejan lugar a conexiones nuevas al llegar al tope; {perConnection} solicitudes y {pipelined} enviadas por adelantado por conexión; encabezado de solicitud de {headKb} KB',
  'serve.limits.time':
    'tiempos máximos: encabezados {headers} s, solicitud completa {request} s, conexión abierta sin uso {idle} s, sin avance {stall} s',
  'serve.limits.stun':
    'STUN: {perSource} respuestas por segundo por dirección de origen (las primeras {burst} de inmediato), {total} por segundo en total, {sources} orígenes recordados, {queued} respuestas demoradas en espera; con más de {shedAbove} llegadas por segundo, se descartan los orígenes que pasan de la mitad de su tasa; se ignoran los puertos de origen menores que 1024',
  'serve.start.stopHint': 'Pulse Ctrl-C para detenerlo.',
  'serve.stopping.drain': 'Deteniendo: dejando terminar las solicitudes en curso (hasta {seconds} s)…',
  'serve.stopping': 'Deteniendo…',
  'serve.stopped': 'Se detuvo. Respondió {requests} solicitudes y {probes} pruebas STUN.',
} as const satisfies { readonly [K in keyof typeof english]: string }
