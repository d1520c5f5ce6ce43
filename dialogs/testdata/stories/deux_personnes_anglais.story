# « my husband and I are both unemployed » : one person at a time, in English too.
> /start
>> 1
> my husband and I are both unemployed in Lyon
~ I guide one person at a time: let's start with you. Your husband can then make their own request.
= age
