/**
 * The AI seats' Spanish replies, the same messages as the English ones in the same tone: usted,
 * cordial, never pushy, no emojis, one question each, each under the 320-character SMS line.
 */
export const SPANISH_TEMPLATES: Readonly<Record<string, string>> = {
  "first_touch.seller": "Hola {{firstName}}, le escribe el asistente automatizado del equipo de Jorge Salas en Rancho Cucamonga. Gracias por contactarnos sobre la venta de su casa; unas preguntas rápidas ayudarán al equipo a darle el mejor consejo.",
  "first_touch.buyer": "Hola {{firstName}}, le escribe el asistente automatizado del equipo de Jorge Salas en Rancho Cucamonga. Gracias por contactarnos sobre la compra de una casa; unas preguntas rápidas ayudarán al equipo a encontrar lo que busca.",
  "ask.address": "Para empezar, ¿cuál es la dirección de la casa que piensa vender?",
  "ask.motivation": "Gracias. ¿Qué lo lleva a pensar en vender, y a dónde le gustaría mudarse?",
  "ask.timeline": "Eso ayuda. ¿Le funcionaría vender en los próximos 30 a 45 días, o prefiere una fecha más adelante?",
  "ask.condition": "¿Cómo describiría la casa hoy: lista para mudarse, o necesita algo de trabajo?",
  "ask.price": "Una última por ahora: ¿qué precio le parecería bien por la casa? Un número aproximado está perfecto.",
  "ask.budget": "Para empezar, ¿en qué rango de precio se siente cómodo para su próxima casa?",
  "ask.pre_approval": "Gracias. ¿Ya tiene una pre-aprobación de un prestamista? Si no, no hay problema; el equipo le puede recomendar uno de confianza.",
  "ask.bedrooms": "Muy bien. ¿Cuántas recámaras necesita, y es indispensable tener patio?",
  "ask.move_in": "Una última por ahora: ¿cuándo le gustaría mudarse idealmente?",
  disclosure: "Buena pregunta. Soy el asistente automatizado del equipo de bienes raíces de Jorge Salas. Si prefiere hablar con una persona, solo dígamelo.",
  opt_out_confirmation: "Ya no recibirá más mensajes de nosotros. Responda START para volver a recibirlos.",
  opt_in_confirmation: "Gracias, volverá a recibir mensajes del equipo de Jorge Salas. Responda STOP en cualquier momento para dejar de recibirlos.",
  handoff_to_person: "Gracias, {{firstName}}, esto ayuda mucho. {{seatFirstName}} del equipo de Jorge le llamará dentro de 2 horas para hablar de los siguientes pasos.",
  handoff_to_team: "Gracias, {{firstName}}, esto ayuda mucho. Alguien del equipo de Jorge le llamará dentro de 2 horas para hablar de los siguientes pasos.",
  escalated_to_person: "Gracias por decírmelo. Le paso su mensaje a una persona del equipo de Jorge Salas, y se comunicará con usted en breve.",
  qualified_close: "Gracias, {{firstName}}, con esto tengo todo lo que necesitaba. Alguien del equipo de Jorge Salas le dará seguimiento pronto, y puede escribir aquí cuando guste.",
  "email_subject.first_touch": "Gracias por contactar al equipo de Jorge Salas",
  "email_subject.handoff": "Sus siguientes pasos con el equipo de Jorge Salas",
};
