# A mother writes in English for her daughter: the reasons speak of her daughter.
> hello
>> 1
> I am writing for my daughter, she is 22 and she is looking for a job
= lieu
> Lille
= recapitulatif
>> 1
= orientation
~ The organisation that can help your daughter
~ Your daughter is under 26
!~ You are under 26
