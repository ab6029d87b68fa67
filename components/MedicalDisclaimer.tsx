export function MedicalDisclaimer() {
  return (
    <p className="disclaimer" role="note">
      General information, not medical advice. If you have pain, an injury or a health condition, see a doctor or
      physiotherapist before trying this.
    </p>
  );
}
