# « Infirmière » seule ne dit pas si l'employeur est public ou privé : la question est posée, pas devinée.
> bonjour
= consentement
>> 1
> Je suis infirmière depuis 15 ans, j'ai 41 ans et j'habite à Niort. Je voudrais changer de métier.
= secteur
~ Votre employeur est-il public — État, collectivité, hôpital public — ou privé ?
~ Je ne sais pas
>> 1
# agent public : la fonction publique est demandée (elle décide de la porte à laquelle frapper)
= branche
~ Dans quelle fonction publique travaillez-vous ?
> à l'hôpital
= recapitulatif
~ agent public
~ Compris dans vos messages : âge et lieu.
~ Précisé en réponse à mes questions : situation.
>> 1
= orientation
~ direction des ressources humaines de votre établissement
~ de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail
!~ opérateur régional
