// MDO-modus: nothing typed is lost during the meeting.
// - Every form on the page also carries the unsaved values of the other forms (fields with data-concept-naam), so the
//   server can show them again after a save or a refusal. A field counts as unsaved when it differs from what the page
//   loaded with, or when the server marked it class="concept" (unsaved text it showed again).
// - Leaving the page with unsaved text asks first; submitting a form does not.
(function () {
  'use strict';
  var pagina = document.querySelector('.mdo');
  if (!pagina) return;
  var verzonden = false;

  function gewijzigd(veld) {
    if (veld.disabled) return false;
    if (veld.type === 'checkbox' || veld.type === 'radio') return veld.checked !== veld.defaultChecked;
    if (veld.tagName === 'SELECT') {
      // Without a selected attribute a select starts on its first option.
      var standaard = Array.prototype.findIndex.call(veld.options, function (o) { return o.defaultSelected; });
      return veld.selectedIndex !== (standaard < 0 ? 0 : standaard);
    }
    return veld.value !== veld.defaultValue;
  }

  function onopgeslagen(velden) {
    return velden.some(function (v) { return !v.disabled && (gewijzigd(v) || v.classList.contains('concept')); });
  }

  function voegToe(formulier, naam, waarde) {
    var verborgen = document.createElement('input');
    verborgen.type = 'hidden';
    verborgen.name = naam;
    verborgen.value = waarde;
    verborgen.className = 'concept-kopie';
    formulier.appendChild(verborgen);
  }

  // Fields of the other forms, grouped by the name their copy is sent under (a radio or checkbox group is one entry).
  function groepen(buiten) {
    var perNaam = {};
    var volgorde = [];
    pagina.querySelectorAll('[data-concept-naam]').forEach(function (veld) {
      if (buiten.contains(veld)) return;
      var naam = veld.getAttribute('data-concept-naam');
      if (!perNaam[naam]) { perNaam[naam] = []; volgorde.push(naam); }
      perNaam[naam].push(veld);
    });
    return volgorde.map(function (naam) { return { naam: naam, velden: perNaam[naam] }; });
  }

  pagina.addEventListener('submit', function (e) {
    var formulier = e.target;
    formulier.querySelectorAll('input.concept-kopie').forEach(function (k) { k.remove(); });
    groepen(formulier).forEach(function (groep) {
      if (!onopgeslagen(groep.velden)) return;
      var eerste = groep.velden[0];
      if (eerste.type === 'checkbox') {
        groep.velden.forEach(function (v) { if (v.checked) voegToe(formulier, groep.naam, v.value); });
        var gezet = eerste.getAttribute('data-concept-gezet');
        if (gezet) voegToe(formulier, gezet, 'true');
      } else if (eerste.type === 'radio') {
        groep.velden.forEach(function (v) { if (v.checked) voegToe(formulier, groep.naam, v.value); });
      } else {
        voegToe(formulier, groep.naam, eerste.value);
      }
    });
    verzonden = true;
  });

  window.addEventListener('pageshow', function () { verzonden = false; });

  window.addEventListener('beforeunload', function (e) {
    if (verzonden) return;
    var velden = Array.prototype.slice.call(pagina.querySelectorAll('textarea, select, input:not([type=hidden]):not([type=submit])'));
    if (onopgeslagen(velden)) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
})();
