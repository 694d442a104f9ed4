/**
 * The directory's type filter: hides entries of other types and empty
 * letters. Without JavaScript the whole list shows, which is fine.
 */
export function filterDirectory(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-directory-filter]');
  const select = form?.querySelector<HTMLSelectElement>('select[name="type"]');
  const status = form?.querySelector<HTMLElement>('[data-directory-status]');
  if (!form || !select || !status) return;
  form.addEventListener('submit', (event) => event.preventDefault());
  const apply = () => {
    const type = select.value;
    let shown = 0;
    for (const section of root.querySelectorAll<HTMLElement>('.directory-letter')) {
      let inSection = 0;
      for (const item of section.querySelectorAll<HTMLElement>('li[data-type]')) {
        const visible = !type || item.dataset['type'] === type;
        item.hidden = !visible;
        if (visible) inSection++;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    status.textContent = type ? `Showing ${shown} ${select.selectedOptions[0]?.text.replace(/\s*\(\d+\)$/, '').toLowerCase()}` : '';
    const url = new URL(location.href);
    if (type) url.searchParams.set('type', type);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
  };
  const initial = new URL(location.href).searchParams.get('type');
  if (initial && [...select.options].some((o) => o.value === initial)) select.value = initial;
  select.addEventListener('change', apply);
  apply();
}
