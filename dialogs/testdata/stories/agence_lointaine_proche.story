# Une mère qui écrit pour sa fille (Angers) : l'agence lointaine (Nantes) est annoncée pour sa fille — « hors du département de votre fille », « de chez votre fille », « lui évite » — et non « chez vous ».
> bonjour
= consentement
>> 1
> c'est pour ma fille, elle a 30 ans, elle habite à Angers, elle est salariée en CDI dans une boulangerie et veut se reconvertir
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
~ L'agence la plus proche dans l'annuaire est à Nantes (Loire-Atlantique), hors du département de votre fille, à environ 80 km de son domicile à vol d'oiseau : un rendez-vous par téléphone ou en visio lui évite le déplacement.
!~ chez vous
