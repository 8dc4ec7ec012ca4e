export default function HomePage() {
  return (
    <>
      <h1>Interpersonal Psychotherapy (IPT)</h1>
      <p>A talking therapy for depression that helps with the relationships around you.</p>
    </>
  );
}
