# Un burn-out, un licenciement : une courte phrase humaine, une seule fois chacune.
> /start
>> 1
> je suis en burn-out, salariée à Nantes
~ période difficile
= age
> 39 ans, et j'ai peur d'être licenciée
~ Perdre son emploi est une épreuve
> /aide
!~ période difficile
