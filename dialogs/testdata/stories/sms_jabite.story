# Un demandeur d'emploi qui écrit en SMS « jabite a marseil » dans sa description : Marseille lui est proposée à confirmer, au lieu de la question « Où habitez-vous ? ».
> bonjour
= consentement
>> 1
> bjr chui au chomage depui 6 mois, g 31 ans, jabite a marseil
= commune
~ Vouliez-vous dire Marseille (Bouches-du-Rhône, 13) ?
