# L'épouse d'un gendarme demande, pour lui, la confidentialité à l'orientation (« il ne veut pas que sa hiérarchie soit au courant ») : la réponse dit qu'elle vaut pour son mari, puisqu'elle dit « vous ».
> bonjour
= consentement
>> 1
> bonjour j'écris pour mon mari, il est gendarme depuis 15 ans, il a 42 ans, on habite à Vannes, il veut se reconvertir
= recapitulatif
>> 1
= orientation
> il ne veut pas que sa hiérarchie soit au courant
~ Les informations qui suivent valent pour votre mari.
~ Agent public
= orientation
