/** What Preflight keeps and where, first thing on the page: reports hold real contact data. */
export function Privacy() {
  return (
    <section class="privacy" aria-labelledby="privacy-title" data-section="privacy">
      <h2 id="privacy-title">Your contacts stay on this device</h2>
      <p>
        Preflight checks each file inside this browser. Nothing is sent anywhere: no server, no
        account, no telemetry.
      </p>
      <p>
        Every report keeps the contact data of the file it checked (its rows, the cleaned and the
        rejected file) in this browser's storage, on this device only, for as long as you choose
        below. The contacts export you load here is kept the same way.
      </p>
      <p>
        To delete reports, open the reports page: delete them one by one, or all at once with{' '}
        <strong>Clear all</strong>. Removing the contacts export below deletes it; removing the
        extension deletes everything it kept.
      </p>
    </section>
  );
}
