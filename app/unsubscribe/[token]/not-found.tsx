/** A plain answer to an unsubscribe link that is not valid (altered, cut, or made up), in both languages the team writes. */
export default function UnsubscribeNotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <h1 className="text-lg font-semibold text-slate-900">This unsubscribe link is not valid</h1>
        <p className="mt-2 text-sm text-slate-600">Open the link from the email again, or reply to the email and ask to be removed.</p>
        <p lang="es" className="mt-4 text-sm text-slate-600">Este enlace para cancelar la suscripción no es válido. Abra de nuevo el enlace del correo, o responda al correo y pida que lo den de baja.</p>
      </div>
    </main>
  );
}
