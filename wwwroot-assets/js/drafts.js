// Keeps what an SDR types in a qualification form in this browser as they type, independent of the
// server connection: if the connection drops or the page reloads before the server saved it, the
// form restores it. Fields are marked with data-draft-field; the form carries the revision it was
// loaded at (data-base-revision), so a restore never overwrites someone else's later save silently.

function collect(form) {
    const fields = {};
    form.querySelectorAll('[data-draft-field]').forEach(el => {
        if (el.type === 'radio') {
            if (el.checked) fields[el.dataset.draftField] = el.value;
        } else {
            fields[el.dataset.draftField] = el.value;
        }
    });
    return fields;
}

export function watch(form, key) {
    const store = () => localStorage.setItem(key, JSON.stringify({
        savedAt: Date.now(),
        baseRevision: Number(form.dataset.baseRevision),
        fields: collect(form),
    }));
    form.addEventListener('input', store);
    form.addEventListener('change', store);
}

export function read(key) {
    return localStorage.getItem(key);
}

export function clear(key) {
    localStorage.removeItem(key);
}
