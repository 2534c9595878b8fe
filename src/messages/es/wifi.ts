/** Spanish: wifi (the glossary is in src/messages/es/index.ts). */
import type { wifi as english } from '../en/wifi.js'

export const wifi = {
  // The Wi-Fi check (src/checks/wifi/).
  'wifi.title': 'Wifi',
  'wifi.activity': 'Revisando su wifi',
  'wifi.summary.protected': 'Su wifi está protegido con contraseña ({protection}).',
  'wifi.summary.protectedWeak':
    'Su wifi está protegido con contraseña ({protection}), pero la señal es débil.',
  'wifi.summary.hotspotProtected':
    'Está usando el punto de acceso (hotspot) de su teléfono, que está protegido con contraseña ({protection}).',
  'wifi.summary.hotspotProtectedWeak':
    'Está usando el punto de acceso (hotspot) de su teléfono, que está protegido con contraseña ({protection}), pero la señal es débil.',
  'wifi.summary.enterprise': 'Su wifi usa un inicio de sesión personal (WPA Enterprise), que protege bien.',
  'wifi.summary.enterpriseWeak':
    'Su wifi usa un inicio de sesión personal (WPA Enterprise), que protege bien, pero la señal es débil.',
  'wifi.summary.ethernet': 'Está conectado por cable, que es privado y estable.',
  'wifi.summary.ethernetWeak': 'Está conectado por cable, que es privado y estable, pero la señal es débil.',
  'wifi.summary.phone':
    'Está conectado a internet por su teléfono, con un cable o por Bluetooth, que es privado.',
  'wifi.summary.phoneWeak':
    'Está conectado a internet por su teléfono, con un cable o por Bluetooth, que es privado, pero la señal es débil.',
  'wifi.summary.cellular': 'Está conectado con datos móviles, que van cifrados.',
  'wifi.summary.cellularWeak': 'Está conectado con datos móviles, que van cifrados, pero la señal es débil.',
  'wifi.summary.vpnToo': 'También tiene una VPN encendida.',
  'wifi.summary.vpnTooWeak': 'También tiene una VPN encendida, pero la señal es débil.',
  'wifi.summary.wpa': 'Esta red wifi usa una protección antigua (WPA) que se puede romper.',
  'wifi.summary.hotspotWpa':
    'El punto de acceso (hotspot) de su teléfono usa una protección antigua (WPA) que se puede romper.',
  'wifi.summary.owe':
    'Esta red wifi está cifrada, pero cualquier persona cercana puede conectarse sin contraseña.',
  'wifi.summary.hotspotOwe':
    'El punto de acceso (hotspot) de su teléfono está cifrado, pero cualquier persona cercana puede conectarse sin contraseña.',
  'wifi.summary.open':
    'Esta red wifi no tiene contraseña, así que las personas cercanas podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.hotspotOpen':
    'El punto de acceso (hotspot) de su teléfono no tiene contraseña, así que las personas cercanas podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.openVpn':
    'Esta red wifi no tiene contraseña, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.hotspotOpenVpn':
    'El punto de acceso (hotspot) de su teléfono no tiene contraseña, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.wep':
    'Esta red wifi usa WEP, una protección antigua y fácil de romper, así que las personas cercanas podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.hotspotWep':
    'El punto de acceso (hotspot) de su teléfono usa WEP, una protección antigua y fácil de romper, así que las personas cercanas podrían ver qué aplicaciones y sitios usa.',
  'wifi.summary.wepVpn':
    'Esta red wifi usa WEP, una protección antigua y fácil de romper, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.hotspotWepVpn':
    'El punto de acceso (hotspot) de su teléfono usa WEP, una protección antigua y fácil de romper, pero su VPN está encendida y protege lo que envía.',
  'wifi.summary.radioOff': 'El wifi está apagado y esta computadora no tiene otra conexión.',
  'wifi.summary.noWifiHardware': 'Esta computadora no tiene wifi y no está conectada a una red.',
  'wifi.summary.notConnected': 'Esta computadora no está conectada a una red en este momento.',
  'wifi.summary.linkUnknown': 'No pudimos saber cómo se conecta esta computadora a internet.',
  'wifi.summary.windowsLocationOff':
    'Windows no nos dejó ver cómo está protegido su wifi, porque el acceso a la ubicación está apagado para las aplicaciones de escritorio.',
  'wifi.summary.macosUnreadable': 'macOS no nos dijo cómo está protegido su wifi.',
  'wifi.summary.linuxNoTools':
    'No pudimos ver cómo está protegido su wifi, porque este sistema Linux no tiene NetworkManager (nmcli) ni la herramienta iw.',
  'wifi.summary.linuxNotReadable': 'No pudimos ver cómo está protegido su wifi en este sistema Linux.',
  'wifi.summary.unrecognised': 'Su computadora indicó un tipo de protección de wifi que no conocemos.',
  'wifi.step.joinProtected': 'Conéctese a una red wifi que pida contraseña, como la red de su casa.',
  'wifi.step.phoneHotspot': 'O use el punto de acceso (hotspot) de su teléfono, con una contraseña puesta.',
  'wifi.step.phoneHotspotFirst':
    'Use el punto de acceso (hotspot) de su teléfono, con una contraseña puesta.',
  'wifi.step.cable': 'O conecte un cable de red, si su computadora tiene dónde conectarlo.',
  'wifi.step.cableFirst': 'Conecte un cable de red, si su computadora tiene dónde conectarlo.',
  'wifi.step.clinicVpn': 'Si su clínica le recomienda una VPN, enciéndala antes de la sesión.',
  'wifi.step.keepVpn': 'Deje su VPN encendida durante toda la sesión.',
  'wifi.step.hotspotPassword':
    'Ponga una contraseña al punto de acceso (hotspot) en la configuración del teléfono y vuelva a conectarse.',
  'wifi.step.routerUpgrade':
    'Para arreglarlo del todo, configure su router con WPA2 o WPA3; el manual del router o su proveedor de internet le pueden ayudar.',
  'wifi.step.joinProtectedLater': 'Cuando pueda, conéctese mejor a una red que pida contraseña.',
  'wifi.step.moveCloser': 'Acérquese al router, o use un cable, para que la llamada se oiga y se vea bien.',
  'wifi.step.weakSignal':
    'La señal de su wifi es débil: acérquese al router, o use un cable, para que el chat no se corte.',
  'wifi.step.weakSignalToo':
    'Además, la señal de su wifi es débil: acérquese al router, o use un cable, para que la llamada se oiga y se vea bien.',
  'wifi.step.runAgain': 'Después, vuelva a escribir {command}.',
  'wifi.step.turnWifiOn': 'Encienda el wifi y conéctese a la red de su casa, o conecte un cable de red.',
  'wifi.step.cableOrUsbHotspot':
    'Conecte un cable de red, o conecte su teléfono con un cable USB y encienda su punto de acceso (hotspot).',
  'wifi.step.joinHome': 'Conéctese al wifi de su casa o conecte un cable de red.',
  'wifi.step.checkPasswordOrCable':
    'Si usa wifi, recuerde si le pidió contraseña la primera vez que se conectó; si no se la pidió, use un cable o una red con contraseña.',
  'wifi.step.askedForPassword':
    'Si su wifi le pidió contraseña la primera vez que se conectó, está protegido.',
  'wifi.step.otherwiseSwitch': 'Si no se la pidió, conéctese a una red que pida contraseña, o use un cable.',
  'wifi.step.windowsLocation':
    'Para que {app} lo pueda ver: abra Configuración › Privacidad y seguridad › Ubicación, active "Servicios de ubicación" y "Permitir que las aplicaciones de escritorio accedan a tu ubicación" (así lo dice Windows), y vuelva a escribir {command}. (Para abrir esa página rápido, presione la tecla de Windows y la R a la vez, escriba ms-settings:privacy-location y presione Enter.)',
  'wifi.step.windowsCheckYourself':
    'O revíselo usted: abra Configuración › Red e Internet › Wi-Fi › las propiedades de su red y mire "Tipo de seguridad". WPA2 o WPA3 está bien; "Abierta" o "WEP" quiere decir que es mejor cambiar a una red con contraseña.',
  'wifi.step.macosCheckYourself':
    'Revíselo usted: mantenga presionada la tecla Opción y haga clic en el ícono de wifi en la barra de menús. Junto a "Seguridad", WPA2 o WPA3 está bien; "Ninguna" o "WEP" quiere decir que es mejor cambiar a una red con contraseña.',
  'wifi.step.macosLocation':
    'Si macOS le pregunta si su aplicación de terminal puede usar la Localización, permitirlo deja que macOS comparta los datos del wifi. {app} nunca usa su ubicación.',
  'wifi.step.installIw':
    'Para que {app} lo pueda ver, instale el paquete iw (por ejemplo: sudo apt install iw) y vuelva a escribir {command}.',
  'wifi.step.runAgainLater':
    'Vuelva a escribir {command} en un minuto: los datos del wifi suelen aparecer después de la siguiente búsqueda de redes.',
  'wifi.label.connection': 'Conexión',
  'wifi.label.security': 'Seguridad del wifi',
  'wifi.label.vpn': 'VPN encendida',
  'wifi.label.signal': 'Señal',
  'wifi.label.band': 'Banda',
  'wifi.grade.open': 'Abierta (sin contraseña)',
  'wifi.grade.owe': 'Abierta mejorada (sin contraseña)',
  'wifi.grade.wep': 'WEP (antigua)',
  'wifi.grade.wpa': 'WPA (antigua)',
  'wifi.grade.wpa2-personal': 'WPA2 (con contraseña)',
  'wifi.grade.wpa3-personal': 'WPA3 (con contraseña)',
  'wifi.grade.enterprise': 'WPA Enterprise (inicio de sesión personal)',
  'wifi.grade.unknown': 'Desconocida',
  'wifi.link.wifi': 'Wifi',
  'wifi.link.ethernet': 'Cable (Ethernet)',
  'wifi.link.phone': 'Teléfono (cable o Bluetooth)',
  'wifi.link.cellular': 'Datos móviles',
  'wifi.link.none': 'Sin conexión',
  'wifi.link.unknown': 'Desconocida',
} as const satisfies { readonly [K in keyof typeof english]: string }
