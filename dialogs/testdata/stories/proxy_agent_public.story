# Pour un proche agent public : l'orientation parle de son employeur, des contacts de sa fonction publique et des organismes qu'il ou elle peut voir sans que l'employeur le sache.
> bonjour
= consentement
>> 1
> ma femme est infirmière au CHU de Rennes, elle a 50 ans et veut se reconvertir
= lieu
>> 1
= recapitulatif
~ agent public (fonction publique hospitalière)
>> 1
= orientation
~ L'organisme qui peut accompagner votre femme : son employeur public
~ Votre femme est agente hospitalière : la direction des ressources humaines de son établissement
~ Si votre femme préfère ne pas passer par son employeur, elle peut s'adresser, de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail.
!~ votre employeur
!~ contactez-le
