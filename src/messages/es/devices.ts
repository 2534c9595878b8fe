/** Spanish: devices (the glossary is in src/messages/es/index.ts). */
import type { devices as english } from '../en/devices.js'

export const devices = {
  // ── The devices check (src/checks/devices/).
  // One summary per finding (src/checks/devices/wording.ts says which steps go with it). No app or device name ever appears.
  'devices.summary.camera.none':
    'No encontramos una cámara en esta computadora, así que su terapeuta no podrá ver su imagen.',
  'devices.summary.microphone.none':
    'No encontramos un micrófono en esta computadora, así que su terapeuta no podrá oír su voz.',
  'devices.summary.camera.blocked.windows-device':
    'La cámara está desactivada para todas las personas de esta computadora en la configuración de privacidad de Windows, así que ninguna aplicación puede usarla.',
  'devices.summary.camera.blocked.windows-all-apps':
    'La configuración de privacidad de Windows no deja que ninguna aplicación use su cámara, así que su aplicación de video no podrá mostrar su imagen.',
  'devices.summary.camera.blocked.windows-desktop-apps':
    'La configuración de privacidad de Windows no deja que las aplicaciones de escritorio, como su navegador web y Zoom, usen su cámara.',
  'devices.summary.camera.blocked.windows-device-disabled':
    'Su cámara está desactivada en Windows, así que ninguna aplicación puede usarla.',
  'devices.summary.camera.blocked.linux-permission':
    'Su cuenta de usuario no tiene permiso para usar la cámara en esta computadora.',
  'devices.summary.camera.blocked.linux-gnome-privacy':
    'La cámara está desactivada en la configuración de privacidad de su escritorio, así que las aplicaciones que la piden (como los navegadores instalados con Flatpak o Snap) no pueden usarla.',
  'devices.summary.microphone.blocked.windows-device':
    'El micrófono está desactivado para todas las personas de esta computadora en la configuración de privacidad de Windows, así que ninguna aplicación puede usarlo.',
  'devices.summary.microphone.blocked.windows-all-apps':
    'La configuración de privacidad de Windows no deja que ninguna aplicación use su micrófono, así que su terapeuta no podrá oír su voz.',
  'devices.summary.microphone.blocked.windows-desktop-apps':
    'La configuración de privacidad de Windows no deja que las aplicaciones de escritorio, como su navegador web y Zoom, usen su micrófono.',
  'devices.summary.microphone.blocked.windows-endpoint-disabled':
    'Su micrófono está desactivado en la configuración de sonido de Windows, así que ninguna aplicación puede usarlo.',
  'devices.summary.microphone.blocked.linux-gnome-privacy':
    'El micrófono está desactivado en la configuración de privacidad de su escritorio, así que las aplicaciones que lo piden (como los navegadores instalados con Flatpak o Snap) no pueden usarlo.',
  'devices.summary.camera.in-use':
    'Otra aplicación está usando su cámara ahora mismo, y una cámara suele funcionar con una sola aplicación a la vez.',
  'devices.summary.microphone.in-use': 'Otra aplicación está usando su micrófono ahora mismo.',
  'devices.summary.microphone.muted.linux':
    'Su micrófono está silenciado, así que su terapeuta no oirá su voz.',
  'devices.summary.microphone.muted.darwin':
    'El volumen de entrada de su micrófono está en cero, así que su terapeuta no oirá su voz.',
  'devices.summary.microphone.low.linux':
    'El volumen de su micrófono está muy bajo, así que puede que su terapeuta casi no oiga su voz.',
  'devices.summary.microphone.low.darwin':
    'El volumen de entrada de su micrófono está muy bajo, así que puede que su terapeuta casi no oiga su voz.',
  'devices.summary.camera.unknown': 'No pudimos revisar su cámara en esta computadora.',
  'devices.summary.microphone.unknown': 'No pudimos revisar su micrófono en esta computadora.',
  'devices.summary.readyVideo': 'Encontramos su cámara y su micrófono, y no vemos nada que los bloquee.',
  'devices.summary.readyAudio': 'Encontramos su micrófono, y no vemos nada que lo bloquee.',
  'devices.summary.textSession':
    'Una sesión por chat no necesita la cámara ni el micrófono, así que no los revisamos.',
  'devices.step.runAgain': 'Luego vuelva a escribir {command}.',
  'devices.step.audioInstead':
    'Si no puede arreglarlo a tiempo, pregunte a su terapeuta si puede tener una sesión por teléfono (solo audio).',
  'devices.step.plugInWebcam':
    'Si usa una cámara web aparte, conéctela ahora, espere unos segundos y vuelva a ejecutar la revisión.',
  'devices.step.phoneOrTablet': 'O únase a la sesión desde un teléfono o una tableta, que ya traen cámara.',
  'devices.step.plugInHeadset':
    'Conecte unos audífonos con micrófono, o conecte sus audífonos Bluetooth, y vuelva a ejecutar la revisión.',
  'devices.step.phone': 'O únase a la sesión desde un teléfono, que ya trae micrófono.',
  'devices.step.greyedOut':
    'Si el interruptor aparece en gris, su organización administra esta computadora: pida ayuda a su equipo de informática, o use otro dispositivo para la sesión.',
  'devices.step.windowsCameraAccess':
    'Abra Configuración › Privacidad y seguridad › Cámara y active "Acceso a la cámara". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-webcam y presione Enter.)',
  'devices.step.windowsCameraApps':
    'Abra Configuración › Privacidad y seguridad › Cámara y active "Permitir que las aplicaciones accedan a la cámara" y "Permitir que las aplicaciones de escritorio accedan a la cámara". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-webcam y presione Enter.)',
  'devices.step.windowsCameraDesktopApps':
    'Abra Configuración › Privacidad y seguridad › Cámara y active "Permitir que las aplicaciones de escritorio accedan a la cámara". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-webcam y presione Enter.)',
  'devices.step.windowsCameraEnable':
    'Abra Configuración › Bluetooth y dispositivos › Cámaras, elija su cámara y seleccione "Habilitar". (En Windows 10: haga clic derecho en el botón Inicio, abra el Administrador de dispositivos, busque su cámara en Cámaras, haga clic derecho en ella y elija "Habilitar dispositivo".)',
  'devices.step.linuxLogInAgain':
    'Cierre la sesión de su cuenta y vuelva a entrar en la misma computadora (no por una conexión remota); así casi siempre puede usar la cámara.',
  'devices.step.linuxVideoGroup':
    'Si aún no funciona, pida a quien cuida esta computadora que le agregue al grupo "video" (sudo usermod -aG video SU-NOMBRE-DE-USUARIO). Luego cierre la sesión de su cuenta y vuelva a entrar.',
  'devices.step.linuxCameraPrivacy': 'Abra Configuración › Privacidad › Cámara y active "Cámara".',
  'devices.step.windowsMicrophoneAccess':
    'Abra Configuración › Privacidad y seguridad › Micrófono y active "Acceso al micrófono". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-microphone y presione Enter.)',
  'devices.step.windowsMicrophoneApps':
    'Abra Configuración › Privacidad y seguridad › Micrófono y active "Permitir que las aplicaciones accedan al micrófono" y "Permitir que las aplicaciones de escritorio accedan al micrófono". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-microphone y presione Enter.)',
  'devices.step.windowsMicrophoneDesktopApps':
    'Abra Configuración › Privacidad y seguridad › Micrófono y active "Permitir que las aplicaciones de escritorio accedan al micrófono". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:privacy-microphone y presione Enter.)',
  'devices.step.windowsMicrophoneEnable':
    'Abra Configuración › Sistema › Sonido, elija su micrófono en "Entrada" y seleccione "Permitir". (Para abrir esa página rápido, presione a la vez la tecla de Windows y la tecla R, escriba ms-settings:sound y presione Enter.)',
  'devices.step.linuxMicrophonePrivacy': 'Abra Configuración › Privacidad › Micrófono y active "Micrófono".',
  'devices.step.closeCameraApp':
    'Cierre la otra aplicación antes de la sesión, a menos que sea la aplicación que va a usar para la sesión. ({command} --verbose muestra qué aplicación es.)',
  'devices.step.closeMicrophoneApp':
    'Cierre la otra aplicación antes de la sesión, a menos que sea la aplicación que va a usar para la sesión, para que no pueda tomar ni oír su sonido. ({command} --verbose muestra qué aplicación es.)',
  'devices.step.linuxUnmute':
    'Abra Configuración › Sonido, busque "Entrada" y active el micrófono (o presione la tecla del micrófono en su teclado, si tiene una).',
  'devices.step.macosInputVolume':
    'Abra Ajustes del Sistema › Sonido › Entrada, elija su micrófono y suba "Volumen de entrada" por lo menos hasta la mitad.',
  'devices.step.linuxInputVolume':
    'Abra Configuración › Sonido, busque "Entrada" y suba el volumen del micrófono por lo menos hasta la mitad.',
  'devices.step.testCamera':
    'Antes de la sesión, abra la configuración de su aplicación de video y revise que ahí se vea su imagen.',
  'devices.step.testMicrophone':
    'Antes de la sesión, abra la configuración de la aplicación que usará para la sesión, hable y revise que el nivel del micrófono se mueva.',

  // Tips for what this check cannot see; added once, at the end.
  'devices.step.cameraCover':
    'No podemos ver si la cámara está tapada, si un interruptor de privacidad la apaga o si la computadora portátil está cerrada. Si es así, destape la cámara, encienda el interruptor o abra la computadora antes de la sesión.',
  'devices.step.macosPrivacy':
    'Si la aplicación que usará para la sesión dice que no puede usar la cámara o el micrófono, actívelos para esa aplicación en Ajustes del Sistema › Privacidad y seguridad › Cámara (y › Micrófono). {app} no puede leer esa lista sin pedir permisos adicionales.',
  'devices.label.cameraFound': 'Cámara encontrada',
  'devices.label.microphoneFound': 'Micrófono encontrado',
  'devices.label.cameraAllowed': 'Cámara permitida',
  'devices.label.microphoneAllowed': 'Micrófono permitido',
  'devices.label.cameraInUse': 'Cámara en uso por otra aplicación',
  'devices.label.microphoneInUse': 'Micrófono en uso por otra aplicación',
  'devices.label.microphoneMuted': 'Micrófono silenciado',
  'devices.label.microphoneVolume': 'Volumen del micrófono',
  'devices.title': 'Cámara y micrófono',
  'devices.activity': 'Revisando su cámara y su micrófono',
} as const satisfies { readonly [K in keyof typeof english]: string }
