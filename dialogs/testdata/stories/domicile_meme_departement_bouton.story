# Le bouton « J'habite dans le même département » répond à la question du domicile.
> bonjour
= consentement
>> 1
> infirmière au CHU de Nantes, 38 ans, je voudrais me reconvertir
= lieu
>> 1
= recapitulatif
~ Lieu : Loire-Atlantique (44)
