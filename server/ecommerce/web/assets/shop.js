// Progressive touches only: every page works without this file (forms post, buttons submit).
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    // Cart: a changed quantity is saved at once (the "Update" buttons stay for keyboards and for no JavaScript).
    document.querySelectorAll(".qty-form input.qty").forEach(function (input) {
        input.addEventListener("change", function () {
            if (input.value !== "" && input.form.requestSubmit) {
                input.form.requestSubmit();
            }
        });
    });

    // Checkout: show the totals of the chosen delivery method only (without JavaScript both are listed).
    var radios = document.querySelectorAll("input[name=delivery_method]");
    function showTotals() {
        var chosen = document.querySelector("input[name=delivery_method]:checked");
        document.querySelectorAll(".totals[data-method]").forEach(function (block) {
            block.hidden = chosen !== null && block.getAttribute("data-method") !== chosen.value;
        });
    }
    radios.forEach(function (radio) { radio.addEventListener("change", showTotals); });
    if (radios.length > 0) {
        showTotals();
    }

    // A second click on "Place order" while the first is on its way would only wait for the same checkout.
    document.querySelectorAll("form.checkout").forEach(function (form) {
        form.addEventListener("submit", function () {
            var button = form.querySelector("#place-order");
            if (button) {
                window.setTimeout(function () { button.disabled = true; }, 0);
            }
        });
    });
})();
