// Every page: after a refused form, move the focus to the error summary so
// keyboard and screen-reader users land on what needs fixing.
(function () {
  "use strict";
  const summary = document.querySelector("form .form-errors[role='alert']");
  if (!summary) return;
  summary.tabIndex = -1;
  summary.focus();
})();
