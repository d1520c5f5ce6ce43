# Une épouse écrit pour son mari en arrêt maladie, agent public : l'accueil, la note sur l'arrêt, la question du
# secteur et celle de la fonction publique parlent de lui, pas d'elle.
> /start
>> 1
> Bonjour, j'écris pour mon mari qui est en arrêt maladie depuis 3 mois, il a 47 ans, on habite à Dijon
~ Je suis désolé que votre mari traverse cette période difficile.
!~ Prenez soin de vous
~ le contrat de votre mari continue
!~ votre contrat continue
= statut
>> 3
= branche
~ Dans quelle fonction publique travaille votre mari ?
!~ travaillez-vous
> /start
>> 1
> Je vous écris pour ma fille, aide-soignante, 34 ans, elle habite à Lyon
= secteur
~ L'employeur de votre fille est-il public
