import type { Pools } from "./messages-en";

/** Spanish bodies for Spanish-speaking clients, in the same consultative tone. */
export const ES: Pools = {
  "seller.new": [
    ["in", 0.3, "Hola, vi su letrero en {street}. Estamos pensando en vender. ¿Cuánto valen las casas ahorita en {city}?", true],
    ["in", 0.2, "Buenas tardes, llené el formulario del valor de mi casa. ¿Me pueden dar informes?", true],
    ["out", 0.5, "Hola {first}, soy {agent} del equipo de Jorge Salas. Gracias por escribirnos sobre su casa en {street}. ¿Qué le hace pensar en vender?"],
  ],
  "seller.qualifying": [
    ["out", 0.4, "Gracias, {first}. ¿Le funcionaría vender en los próximos 30 a 45 días?"],
    ["out", 0.4, "¿La casa está lista para mudarse o necesita algunos arreglos?"],
    ["out", 0.4, "¿Qué precio le parecería justo? Sin presión, solo nos ayuda a orientarnos."],
    ["in", 0.4, "Sí, 30 a 45 días nos funciona.", true],
    ["in", 0.4, "Nos mudamos más cerca de la familia.", true],
    ["in", 0.2, "Está en buenas condiciones, solo falta pintar.", true],
    ["in", 0, "Todavía lo estamos pensando.", false],
  ],
  "buyer.new": [
    ["in", 0.3, "Hola, buscamos casa en {city} cerca de {price}. ¿Nos puede ayudar?", true],
    ["out", 0.5, "Hola {first}, soy {agent} del equipo de Jorge Salas. Con gusto le ayudo a encontrar casa en {city}. ¿Qué rango de precio tiene en mente?"],
  ],
  "buyer.qualifying": [
    ["out", 0.4, "¿Ya tiene una preaprobación de préstamo? Le puedo recomendar prestamistas locales de confianza."],
    ["out", 0.4, "¿Cuántas recámaras necesita y es importante tener patio?"],
    ["in", 0.5, "Ya estamos preaprobados hasta {price}.", true],
    ["in", 0.4, "Necesitamos {beds} recámaras y un patio para los niños.", true],
  ],
  "buyer.showing": [
    ["out", 0.5, "Le confirmo la cita para el {day} a las {time}. Nos vemos en la puerta."],
    ["in", 0.6, "Nos gustó mucho la casa de {street}. ¿Qué nos recomienda ofrecer?", true],
  ],
  nurture: [
    ["out", 0.4, "Hola {first}, solo quería dar seguimiento. ¿Le gustaría platicar esta semana?"],
    ["out", 0.3, "Sin prisa, {first}. ¿Cuándo le queda bien que le llame?"],
    ["in", 0.3, "Sí, llámeme el jueves en la tarde por favor.", true],
    ["in", 0, "Todavía lo estamos pensando.", false],
  ],
  contract: [
    ["out", 0.6, "Buenas noticias, {first}: el avalúo salió en el valor. Lo siguiente es quitar la contingencia del préstamo."],
    ["in", -0.2, "¿Va todo bien con el préstamo? Estamos un poco nerviosos.", true],
    ["out", 0.7, "¡Felicidades, {first}! Ya estamos en escrow. El depósito vence el {day}; por favor llame a escrow para verificar antes de transferir."],
    ["out", 0.3, "Recordatorio: la contingencia de inspección termina el {day}. Avíseme si quiere pedir reparaciones."],
    ["in", 0.7, "Gracias por mantenernos informados.", true],
  ],
  closed: [
    ["out", 0.8, "¡Felicidades por su nueva casa, {first}! Fue un gusto trabajar con ustedes."],
    ["in", 0.9, "¡Muchas gracias por todo!", true],
  ],
  lost: [
    ["out", 0.3, "Entendido, {first}. Si sus planes cambian, aquí estamos para ayudarle."],
    ["in", -0.1, "Por ahora vamos a esperar.", false],
  ],
  general: [
    ["out", 0.4, "Hola {first}, solo quería saber cómo van sus planes. Aquí estoy para lo que necesite."],
    ["out", 0.5, "Le mando la información que platicamos sobre {street}. Cualquier pregunta, con gusto se la contesto."],
    ["out", 0.5, "¿Le queda bien el {day} a las {time} para vernos?"],
    ["in", 0.3, "Gracias, le aviso pronto.", true],
    ["in", 0.5, "Sí, el {day} está bien.", true],
    ["in", 0.2, "¿Cuánto cree que podamos sacar por la casa?", true],
  ],
};

/** Day names for {day}, indexed like Date.getUTCDay. */
export const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const WEEKDAYS_ES = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"] as const;
