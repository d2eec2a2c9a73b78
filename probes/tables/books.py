"""Famous books and their authors ("Title = Author / alias").

From books every model has seen (Hamlet, Harry Potter) to ones small models confuse (Middlemarch,
The Master and Margarita). Aliases accept the surname alone where it is unambiguous.
"""

from __future__ import annotations

from probes.tables import Row, parse_rows

BOOKS = """
Hamlet = William Shakespeare / Shakespeare
Romeo and Juliet = William Shakespeare / Shakespeare
Macbeth = William Shakespeare / Shakespeare
Pride and Prejudice = Jane Austen / Austen
Emma = Jane Austen / Austen
Sense and Sensibility = Jane Austen / Austen
Nineteen Eighty-Four / 1984 = George Orwell / Orwell / Eric Blair
Animal Farm = George Orwell / Orwell
Moby-Dick / Moby Dick = Herman Melville / Melville
War and Peace = Leo Tolstoy / Tolstoy
Anna Karenina = Leo Tolstoy / Tolstoy
Crime and Punishment = Fyodor Dostoevsky / Dostoevsky / Dostoyevsky
The Brothers Karamazov = Fyodor Dostoevsky / Dostoevsky / Dostoyevsky
Don Quixote = Miguel de Cervantes / Cervantes
The Divine Comedy = Dante Alighieri / Dante
The Odyssey = Homer
The Iliad = Homer
Oliver Twist = Charles Dickens / Dickens
A Tale of Two Cities = Charles Dickens / Dickens
Great Expectations = Charles Dickens / Dickens
David Copperfield = Charles Dickens / Dickens
Jane Eyre = Charlotte Bronte
Wuthering Heights = Emily Bronte
Frankenstein = Mary Shelley / Mary Wollstonecraft Shelley
Dracula = Bram Stoker / Stoker
The Adventures of Tom Sawyer = Mark Twain / Twain / Samuel Clemens
Adventures of Huckleberry Finn / Huckleberry Finn = Mark Twain / Twain / Samuel Clemens
The Great Gatsby = F. Scott Fitzgerald / Scott Fitzgerald / Fitzgerald
To Kill a Mockingbird = Harper Lee
The Catcher in the Rye = J. D. Salinger / JD Salinger / Salinger
Of Mice and Men = John Steinbeck / Steinbeck
The Grapes of Wrath = John Steinbeck / Steinbeck
The Old Man and the Sea = Ernest Hemingway / Hemingway
A Farewell to Arms = Ernest Hemingway / Hemingway
Brave New World = Aldous Huxley / Huxley
Lord of the Flies = William Golding / Golding
The Hobbit = J. R. R. Tolkien / JRR Tolkien / Tolkien
The Lord of the Rings = J. R. R. Tolkien / JRR Tolkien / Tolkien
Harry Potter and the Philosopher's Stone / Harry Potter and the Sorcerer's Stone = J. K. Rowling / JK Rowling / Rowling
Alice's Adventures in Wonderland / Alice in Wonderland = Lewis Carroll / Carroll / Charles Dodgson
The Adventures of Sherlock Holmes = Arthur Conan Doyle / Conan Doyle
Treasure Island = Robert Louis Stevenson / Stevenson
Strange Case of Dr Jekyll and Mr Hyde / Dr Jekyll and Mr Hyde = Robert Louis Stevenson / Stevenson
The Picture of Dorian Gray = Oscar Wilde / Wilde
Les Miserables = Victor Hugo / Hugo
The Hunchback of Notre-Dame = Victor Hugo / Hugo
The Count of Monte Cristo = Alexandre Dumas / Dumas
The Three Musketeers = Alexandre Dumas / Dumas
Madame Bovary = Gustave Flaubert / Flaubert
The Little Prince = Antoine de Saint-Exupery / Saint-Exupery
The Stranger / The Outsider / L'Etranger = Albert Camus / Camus
The Metamorphosis = Franz Kafka / Kafka
The Trial = Franz Kafka / Kafka
One Hundred Years of Solitude = Gabriel Garcia Marquez / Garcia Marquez / Marquez
Things Fall Apart = Chinua Achebe / Achebe
Beloved = Toni Morrison / Morrison
The Handmaid's Tale = Margaret Atwood / Atwood
Fahrenheit 451 = Ray Bradbury / Bradbury
Slaughterhouse-Five = Kurt Vonnegut / Vonnegut
Catch-22 = Joseph Heller / Heller
Lolita = Vladimir Nabokov / Nabokov
Ulysses = James Joyce / Joyce
Mrs Dalloway = Virginia Woolf / Woolf
Middlemarch = George Eliot / Mary Ann Evans
Heart of Darkness = Joseph Conrad / Conrad
The Master and Margarita = Mikhail Bulgakov / Bulgakov
Doctor Zhivago = Boris Pasternak / Pasternak
The Name of the Rose = Umberto Eco / Eco
The Alchemist = Paulo Coelho / Coelho
The Da Vinci Code = Dan Brown
The Origin of Species / On the Origin of Species = Charles Darwin / Darwin
A Brief History of Time = Stephen Hawking / Hawking
The Art of War = Sun Tzu / Sunzi
The Prince = Niccolo Machiavelli / Machiavelli
Gulliver's Travels = Jonathan Swift / Swift
Robinson Crusoe = Daniel Defoe / Defoe
The Canterbury Tales = Geoffrey Chaucer / Chaucer
Paradise Lost = John Milton / Milton
Faust = Johann Wolfgang von Goethe / Goethe
The Call of the Wild = Jack London
Twenty Thousand Leagues Under the Seas / Twenty Thousand Leagues Under the Sea = Jules Verne / Verne
Around the World in Eighty Days = Jules Verne / Verne
The War of the Worlds = H. G. Wells / HG Wells / Wells
The Time Machine = H. G. Wells / HG Wells / Wells
Dune = Frank Herbert / Herbert
Foundation = Isaac Asimov / Asimov
The Hitchhiker's Guide to the Galaxy = Douglas Adams
The Shining = Stephen King
Charlie and the Chocolate Factory = Roald Dahl / Dahl
The Lion, the Witch and the Wardrobe = C. S. Lewis / CS Lewis
Winnie-the-Pooh = A. A. Milne / AA Milne / Milne
Peter Pan = J. M. Barrie / JM Barrie / Barrie
Little Women = Louisa May Alcott / Alcott
Uncle Tom's Cabin = Harriet Beecher Stowe / Beecher Stowe
The Scarlet Letter = Nathaniel Hawthorne / Hawthorne
Walden = Henry David Thoreau / Thoreau
Leaves of Grass = Walt Whitman / Whitman
The Road = Cormac McCarthy / McCarthy
Midnight's Children = Salman Rushdie / Rushdie
The Kite Runner = Khaled Hosseini / Hosseini
Norwegian Wood = Haruki Murakami / Murakami
"""

ROWS: tuple[Row, ...] = parse_rows(BOOKS)
