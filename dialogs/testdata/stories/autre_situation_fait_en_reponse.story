# À la liste « Autre situation », un âge ou une ville tapés sont notés sans compter d'échec ; la situation est demandée à nouveau.
> bonjour
= consentement
>> 1
> bonjour
= statut
> jsp
= autre_situation
> j'ai 35 ans
= autre_situation
~ C'est noté.
!~ Je n'ai pas compris
> j'habite à Lyon
= autre_situation
~ C'est noté.
!~ Je n'ai pas compris
