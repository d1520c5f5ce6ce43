# Au consentement, une réponse incomprise deux fois : une consigne courte, pas la question entière deux fois ; « le premier » en toutes lettres est accepté.
> bonjour
= consentement
> peut-être
= consentement
> je sais pas
~ Répondez « j'accepte » ou « je refuse ».
= consentement
> le premier
= demande
