# « Je vous écris pour mon fils » en premier message, avant le consentement : la description demandée
# ensuite est la sienne, et la suite parle de lui (« Votre fils a moins de 26 ans »).
> Bonjour, je vous écris pour mon fils
= consentement
>> 1
= demande
~ D'accord, vous écrivez pour votre fils. Décrivez sa situation et son projet en quelques mots : son âge, sa commune, ce qu'il fait aujourd'hui.
> Il a 19 ans, il a arrêté ses études et ne fait rien depuis 6 mois, on habite à Toulouse
~ pour votre fils
>> 1
= orientation
~ Votre fils a moins de 26 ans
!~ Vous avez moins de 26 ans
