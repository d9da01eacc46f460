// "/" and Ctrl+K (⌘K) put the cursor in the app bar's search box. "/" is a character people type, so it is
// left alone while they type in another field; Ctrl+K types nothing and works from anywhere.
export function listen(input) {
    const typing = target => target instanceof HTMLElement
        && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
    const onKey = e => {
        const slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target);
        const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k";
        if (!slash && !ctrlK)
            return;
        const box = document.getElementById(input);
        if (!box || box === document.activeElement)
            return;
        e.preventDefault();
        box.focus();
        box.select();
    };
    document.addEventListener("keydown", onKey);
    return { dispose: () => document.removeEventListener("keydown", onKey) };
}
