// The printed sheet's "🖨 Print" button: a file of its own, as the CSP allows no inline script.
document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("print-sheet")?.addEventListener("click", () => window.print());
});
