/** The unsubscribe page's words, in the client's language. */
export const UNSUBSCRIBE_WORDS = {
  en: {
    title: "Unsubscribe",
    ask: (team: string) => `Stop getting emails from ${team}?`,
    explain: "Confirm below and the team will send you no more emails. Texts and calls you agreed to are not affected.",
    confirm: "Unsubscribe from emails",
    done: (team: string) => `You will get no more emails from ${team}.`,
    doneNote: "You can close this page. If you change your mind, let the team know.",
  },
  es: {
    title: "Cancelar suscripción",
    ask: (team: string) => `¿Dejar de recibir correos de ${team}?`,
    explain: "Confirme abajo y el equipo no le enviará más correos. Los mensajes de texto y las llamadas que aceptó no cambian.",
    confirm: "Cancelar la suscripción a los correos",
    done: (team: string) => `No recibirá más correos de ${team}.`,
    doneNote: "Puede cerrar esta página. Si cambia de opinión, avísele al equipo.",
  },
} as const;
